/**
 * Reads the CNIL model register (« registre-traitement-simplifie ») as DPOs keep it: one fiche
 * sheet per activity, labels in column A and values to their right, sections of small tables,
 * and the list sheet. Tolerant of what real files do: fiche sheets renamed, labels retyped with
 * other case, accents or spaces, blank rows inserted, merged cells, dates as cells or as text.
 */
import type { Sheet, Spreadsheet } from '../documents/readers';
import { foldLabel, parseDateText } from '../../shared/register/importWords';
import { emptyActivity } from '../../shared/schemas/activity';
import type { ImportedActivity, ImportProblem } from '../../shared/schemas/registerImport';
import { FicheReader } from './registerImportFiche';
import { cellText, fieldOf, labelOfRow, sectionOf } from './registerImportCnilLayout';

export { cellText } from './registerImportCnilLayout';

/** A fiche sheet: it names a processing and states its main purpose or its sections. */
export function isFicheSheet(sheet: Sheet): boolean {
  const labels = new Set(sheet.rows.map((row) => labelOfRow(row)?.label ?? ''));
  return (
    labels.has('nom du traitement') &&
    [...labels].some(
      (label) => label.startsWith('finalite principale') || sectionOf(label) !== null,
    )
  );
}

/** The CNIL model: at least one fiche sheet. */
export function isCnilModel(book: Spreadsheet): boolean {
  return book.sheets.some(isFicheSheet);
}

export interface CnilReading {
  activities: ImportedActivity[];
  problems: ImportProblem[];
  /**
   * Written by DPO Desk's own CNIL-layout export (its notice sheet says so): the fiche dates are
   * then the records' own journal, not the dates of a fiche kept elsewhere.
   */
  writtenByDpoDesk: boolean;
}

function isDpoDeskExport(book: Spreadsheet): boolean {
  return book.sheets.some(
    (sheet) =>
      foldLabel(sheet.name) === '1 - notice' &&
      sheet.rows.some((row) =>
        row.cells.some((cell) => foldLabel(cellText(cell.value)).endsWith('ecrit par dpo desk')),
      ),
  );
}

/** The list sheet's rows, for activities listed there without a fiche of their own. */
function listedActivities(
  sheet: Sheet,
  withFiche: ReadonlySet<string>,
): Omit<CnilReading, 'writtenByDpoDesk'> {
  const result: Omit<CnilReading, 'writtenByDpoDesk'> = { activities: [], problems: [] };
  let columns: Map<string, number> | null = null;
  for (const row of sheet.rows) {
    const texts = row.cells.map((c) => ({
      c,
      label: c.value.kind === 'text' ? foldLabel(c.value.text) : '',
    }));
    if (columns === null) {
      const name = texts.find((t) => t.label === 'nom du traitement');
      if (name !== undefined && texts.some((t) => t.label.startsWith('finalite'))) {
        columns = new Map(texts.map((t) => [t.label, t.c.column]));
      }
      continue;
    }
    const at = (predicate: (label: string) => boolean) => {
      const column = [...(columns?.entries() ?? [])].find(([label]) => predicate(label))?.[1];
      const cell = row.cells.find((c) => c.column === column);
      return cell === undefined ? '' : cellText(cell.value);
    };
    const name = at((l) => l === 'nom du traitement');
    if (name === '' || withFiche.has(foldLabel(name))) continue;
    const fields = emptyActivity('controller');
    fields.name = name.slice(0, 200);
    const purpose = at((l) => l.startsWith('finalite'));
    if (purpose !== '')
      fields.purposes.push({ description: purpose, legalBasis: null, legitimateInterest: '' });
    result.activities.push({
      sheet: sheet.name,
      fileReference: at((l) => fieldOf(l) === 'reference'),
      createdOn: parseDateText(at((l) => l.startsWith('date de creation'))) ?? '',
      updatedOn: parseDateText(at((l) => l.startsWith('derniere mise a jour'))) ?? '',
      fields,
    });
    result.problems.push({
      level: 'warning',
      code: 'listedWithoutFiche',
      sheet: sheet.name,
      cell: row.cells[0]?.address ?? '',
      field: '',
      values: { text: name },
    });
  }
  return result;
}

export function readCnilModel(book: Spreadsheet, ownNames: readonly string[] = []): CnilReading {
  const own = new Set(ownNames.filter((name) => name.trim() !== '').map(foldLabel));
  const activities: ImportedActivity[] = [];
  const problems: ImportProblem[] = [];
  for (const sheet of book.sheets.filter(isFicheSheet)) {
    const reader = new FicheReader(sheet, own);
    const activity = reader.read();
    problems.push(...reader.problems);
    if (activity === null) continue;
    if (sheet.hidden) {
      // A hidden fiche is read like the others, and said so: the DPO may have hidden it on purpose.
      problems.push({
        level: 'warning',
        code: 'hiddenSheet',
        sheet: sheet.name,
        cell: '',
        field: '',
      });
    }
    activities.push(activity);
  }
  const withFiche = new Set(activities.map((a) => foldLabel(a.fields.name)));
  for (const sheet of book.sheets.filter((s) =>
    foldLabel(s.name).includes('liste des traitements'),
  )) {
    const listed = listedActivities(sheet, withFiche);
    activities.push(...listed.activities);
    problems.push(...listed.problems);
  }
  return { activities, problems, writtenByDpoDesk: isDpoDeskExport(book) };
}
