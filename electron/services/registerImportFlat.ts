/**
 * Reads a register kept as a flat table (one row per activity, the DPO's own headers): the app
 * proposes what each column fills from its header's words, French or English; the DPO's saved
 * mapping overrides the proposal. A column mapped to nothing known is kept in the notes, as
 * written: nothing is lost in mapping.
 */
import type { Sheet, SheetCell } from '../documents/readers';
import {
  countryOf,
  dataCategoryOf,
  foldLabel,
  legalBasisOf,
  parseDateText,
  parseRetention,
  recipientKindOf,
  safeguardOf,
  securityHeadingOf,
  sensitiveKindOf,
} from '../../shared/register/importWords';
import { maxLength } from '../../shared/limits';
import { emptyActivity } from '../../shared/schemas/activity';
import type {
  FlatField,
  FlatMapping,
  ImportedActivity,
  ImportProblem,
  ImportProblemCode,
  MappedColumn,
} from '../../shared/schemas/registerImport';
import type { MessageValues } from '../../shared/errors';
import { cellText } from './registerImportCnil';
import { headerRowOf, mappedColumns } from './importColumns';
import { proposeField } from './registerImportFlatHeaders';

/** A yes or a no in a cell, in French or English; null when it says something else. */
function yesNoOf(text: string): boolean | null {
  const word = foldLabel(text);
  if (['oui', 'yes', 'x', 'vrai', 'true'].includes(word)) return true;
  if (['non', 'no', 'faux', 'false'].includes(word)) return false;
  return null;
}

function headerRow(sheet: Sheet): SheetCell[] | null {
  return headerRowOf(sheet)?.cells ?? null;
}

const mappingOf = (header: SheetCell[], saved: FlatMapping | null): MappedColumn[] =>
  mappedColumns(header, saved, proposeField);

/** Is the sheet a flat table of activities: a header row with a column for the name. */
export function isFlatTable(sheet: Sheet, mapping: FlatMapping | null): boolean {
  const header = headerRow(sheet);
  return header !== null && mappingOf(header, mapping).some((m) => m.field === 'name');
}

const split = (text: string) =>
  text
    .split(/\s*(?:\n|;|•)\s*/)
    .map((item) => item.replace(/^[-*]\s+/, '').trim())
    .filter((item) => item !== '');

const isNo = (text: string) =>
  ['', 'non', 'no', 'aucun', 'aucune', 'neant', 'sans objet', '-', 'n/a'].includes(foldLabel(text));

export interface FlatReading {
  activities: ImportedActivity[];
  problems: ImportProblem[];
  mapping: MappedColumn[];
}

