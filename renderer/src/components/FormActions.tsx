import { useEffect } from 'react';

export type FormStatus = { kind: 'ok' | 'error'; text: string } | null;

/** Ctrl+S (Cmd+S) saves the form on screen. */
export function useSaveShortcut(save: () => Promise<void>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [save]);
}

/** The save button, its shortcut, the unsaved marker and what the last save said. */
export function FormActions(props: {
  dirty: boolean;
  status: FormStatus;
  saveLabel: string;
  unsavedLabel: string;
  sticky?: boolean;
}) {
  return (
    <div className={props.sticky === true ? 'form-actions sticky-actions' : 'form-actions'}>
      <button type="submit" className="primary">
        {props.saveLabel}
      </button>
      <span className="shortcut">Ctrl+S</span>
      {props.dirty ? <span className="dirty">{props.unsavedLabel}</span> : null}
      <span
        role="status"
        className={props.status?.kind === 'error' ? 'status status-error' : 'status'}
      >
        {props.status?.text ?? ''}
      </span>
    </div>
  );
}
