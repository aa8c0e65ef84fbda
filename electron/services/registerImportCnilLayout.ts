/**
 * How a fiche of the CNIL model is laid out: its row labels and sections, the column headers of
 * each section's small table, and a row's cells under those headers. Labels are compared folded
 * (case, accents, spaces, a final colon), as DPOs retype them.
 */
import type { CellValue, SheetCell, SheetRow } from '../documents/readers';
import { foldLabel } from '../../shared/register/importWords';

export function cellText(value: CellValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return String(value.number);
    case 'date':
      return value.date;
    case 'boolean':
      return value.boolean ? 'Oui' : 'Non';
  }
}

export type Section =
  | 'none'
  | 'actors'
  | 'categories'
  | 'sensitive'
  | 'subjects'
  | 'recipients'
  | 'security'
  | 'transfers';

export function sectionOf(label: string): Exclude<Section, 'none'> | null {
  if (label === 'acteurs') return 'actors';
  if (label.startsWith('categories de donnees')) return 'categories';
  if (label === 'donnees sensibles') return 'sensitive';
  if (label.startsWith('categories de personnes')) return 'subjects';
  if (label === 'destinataires') return 'recipients';
  if (label.startsWith('mesures de securite')) return 'security';
  if (label.startsWith('transferts') || label.startsWith('transfert de donnees'))
    return 'transfers';
  return null;
}

export type Field =
  | 'name'
  | 'reference'
  | 'createdOn'
  | 'updatedOn'
  | 'mainPurpose'
  | 'subPurpose'
  | 'legalBasis'
  | 'legitimateInterest'
  | 'notes';

export function fieldOf(label: string): Field | null {
  if (label === 'nom du traitement') return 'name';
  if (/^(n°|no|numero)?\s*\/?\s*ref(erence)?$/.test(label) || label === 'n°') return 'reference';
  if (label.startsWith('date de creation')) return 'createdOn';
  if (label.startsWith('mise a jour') || label.startsWith('derniere mise a jour'))
    return 'updatedOn';
  if (label.startsWith('finalite principale')) return 'mainPurpose';
  if (/^sous[- ]?finalite/.test(label)) return 'subPurpose';
  if (label.startsWith('base legale') || label.startsWith('base juridique')) return 'legalBasis';
  if (label.startsWith('interet legitime')) return 'legitimateInterest';
  if (label === 'observations' || label === 'notes' || label === 'remarques') return 'notes';
  return null;
}

/** The label of a row: its first cell when it stands in column A. */
export function labelOfRow(row: SheetRow): { label: string; text: string; cell: SheetCell } | null {
  const first = row.cells[0];
  if (first === undefined || first.column !== 1 || first.value.kind !== 'text') return null;
  return { label: foldLabel(first.value.text), text: first.value.text, cell: first };
}

const headerNames: Record<Exclude<Section, 'none'>, string[]> = {
  actors: ['nom', 'adresse', 'code postal', 'ville', 'pays', 'telephone', 'adresse mel'],
  categories: ['description', 'duree de conservation'],
  sensitive: ['description', 'duree de conservation'],
  subjects: ['description', 'precisions'],
  recipients: ['type de destinataire', 'precisions'],
  security: ['type de mesure de securite', 'precisions'],
  transfers: ['destinataire', 'pays', 'type de garanties', 'liens vers la documentation'],
};

/** Header names found in a row, by column; null when the row is not the section's header. */
export function headerOf(
  section: Exclude<Section, 'none'>,
  cells: SheetCell[],
): Map<number, string> | null {
  const found = new Map<number, string>();
  for (const cell of cells) {
    if (cell.value.kind !== 'text') continue;
    const text = foldLabel(cell.value.text);
    // « Adresse mél » is not « Adresse »: the longest name that fits wins.
    const longest = headerNames[section]
      .filter((h) => text === h || text.startsWith(`${h} `))
      .sort((a, b) => b.length - a.length)[0];
    if (longest !== undefined) found.set(cell.column, longest);
  }
  return found.size >= 2 || (found.size === 1 && cells.length === 1) ? found : null;
}

export interface TableRow {
  label: string;
  labelText: string;
  row: SheetRow;
  values: Map<string, { text: string; cell: SheetCell }>;
}

/** The row's cells under the header's columns; cells left of the first column form its label. */
export function tableRow(header: Map<number, string>, row: SheetRow): TableRow {
  const columns = [...header.keys()].sort((a, b) => a - b);
  const firstColumn = columns[0] ?? 1;
  const labelCells = row.cells.filter((c) => c.column < firstColumn);
  const values = new Map<string, { text: string; cell: SheetCell }>();
  for (const cell of row.cells.filter((c) => c.column >= firstColumn)) {
    // A merged header spans to the right: a cell belongs to the nearest header on its left.
    const column = columns.filter((c) => c <= cell.column).at(-1);
    const name = column === undefined ? undefined : header.get(column);
    if (name === undefined || values.has(name)) continue;
    values.set(name, { text: cellText(cell.value), cell });
  }
  const labelText = labelCells.map((c) => cellText(c.value)).join(' ');
  return { label: foldLabel(labelText), labelText, row, values };
}

/** The recipient types as DPO Desk writes them in the CNIL layout. */
export const canonicalRecipientTypes = new Set(
  ['Service interne', 'Organisme externe', 'Sous-traitant', 'Autorité'].map(foldLabel),
);

export const isNo = (text: string) =>
  ['', 'non', 'no', 'neant', '-', 'sans objet', 'n/a'].includes(foldLabel(text));
