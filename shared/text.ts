/** Lower case without accents: "Prospection" and "prospection", "Équipe" and "equipe" match. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase();
}

const frenchOrder = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * French dictionary order: « Sécurité » before « Services », « Élodie » among the E, numbers in
 * their order (« T-0010 » after « T-0009 »); numbers compared as numbers.
 */
export function compareFrench(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const text = (value: unknown) =>
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : JSON.stringify(value);
  return frenchOrder.compare(text(a), text(b));
}

/** True when every word of the query appears in the text, ignoring case and accents. */
export function matchesSearch(text: string, query: string): boolean {
  const folded = foldForSearch(text);
  return foldForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => folded.includes(word));
}
