export function BreachPage(_props: { id: string | null }) {
  return null;
}
