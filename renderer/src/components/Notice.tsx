/** A page's line of news (a load that failed, what a write did); nothing while there is none. */
export function Notice(props: { text: string | null; role: 'status' | 'alert'; warn?: boolean }) {
  if (props.text === null) return null;
  return (
    <p className={props.warn === true ? 'notice notice-warn' : 'notice'} role={props.role}>
      {props.text}
    </p>
  );
}
