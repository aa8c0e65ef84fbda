/**
 * Reads the CNIL model register (« registre-traitement-simplifie ») as DPOs keep it: one fiche
 * sheet per activity, labels in column A and values to their right, sections of small tables.
 * Tolerant of what real files do: fiche sheets renamed, labels retyped with other case, accents
 * or spaces, blank rows inserted, merged cells, dates as cells or as text.
 */
import type { CellValue, Sheet, SheetCell, SheetRow, Spreadsheet } from '../documents/readers';
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
import { emptyActivity, type ActivityFields } from '../../shared/schemas/activity';
import type {
  ImportedActivity,
  ImportProblem,
  ImportProblemCode,
} from '../../shared/schemas/registerImport';
import type { MessageValues } from '../../shared/errors';

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

type Section =
  | 'none'
  | 'actors'
  | 'categories'
  | 'sensitive'
  | 'subjects'
  | 'recipients'
  | 'security'
  | 'transfers';

function sectionOf(label: string): Exclude<Section, 'none'> | null {
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

type Field =
  | 'name'
  | 'reference'
  | 'createdOn'
  | 'updatedOn'
  | 'mainPurpose'
  | 'subPurpose'
  | 'legalBasis'
  | 'legitimateInterest'
  | 'notes';

function fieldOf(label: string): Field | null {
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

/** The label of a row: its first cell when it stands in column A. */
function labelOfRow(row: SheetRow): { label: string; text: string; cell: SheetCell } | null {
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
function headerOf(
  section: Exclude<Section, 'none'>,
  cells: SheetCell[],
): Map<number, string> | null {
  const found = new Map<number, string>();
  for (const cell of cells) {
    if (cell.value.kind !== 'text') continue;
    const text = foldLabel(cell.value.text);
    const name = headerNames[section].find((h) => text === h || text.startsWith(`${h} `));
    // « Adresse mél » is not « Adresse »: the longest name that fits wins.
    const longest = headerNames[section]
      .filter((h) => text === h || text.startsWith(`${h} `))
      .sort((a, b) => b.length - a.length)[0];
    if (name !== undefined && longest !== undefined) found.set(cell.column, longest);
  }
  return found.size >= 2 || (found.size === 1 && cells.length === 1) ? found : null;
}

interface TableRow {
  label: string;
  labelText: string;
  row: SheetRow;
  values: Map<string, { text: string; cell: SheetCell }>;
}

/** The row's cells under the header's columns; cells left of the first column form its label. */
function tableRow(header: Map<number, string>, row: SheetRow): TableRow {
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
const canonicalRecipientTypes = new Set(
  ['Service interne', 'Organisme externe', 'Sous-traitant', 'Autorité'].map(foldLabel),
);

const isNo = (text: string) =>
  ['', 'non', 'no', 'neant', '-', 'sans objet', 'n/a'].includes(foldLabel(text));

class FicheReader {
  readonly fields: ActivityFields = emptyActivity('controller');
  readonly problems: ImportProblem[] = [];
  fileReference = '';
  createdOn = '';
  updatedOn = '';
  private notes: string[] = [];
  private securityNotes = new Map<string, string[]>();
  private hasContent = false;

  constructor(
    private readonly sheet: Sheet,
    /** The organisation's and DPO's names (folded) as Paramètres holds them. */
    private readonly ownNames: ReadonlySet<string>,
  ) {}

  problem(
    level: ImportProblem['level'],
    code: ImportProblemCode,
    cell: SheetCell | null,
    field: string,
    values?: MessageValues,
  ): void {
    this.problems.push({
      level,
      code,
      sheet: this.sheet.name,
      cell: cell?.address ?? '',
      field,
      ...(values === undefined ? {} : { values }),
    });
  }

  private note(line: string): void {
    if (!this.notes.includes(line)) this.notes.push(line);
  }

  private date(cell: SheetCell | undefined, field: 'createdOn' | 'updatedOn'): string {
    if (cell === undefined) return '';
    if (cell.value.kind === 'date') return cell.value.date;
    const text = cellText(cell.value);
    const date = parseDateText(text);
    if (date === null) this.problem('warning', 'unreadableDate', cell, field, { text });
    return date ?? '';
  }

  private simple(field: Field, row: SheetRow, valueCells: SheetCell[]): void {
    const value = valueCells
      .map((c) => cellText(c.value))
      .join(' ')
      .trim();
    const first = valueCells[0];
    if (value !== '') this.hasContent = true;
    switch (field) {
      case 'name':
        this.fields.name = value;
        break;
      case 'reference':
        this.fileReference = value;
        break;
      case 'createdOn':
        this.createdOn = this.date(first, 'createdOn');
        break;
      case 'updatedOn':
        this.updatedOn = this.date(first, 'updatedOn');
        break;
      case 'mainPurpose':
      case 'subPurpose':
        if (value !== '') {
          const purpose = { description: value, legalBasis: null, legitimateInterest: '' };
          if (field === 'mainPurpose') this.fields.purposes.unshift(purpose);
          else this.fields.purposes.push(purpose);
        }
        break;
      case 'legalBasis': {
        if (value === '') break;
        const basis = legalBasisOf(value);
        // A basis stands under the purpose it grounds (DPO Desk writes one under each).
        const index = this.fields.purposes.length - 1;
        const main = this.fields.purposes[index];
        if (basis === null) {
          this.problem(
            'warning',
            'unknownLegalBasis',
            first ?? null,
            `purposes.${String(Math.max(index, 0))}.legalBasis`,
            { text: value },
          );
          this.note(
            `${row.cells[0] === undefined ? 'Base légale' : cellText(row.cells[0].value)} : ${value}`,
          );
        } else if (main !== undefined) main.legalBasis = basis;
        break;
      }
      case 'legitimateInterest': {
        const purpose = this.fields.purposes.at(-1);
        if (purpose !== undefined && value !== '')
          purpose.legitimateInterest = value.slice(0, 2_000);
        break;
      }
      case 'notes':
        if (value !== '')
          this.notes.unshift(...value.split('\n').filter((l) => !this.notes.includes(l)));
        break;
    }
  }

  private actor(row: TableRow): void {
    const parts = ['nom', 'adresse', 'code postal', 'ville', 'pays', 'telephone', 'adresse mel']
      .map((name) => row.values.get(name)?.text ?? '')
      .filter((text) => text !== '');
    // The organisation's contacts alone do not make an activity (the model's empty fiche has them).
    if (parts.length === 0) return;
    if (
      row.label.startsWith('responsable(s) conjoint') ||
      row.label.startsWith('responsable conjoint') ||
      row.label.startsWith('responsables conjoints')
    ) {
      this.fields.jointController = (row.values.get('nom')?.text ?? '').slice(0, 200);
      this.fields.jointControllerContact = parts
        .filter((text) => text !== row.values.get('nom')?.text)
        .join(', ')
        .slice(0, 200);
      return;
    }
    // The organisation's own contacts belong to Paramètres: those it already holds are not
    // repeated in every record; others are kept with the record as written.
    if (this.ownNames.has(foldLabel(row.values.get('nom')?.text ?? ''))) return;
    this.note(`${row.labelText} : ${parts.join(', ')}`);
  }

  private category(row: TableRow): void {
    const description = row.values.get('description');
    const retentionText = row.values.get('duree de conservation');
    const text = description?.text ?? '';
    if (isNo(text) && (retentionText === undefined || isNo(retentionText.text))) return;
    this.hasContent = true;
    const kind = dataCategoryOf(row.labelText);
    const desc = foldLabel(text) === 'oui' ? '' : text;
    if (kind === 'nir') {
      this.fields.nir = true;
      this.fields.nirDetails = [
        desc,
        retentionText === undefined ? '' : `Conservation : ${retentionText.text}`,
      ]
        .filter(Boolean)
        .join('\n');
      return;
    }
    const index = this.fields.dataCategories.length;
    const { retention, parsed } = parseRetention(retentionText?.text ?? '');
    if (!parsed && retention.mode === 'criteria') {
      this.problem(
        'warning',
        'retentionAsCriteria',
        retentionText?.cell ?? null,
        `dataCategories.${String(index)}.retention`,
        {
          text: retention.criteria,
        },
      );
    }
    if (kind === null) {
      this.problem(
        'warning',
        'categoryNotRecognised',
        row.row.cells[0] ?? null,
        `dataCategories.${String(index)}.kind`,
        {
          text: row.labelText,
        },
      );
    }
    this.fields.dataCategories.push({
      kind: kind ?? 'other',
      description: kind === null && row.labelText !== '' ? `${row.labelText} : ${desc}` : desc,
      retention,
    });
  }

  private sensitive(row: TableRow): void {
    const description = row.values.get('description')?.text ?? '';
    const retention = row.values.get('duree de conservation')?.text ?? '';
    if (isNo(description) && isNo(retention)) return;
    this.hasContent = true;
    const kind = sensitiveKindOf(row.labelText);
    const desc = foldLabel(description) === 'oui' ? '' : description;
    if (kind === 'criminal') {
      this.fields.criminalData = true;
      this.fields.criminalDataDetails = [
        desc,
        retention === '' ? '' : `Conservation : ${retention}`,
      ]
        .filter(Boolean)
        .join('\n');
      return;
    }
    if (kind === null) {
      this.problem('warning', 'sensitiveNotRecognised', row.row.cells[0] ?? null, 'sensitiveData', {
        text: row.labelText,
      });
    } else if (!this.fields.sensitiveData.includes(kind)) this.fields.sensitiveData.push(kind);
    // The record has no place for these words: they stay with it, as written.
    const words = [desc, retention === '' ? '' : `conservation : ${retention}`]
      .filter(Boolean)
      .join(' ; ');
    if (words !== '' || kind === null) this.note(`${row.labelText} : ${words}`);
  }

  private subject(row: TableRow): void {
    const description = row.values.get('description')?.text ?? row.labelText;
    const details = row.values.get('precisions')?.text ?? '';
    if (description === '' && details === '') return;
    this.hasContent = true;
    const text =
      description === '' ? details : details === '' ? description : `${description} (${details})`;
    this.fields.dataSubjects.push(text.slice(0, 200));
  }

  private recipient(row: TableRow): void {
    const type = row.values.get('type de destinataire');
    const details = row.values.get('precisions')?.text ?? '';
    const typeText = type?.text ?? row.labelText;
    if (typeText === '' && details === '') return;
    this.hasContent = true;
    const kind = recipientKindOf(typeText);
    const index = this.fields.recipients.length;
    if (kind === null) {
      this.problem(
        'warning',
        'recipientKindGuessed',
        type?.cell ?? null,
        `recipients.${String(index)}.kind`,
        {
          text: typeText,
        },
      );
    }
    // A type in the register's own words says nothing more than the kind; any other is kept.
    const plainType = canonicalRecipientTypes.has(foldLabel(typeText));
    const name =
      details === ''
        ? typeText
        : plainType || typeText === ''
          ? details
          : `${typeText} : ${details}`;
    this.fields.recipients.push({ kind: kind ?? 'external', name: name.slice(0, 200) });
  }

  private security(row: TableRow): void {
    const type = row.values.get('type de mesure de securite');
    const typeText = type?.text ?? row.labelText;
    const details = row.values.get('precisions')?.text ?? '';
    if (typeText === '' && details === '') return;
    if (isNo(details) && foldLabel(details) !== '') return;
    this.hasContent = true;
    const heading = securityHeadingOf(typeText);
    if (heading === null) {
      this.problem('warning', 'securityNotRecognised', type?.cell ?? null, 'security.other', {
        text: typeText,
      });
    }
    const key = heading ?? 'other';
    const text =
      heading === null ? `${typeText} : ${details}` : foldLabel(details) === 'oui' ? '' : details;
    const list = this.securityNotes.get(key) ?? [];
    if (text !== '') list.push(text);
    this.securityNotes.set(key, list);
  }

  private transfer(row: TableRow): void {
    const recipient = row.values.get('destinataire')?.text ?? row.labelText;
    const country = row.values.get('pays');
    const safeguardCell = row.values.get('type de garanties');
    const documentation = row.values.get('liens vers la documentation')?.text ?? '';
    if (recipient === '' && country === undefined) return;
    this.hasContent = true;
    const index = this.fields.transfers.length;
    const countryName = country === undefined ? '' : (countryOf(country.text) ?? country.text);
    if (country !== undefined && countryOf(country.text) === null) {
      this.problem(
        'warning',
        'countryNotRecognised',
        country.cell,
        `transfers.${String(index)}.country`,
        {
          text: country.text,
        },
      );
    }
    const reading = safeguardOf(safeguardCell?.text ?? '');
    const kept: string[] = [];
    if (safeguardCell !== undefined && reading.safeguard === null) {
      kept.push(`Garantie indiquée : ${safeguardCell.text}`);
      this.problem(
        'warning',
        reading.privacyShield ? 'privacyShield' : 'safeguardNotRecognised',
        safeguardCell.cell,
        `transfers.${String(index)}.safeguard`,
        { text: safeguardCell.text },
      );
    }
    if (documentation !== '') kept.push(documentation);
    this.fields.transfers.push({
      recipient: (recipient === '' ? '?' : recipient).slice(0, 200),
      country: countryName.slice(0, 100),
      safeguard: reading.safeguard,
      documentation: kept.join('\n').slice(0, 2_000),
    });
  }

  read(): ImportedActivity | null {
    let section: Section = 'none';
    let header: Map<number, string> | null = null;
    for (const row of this.sheet.rows) {
      const label = labelOfRow(row);
      const field = label === null ? null : fieldOf(label.label);
      const opened = label === null ? null : sectionOf(label.label);
      if (label !== null && field !== null) {
        section = 'none';
        this.simple(field, row, row.cells.slice(1));
        continue;
      }
      if (opened !== null) {
        section = opened;
        // The column headers may stand on the section's own row.
        header = headerOf(opened, row.cells.slice(1));
        continue;
      }
      const current = section;
      if (current === 'none') {
        if (label !== null && row.cells.length > 1) {
          this.hasContent = true;
          this.note(
            `${label.text} : ${row.cells
              .slice(1)
              .map((c) => cellText(c.value))
              .join(' ')}`,
          );
        }
        continue;
      }
      const maybeHeader = headerOf(current, row.cells);
      if (maybeHeader !== null && (header === null || label === null || maybeHeader.size >= 2)) {
        header = maybeHeader;
        continue;
      }
      if (header === null) continue;
      const cells = tableRow(header, row);
      switch (current) {
        case 'actors':
          this.actor(cells);
          break;
        case 'categories':
          this.category(cells);
          break;
        case 'sensitive':
          this.sensitive(cells);
          break;
        case 'subjects':
          this.subject(cells);
          break;
        case 'recipients':
          this.recipient(cells);
          break;
        case 'security':
          this.security(cells);
          break;
        case 'transfers':
          this.transfer(cells);
          break;
      }
    }
    for (const [heading, texts] of this.securityNotes) {
      this.fields.security[heading as keyof ActivityFields['security']] = {
        applied: true,
        description: texts.join('\n').slice(0, 2_000),
      };
    }
    this.fields.notes = this.notes.join('\n').slice(0, 20_000);
    // The model's empty fiche (« 3 - Modèle de fiche de registre ») is no activity.
    if (this.fields.name === '' && !this.hasContent) return null;
    if (this.fields.name === '') {
      this.problem('error', 'missingName', null, 'name');
    }
    return {
      sheet: this.sheet.name,
      fileReference: this.fileReference,
      createdOn: this.createdOn,
      updatedOn: this.updatedOn,
      fields: this.fields,
    };
  }
}

export interface CnilReading {
  activities: ImportedActivity[];
  problems: ImportProblem[];
}

/** The list sheet's rows, for activities listed there without a fiche of their own. */
function listedActivities(sheet: Sheet, withFiche: ReadonlySet<string>): CnilReading {
  const result: CnilReading = { activities: [], problems: [] };
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
  return { activities, problems };
}
