/**
 * One fiche sheet of the CNIL model read into an activity: its simple rows, then each section's
 * table, every value kept as written and mapped to the register's lists when recognised, every
 * problem noted with its cell.
 */
import type { Sheet, SheetCell, SheetRow } from '../documents/readers';
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
import {
  canonicalRecipientTypes,
  cellText,
  fieldOf,
  headerOf,
  isNo,
  labelOfRow,
  sectionOf,
  tableRow,
  type Field,
  type Section,
  type TableRow,
} from './registerImportCnilLayout';

export class FicheReader {
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
