import { lazy } from './lazy';

/** Lower case without accents: "Prospection" and "prospection", "Équipe" and "equipe" match. */
export function foldForSearch(text: string): string {
  // Lower case first: « Œuvray » folds like « œuvre ».
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[’‘]/g, "'")
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      // Letters that NFD does not split: « Łukasz » is read among the L.
      .replace(/ł/g, 'l')
      .replace(/ø/g, 'o')
      .replace(/đ/g, 'd')
      .replace(/ß/g, 'ss')
  );
}

const frenchOrder = lazy(() => new Intl.Collator('fr', { sensitivity: 'base', numeric: true }));

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
  return frenchOrder().compare(text(a), text(b));
}

/** True when every word of the query appears in the text, ignoring case and accents. */
export function matchesSearch(text: string, query: string): boolean {
  const folded = foldForSearch(text);
  return foldForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => folded.includes(word));
}

/** One thing a picker offers: a processor, an activity… with a secondary text to tell them apart. */
export interface Choice {
  id: string;
  label: string;
  detail?: string | undefined;
}

/** A choice with its words folded once, so that typing does not fold 500 names again. */
export interface SearchableChoice<C extends Choice> {
  choice: C;
  folded: string;
}

/** The choices in French order of their labels, their label and detail folded for search. */
export function searchableChoices<C extends Choice>(choices: readonly C[]): SearchableChoice<C>[] {
  return [...choices]
    .sort((a, b) => compareFrench(a.label, b.label))
    .map((choice) => ({ choice, folded: foldForSearch(`${choice.label} ${choice.detail ?? ''}`) }));
}

/**
 * The choices not yet chosen whose label or detail hold every word typed (case and accents
 * ignored), in order; at most `limit` of them, and how many more match beyond.
 */
export function findChoices<C extends Choice>(
  choices: readonly SearchableChoice<C>[],
  query: string,
  chosen: ReadonlySet<string>,
  limit: number,
): { shown: C[]; more: number } {
  const words = foldForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  const shown: C[] = [];
  let more = 0;
  for (const { choice, folded } of choices) {
    if (chosen.has(choice.id) || !words.every((word) => folded.includes(word))) continue;
    if (shown.length < limit) shown.push(choice);
    else more += 1;
  }
  return { shown, more };
}
