/**
 * What the flat lists a DPO imports (a register as one table, a processors list, a requests log)
 * share: the header row, a field proposed for each header from its words, and the mapping shown
 * with the preview, where the DPO's saved choice for a header wins over the proposal.
 */
import { foldLabel } from '../../shared/register/importWords';
import type { Sheet, SheetCell } from '../documents/readers';
import { columnLetters } from '../documents/readers/sheet';
import { cellText } from './registerImportCnil';

/** Each field with the header words (folded) that name it, the most telling first. */
export type HeaderSynonyms<F extends string> = readonly (readonly [F, readonly string[]])[];

/** The header row: the first row with two texts or more. */
export function headerRowOf(sheet: Sheet): Sheet['rows'][number] | undefined {
  return sheet.rows.find((r) => r.cells.filter((c) => c.value.kind === 'text').length >= 2);
}

/** The field a header's words name (the whole header, then its first words), or `otherwise`. */
export function proposedField<F extends string>(
  synonyms: HeaderSynonyms<F>,
  header: string,
  otherwise: F,
): F {
  const text = foldLabel(header);
  for (const [field, words] of synonyms) if (words.includes(text)) return field;
  for (const [field, words] of synonyms)
    if (words.some((w) => text.startsWith(`${w} `))) return field;
  return otherwise;
}

/** Each header cell with the field it fills: the saved choice for its text, else the proposal. */
export function mappedColumns<F extends string>(
  header: SheetCell[],
  saved: { columns: Partial<Record<string, F>> } | null,
  propose: (header: string) => F,
): { header: string; column: string; field: F; proposed: boolean }[] {
  return header.map((cell) => {
    const text = cellText(cell.value);
    const chosen = saved?.columns[text];
    return {
      header: text,
      column: columnLetters(cell.column),
      field: chosen ?? propose(text),
      proposed: chosen === undefined,
    };
  });
}
