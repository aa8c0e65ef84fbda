/**
 * The DPO's list of people to tell (Art. 34), as a table read from a CSV: the first line names
 * the columns (French or English words, any case or accents), each following line is a person.
 * Every line is checked; one refused line refuses the list, so that nobody is left out unseen.
 */
import type { Wording } from '../errors';
import { breachPersonSchema, type BreachPerson } from '../schemas/breachPeople';
import { foldForSearch } from '../text';

type Column = 'name' | 'firstName' | 'lastName' | 'email' | 'address' | 'postcode' | 'town';

const headerWords: Record<Column, readonly string[]> = {
  name: [
    'nom complet',
    'nom et prenom',
    'prenom nom',
    'name',
    'full name',
    'personne',
    'destinataire',
  ],
  lastName: ['nom', 'nom de famille', 'last name', 'surname', 'family name'],
  firstName: ['prenom', 'first name', 'given name'],
  email: ['courriel', 'email', 'e-mail', 'mail', 'adresse mel', 'adresse email', 'mel'],
  address: ['adresse', 'adresse postale', 'address', 'postal address', 'rue'],
  postcode: ['code postal', 'cp', 'postcode', 'zip', 'postal code'],
  town: ['ville', 'commune', 'town', 'city'],
};

function columnOf(header: string): Column | null {
  const folded = foldForSearch(header)
    .replace(/[\s_.-]+/g, ' ')
    .trim();
  for (const [column, words] of Object.entries(headerWords) as [Column, readonly string[]][]) {
    if (words.includes(folded)) return column;
  }
  return null;
}

export interface PeopleListProblem {
  /** The line of the file, counting the header as 1. */
  line: number;
  reason: Wording;
}

export type PeopleList =
  | { ok: true; people: BreachPerson[] }
  | { ok: false; key: 'error.breachPeople.noColumns' }
  | { ok: false; key: 'error.breachPeople.rejected'; problems: PeopleListProblem[] };

/** `lines[0]` is the header; each line is its cells as text. */
export function readPeopleList(
  lines: readonly { line: number; cells: readonly string[] }[],
): PeopleList {
  const [header, ...rows] = lines;
  if (header === undefined) return { ok: false, key: 'error.breachPeople.noColumns' };
  const columns = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column !== null && !columns.has(column)) columns.set(column, index);
  });
  const hasName = columns.has('name') || columns.has('lastName');
  if (!hasName || !(columns.has('email') || columns.has('address'))) {
    return { ok: false, key: 'error.breachPeople.noColumns' };
  }
  const cell = (cells: readonly string[], column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const people: BreachPerson[] = [];
  const problems: PeopleListProblem[] = [];
  for (const { line, cells } of rows) {
    if (cells.every((value) => value.trim() === '')) continue;
    const name =
      cell(cells, 'name') ||
      [cell(cells, 'firstName'), cell(cells, 'lastName')].filter((part) => part !== '').join(' ');
    const town = [cell(cells, 'postcode'), cell(cells, 'town')].filter((part) => part !== '');
    const address = [cell(cells, 'address'), town.join(' ')]
      .filter((part) => part !== '')
      .join('\n');
    const parsed = breachPersonSchema.safeParse({ name, email: cell(cells, 'email'), address });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? '');
      problems.push({
        line,
        reason: {
          key:
            field === 'name'
              ? 'people.csv.noName'
              : issue?.message === 'validation.email'
                ? 'people.csv.badEmail'
                : 'people.csv.tooLong',
          values: { row: line },
        },
      });
      continue;
    }
    if (parsed.data.email === '' && parsed.data.address === '') {
      problems.push({ line, reason: { key: 'people.csv.noContact', values: { row: line } } });
      continue;
    }
    people.push(parsed.data);
  }
  return problems.length > 0
    ? { ok: false, key: 'error.breachPeople.rejected', problems }
    : { ok: true, people };
}