export function readFlatTable(sheet: Sheet, saved: FlatMapping | null): FlatReading {
  const header = headerRow(sheet) ?? [];
  const mapping = mappingOf(header, saved);
  const headerNumber = sheet.rows.find((r) => r.cells === header)?.number ?? 0;
  const byColumn = new Map(header.map((cell, index) => [cell.column, mapping[index]]));
  const activities: ImportedActivity[] = [];
  const problems: ImportProblem[] = [];
  for (const row of sheet.rows.filter((r) => r.number > headerNumber)) {
    const problem = (
      code: ImportProblemCode,
      cell: SheetCell | null,
      field: string,
      values?: MessageValues,
      level: ImportProblem['level'] = 'warning',
    ) =>
      problems.push({
        level,
        code,
        sheet: sheet.name,
        cell: cell?.address ?? '',
        field,
        ...(values === undefined ? {} : { values }),
      });
    const values = new Map<FlatField, { text: string; cell: SheetCell }[]>();
    const notes: string[] = [];
    /** A cell the app could not read, kept in the notes under its column's header. */
    const keepInNotes = (field: FlatField, header: string, text: string) => {
      notes.push(`${mapping.find((m) => m.field === field)?.header ?? header} : ${text}`);
    };
    for (const cell of row.cells) {
      const column = byColumn.get(cell.column);
      const text = cellText(cell.value);
      if (column === undefined || column.field === 'notes') {
        notes.push(column === undefined ? text : `${column.header} : ${text}`);
        continue;
      }
      if (column.field === 'ignore') continue;
      values.set(column.field, [...(values.get(column.field) ?? []), { text, cell }]);
    }
    /**
     * The cell of a field that holds one value; another column mapped to it too is kept in the
     * notes under its own header.
     */
    const one = (field: FlatField) => {
      const [first, ...others] = values.get(field) ?? [];
      for (const other of others) {
        notes.push(`${byColumn.get(other.cell.column)?.header ?? field} : ${other.text}`);
      }
      values.set(field, first === undefined ? [] : [first]);
      return first;
    };
    const fields = emptyActivity('controller');
    fields.name = (one('name')?.text ?? '').slice(0, 200);
    if (fields.name === '') {
      problem('missingName', row.cells[0] ?? null, 'name', undefined, 'error');
      continue;
    }
    /** A text column's cell; one longer than the field holds is also kept whole in the notes. */
    const textOf = (field: FlatField, max: number) => {
      const cell = one(field)?.text ?? '';
      if (cell.length > max) keepInNotes(field, field, cell);
      return cell.slice(0, max);
    };
    fields.ownerService = textOf('ownerService', maxLength.name);
    fields.ownerContact = textOf('ownerContact', maxLength.name);
    // The app's workbook writes the joint controller's name, then its contact on the next line;
    // a cell of more lines (several controllers?) is also kept whole in the notes.
    const joint = one('jointController')?.text ?? '';
    const [jointName = '', jointContact = '', ...more] = joint.split('\n').map((l) => l.trim());
    if (
      more.length > 0 ||
      jointName.length > maxLength.name ||
      jointContact.length > maxLength.name
    ) {
      keepInNotes('jointController', 'Responsable conjoint', joint);
    }
    fields.jointController = jointName.slice(0, maxLength.name);
    fields.jointControllerContact = jointContact.slice(0, maxLength.name);
    fields.software = textOf('software', maxLength.name);
    fields.informationNotice = textOf('informationNotice', 2_000);
    // « Oui » / « Non » as the app's workbook writes them (or yes / no, x): anything else is kept
    // in the notes, as written.
    const publicCell = one('concernsPublic');
    if (publicCell !== undefined) {
      const answer = yesNoOf(publicCell.text);
      if (answer !== null) fields.concernsPublic = answer;
      else if (publicCell.text !== '') {
        keepInNotes('concernsPublic', 'Concerne le public', publicCell.text);
      }
    }
    const basisCell = one('legalBasis');
    const basis = basisCell === undefined ? null : legalBasisOf(basisCell.text);
    if (basisCell !== undefined && basis === null) {
      problem('unknownLegalBasis', basisCell.cell, 'purposes.0.legalBasis', {
        text: basisCell.text,
      });
      keepInNotes('legalBasis', 'Base légale', basisCell.text);
    }
    for (const { text } of values.get('purpose') ?? []) {
      for (const item of split(text))
        fields.purposes.push({ description: item, legalBasis: basis, legitimateInterest: '' });
    }
    for (const { text } of values.get('dataSubjects') ?? [])
      fields.dataSubjects.push(...split(text).map((s) => s.slice(0, 200)));
    const retentionCell = one('retention');
    const { retention, parsed } = parseRetention(retentionCell?.text ?? '');
    for (const { text, cell } of values.get('dataCategories') ?? []) {
      for (const item of split(text)) {
        const kind = dataCategoryOf(item);
        if (kind === 'nir') {
          fields.nir = true;
          fields.nirDetails = item;
          continue;
        }
        if (kind === null)
          problem(
            'categoryNotRecognised',
            cell,
            `dataCategories.${String(fields.dataCategories.length)}.kind`,
            { text: item },
          );
        fields.dataCategories.push({
          kind: kind ?? 'other',
          description: item.slice(0, 2_000),
          retention,
        });
      }
    }
    if (retentionCell !== undefined && fields.dataCategories.length === 0) {
      fields.dataCategories.push({ kind: 'other', description: '', retention });
    }
    if (retentionCell !== undefined && !parsed) {
      // One retention column stands for every category of the row: the remark names that column.
      problem('retentionAsCriteria', retentionCell.cell, 'retention', {
        text: retentionCell.text,
      });
    }
    for (const { text, cell } of values.get('sensitiveData') ?? []) {
      if (isNo(text)) continue;
      for (const item of split(text)) {
        const kind = sensitiveKindOf(item);
        if (kind === 'criminal') {
          fields.criminalData = true;
          fields.criminalDataDetails = item;
        } else if (kind === null) {
          problem('sensitiveNotRecognised', cell, 'sensitiveData', { text: item });
          notes.push(`Données sensibles : ${item}`);
        } else if (!fields.sensitiveData.includes(kind)) fields.sensitiveData.push(kind);
      }
    }
    for (const { text, cell } of values.get('recipients') ?? []) {
      for (const item of split(text)) {
        const kind = recipientKindOf(item);
        if (kind === null)
          problem(
            'recipientKindGuessed',
            cell,
            `recipients.${String(fields.recipients.length)}.kind`,
            { text: item },
          );
        fields.recipients.push({ kind: kind ?? 'external', name: item.slice(0, 200) });
      }
    }
    for (const { text } of values.get('security') ?? []) {
      for (const item of split(text)) {
        const heading = securityHeadingOf(item) ?? 'other';
        const before = fields.security[heading].description;
        fields.security[heading] = {
          applied: true,
          description: (before === '' ? item : `${before}\n${item}`).slice(0, 2_000),
        };
      }
    }
    const countryCell = one('transferCountry');
    if (countryCell !== undefined && !isNo(countryCell.text)) {
      const safeguardCell = one('transferSafeguard');
      const reading = safeguardOf(safeguardCell?.text ?? '');
      for (const item of split(countryCell.text)) {
        const index = fields.transfers.length;
        const country = countryOf(item);
        if (country === null)
          problem('countryNotRecognised', countryCell.cell, `transfers.${String(index)}.country`, {
            text: item,
          });
        if (safeguardCell !== undefined && reading.safeguard === null) {
          problem(
            reading.privacyShield ? 'privacyShield' : 'safeguardNotRecognised',
            safeguardCell.cell,
            `transfers.${String(index)}.safeguard`,
            { text: safeguardCell.text },
          );
        }
        fields.transfers.push({
          recipient: (
            one('transferRecipient')?.text ??
            fields.recipients[0]?.name ??
            'Non précisé'
          ).slice(0, 200),
          country: (country ?? item).slice(0, 100),
          safeguard: reading.safeguard,
          documentation:
            safeguardCell !== undefined && reading.safeguard === null
              ? `Garantie indiquée : ${safeguardCell.text}`
              : '',
        });
      }
    }
    const date = (field: 'createdOn' | 'updatedOn') => {
      const found = one(field);
      if (found === undefined) return '';
      if (found.cell.value.kind === 'date') return found.cell.value.date;
      const parsedDate = parseDateText(found.text);
      if (parsedDate === null) problem('unreadableDate', found.cell, field, { text: found.text });
      return parsedDate ?? '';
    };
    fields.notes = notes.join('\n').slice(0, 20_000);
    activities.push({
      sheet: sheet.name,
      fileReference: one('reference')?.text ?? '',
      createdOn: date('createdOn'),
      updatedOn: date('updatedOn'),
      fields,
    });
  }
  return { activities, problems, mapping };
}
