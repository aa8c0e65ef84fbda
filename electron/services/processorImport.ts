/**
 * A processors list kept in a spreadsheet (one row per processor or recipient, the DPO's own
 * headers) brought into Sous-traitants the way the register comes: the app proposes what each
 * column fills, the DPO's saved mapping overrides it, a dry run says what would be added,
 * modified or unchanged (matched by name) with every problem by cell, then one audited
 * transaction after a backup. Columns mapped to nothing are kept in the notes, as written.
 */
import { sha256Hex } from './sha256';
import { refreshMissingCounts } from '../../db/activities';
import { listProcessors, replaceProcessor } from '../../db/processors';
import { insertAuditEntry } from '../../db/audit';
import { AppError } from '../../shared/errors';
import type {
  ContractStatus,
  ProcessorCategory,
  ProcessorRole,
} from '../../shared/processors/vocabulary';
import {
  countryOf,
  foldLabel,
  parseDateText,
  safeguardOf,
} from '../../shared/register/importWords';
import {
  emptyProcessor,
  processorInputSchema,
  type Processor,
  type ProcessorFields,
} from '../../shared/schemas/processor';
import type {
  ImportChange,
  ImportProblem,
  ImportProblemCode,
} from '../../shared/schemas/registerImport';
import type {
  ProcessorImportItem,
  ProcessorImportPreview,
  ProcessorListField,
  ProcessorMapping,
} from '../../shared/schemas/processorImport';
import type { SheetCell } from '../documents/readers';
import {
  readSpreadsheetBytes,
  spreadsheetSourceOf,
  type SpreadsheetSource,
} from '../documents/readers';
import { takeBackup } from './backups';
import type { Context } from './context';
import { createProcessorIn, processorEntity } from './processors';
import { processorListOf } from './processorImportColumns';
import { cellText } from './registerImportCnil';
import { transact } from './transact';

const has = (text: string, ...words: string[]) => words.some((w) => text.includes(w));

function roleOf(text: string): ProcessorRole {
  const folded = foldLabel(text);
  if (has(folded, 'ulterieur', 'sub-processor')) return 'subProcessor';
  if (has(folded, 'conjoint', 'joint')) return 'jointController';
  if (has(folded, 'autorite', 'administration')) return 'authority';
  if (has(folded, 'destinataire', 'recipient')) return 'independentRecipient';
  return 'processor';
}

function categoryOf(text: string): ProcessorCategory | null {
  const folded = foldLabel(text);
  if (has(folded, 'heberg', 'hosting', 'cloud')) return 'hosting';
  if (has(folded, 'infogerance', 'informatique', 'it ')) return 'itManagedServices';
  if (has(folded, 'commissaire aux comptes')) return 'statutoryAuditor';
  if (has(folded, 'comptab')) return 'accountant';
  if (has(folded, 'avocat', 'lawyer')) return 'lawyer';
  if (has(folded, 'paiement', 'payment')) return 'payment';
  if (has(folded, 'cookie', "mesure d'audience", 'analytics')) return 'analyticsCookies';
  if (has(folded, 'marketing', 'routage', 'emailing')) return 'marketing';
  if (has(folded, 'securite', 'security')) return 'security';
  if (has(folded, 'audit')) return 'auditFirm';
  if (has(folded, 'conseil', 'consult')) return 'consultant';
  if (has(folded, 'sondage', 'etude', 'survey')) return 'dataAnalysisSurveys';
  if (has(folded, 'administration')) return 'administration';
  return null;
}

function contractStatusOf(text: string): ContractStatus {
  const folded = foldLabel(text);
  if (has(folded, 'expir')) return 'expired';
  if (has(folded, 'negociation', 'en cours', 'a signer')) return 'negotiation';
  if (has(folded, 'sign', 'oui', 'yes')) return 'signed';
  return 'none';
}

/** What the file carries; links, parent, clauses and the contract document stay as stored. */
const carried = [
  'name',
  'role',
  'category',
  'country',
  'address',
  'contactName',
  'contactEmail',
  'contactPhone',
  'services',
  'contractStatus',
  'contractSignedOn',
  'contractReviewOn',
  'lastAuditOn',
  'transfers',
  'notes',
] as const satisfies readonly (keyof ProcessorFields)[];

/** A stored processor's editable fields, without its identity, dates and document. */
function inputOf(processor: Processor): ProcessorFields {
  const {
    id: _id,
    createdAt: _created,
    updatedAt: _updated,
    contractDocument: _document,
    ...fields
  } = processor;
  return fields;
}

interface ProcessorPlan {
  preview: ProcessorImportPreview;
  stored: Map<number, Processor>;
}

async function plan(
  ctx: Context,
  name: string,
  bytes: Buffer,
  saved: ProcessorMapping | null,
): Promise<ProcessorPlan> {
  const book = await readSpreadsheetBytes(bytes, name);
  const { sheet, header, mapping, cells } = processorListOf(book.sheets, saved);
  const columns = new Map(cells.map((cell, index) => [cell.column, mapping[index]]));
  const existing = await listProcessors(ctx.db);
  const problems: ImportProblem[] = [];
  const items: ProcessorImportItem[] = [];
  const stored = new Map<number, Processor>();
  let refused = 0;
  for (const row of sheet.rows.filter((r) => r.number > header)) {
    const problem = (
      code: ImportProblemCode,
      cell: SheetCell | null,
      field: string,
      text: string,
      level: ImportProblem['level'] = 'warning',
    ) =>
      problems.push({
        level,
        code,
        sheet: sheet.name,
        cell: cell?.address ?? '',
        field,
        values: { text },
      });
    const values = new Map<ProcessorListField, { text: string; cell: SheetCell }>();
    const notes: string[] = [];
    for (const cell of row.cells) {
      const column = columns.get(cell.column);
      const text = cellText(cell.value);
      if (column === undefined || column.field === 'notes') {
        notes.push(column === undefined ? text : `${column.header} : ${text}`);
      } else if (column.field !== 'ignore' && !values.has(column.field))
        values.set(column.field, { text, cell });
    }
    const text = (field: ProcessorListField) => values.get(field)?.text ?? '';
    const date = (column: 'contractSignedOn' | 'contractReviewOn' | 'lastAuditOn') => {
      const found = values.get(column);
      if (found === undefined) return '';
      if (found.cell.value.kind === 'date') return found.cell.value.date;
      const parsed = parseDateText(found.text);
      if (parsed === null) problem('unreadableDate', found.cell, column, found.text);
      return parsed ?? '';
    };
    const fields: ProcessorFields = { ...emptyProcessor(), name: text('name').slice(0, 200) };
    if (fields.name === '') {
      problem('missingName', row.cells[0] ?? null, 'name', '', 'error');
      refused += 1;
      continue;
    }
    fields.role = roleOf(text('role'));
    const category = categoryOf(`${text('category')} ${text('services')}`);
    fields.category = category ?? 'other';
    const country = values.get('country');
    if (country !== undefined) {
      fields.country = (countryOf(country.text) ?? country.text).slice(0, 100);
      if (countryOf(country.text) === null)
        problem('countryNotRecognised', country.cell, 'country', country.text);
    }
    fields.address = text('address').slice(0, 1_000);
    fields.contactName = text('contactName').slice(0, 200);
    fields.contactEmail = text('contactEmail').slice(0, 254);
    fields.contactPhone = text('contactPhone').slice(0, 40);
    fields.services = text('services').slice(0, 2_000);
    fields.contractSignedOn = date('contractSignedOn');
    fields.contractReviewOn = date('contractReviewOn');
    fields.lastAuditOn = date('lastAuditOn');
    fields.contractStatus = values.has('contractStatus')
      ? contractStatusOf(text('contractStatus'))
      : fields.contractSignedOn === ''
        ? 'none'
        : 'signed';
    const transferCountry = values.get('transferCountry');
    if (
      transferCountry !== undefined &&
      !['non', 'aucun', 'neant', '-'].includes(foldLabel(transferCountry.text))
    ) {
      const safeguard = values.get('transferSafeguard');
      const reading = safeguardOf(safeguard?.text ?? '');
      if (countryOf(transferCountry.text) === null)
        problem(
          'countryNotRecognised',
          transferCountry.cell,
          'transfers.0.country',
          transferCountry.text,
        );
      if (safeguard !== undefined && reading.safeguard === null) {
        problem(
          reading.privacyShield ? 'privacyShield' : 'safeguardNotRecognised',
          safeguard.cell,
          'transfers.0.safeguard',
          safeguard.text,
        );
      }
      fields.transfers = [
        {
          country: (countryOf(transferCountry.text) ?? transferCountry.text).slice(0, 100),
          safeguard: reading.safeguard,
          documentation:
            safeguard !== undefined && reading.safeguard === null
              ? `Garantie indiquée : ${safeguard.text}`
              : '',
        },
      ];
    }
    fields.notes = notes.join('\n').slice(0, 20_000);
    const match = existing.find((p) => foldLabel(p.name) === foldLabel(fields.name));
    const merged: ProcessorFields =
      match === undefined
        ? fields
        : { ...inputOf(match), ...Object.fromEntries(carried.map((k) => [k, fields[k]])) };
    const checked = processorInputSchema.safeParse(merged);
    if (!checked.success) {
      for (const issue of checked.error.issues)
        problem('invalidField', row.cells[0] ?? null, issue.path.join('.'), fields.name, 'error');
      refused += 1;
      continue;
    }
    const before =
      match === undefined
        ? null
        : JSON.stringify(Object.fromEntries(carried.map((k) => [k, match[k]])));
    const after = JSON.stringify(Object.fromEntries(carried.map((k) => [k, checked.data[k]])));
    const change: ImportChange =
      match === undefined ? 'added' : before === after ? 'unchanged' : 'modified';
    if (match !== undefined && change === 'modified') stored.set(items.length, match);
    items.push({ change, row: row.number, id: match?.id ?? null, fields: checked.data });
  }
  const count = (change: ImportChange) => items.filter((i) => i.change === change).length;
  return {
    preview: {
      file: name,
      sha256: sha256Hex(bytes),
      counts: {
        added: count('added'),
        modified: count('modified'),
        unchanged: count('unchanged'),
        refused,
      },
      mapping,
      items,
      problems,
    },
    stored,
  };
}

export type ProcessorImportSource = SpreadsheetSource;

export async function previewProcessorImport(
  ctx: Context,
  file: string | ProcessorImportSource,
  mapping: ProcessorMapping | null = null,
): Promise<ProcessorImportPreview> {
  const source = spreadsheetSourceOf(file);
  return (await plan(ctx, source.name, source.bytes, mapping)).preview;
}

export async function applyProcessorImport(
  ctx: Context,
  chosen: string | ProcessorImportSource,
  expectedSha256: string,
  mapping: ProcessorMapping | null = null,
): Promise<{ created: number; updated: number; backupPath: string }> {
  const { name: file, bytes } = spreadsheetSourceOf(chosen);
  const { preview } = await plan(ctx, file, bytes, mapping);
  if (preview.sha256 !== expectedSha256)
    throw new AppError('CONFLICT', 'error.registerImport.fileChanged');
  const backupPath = (await takeBackup(ctx, 'before-import')).path;
  const now = ctx.clock();
  await transact(ctx, async (trx) => {
    const { preview: fresh, stored } = await plan({ ...ctx, db: trx }, file, bytes, mapping);
    for (const [index, item] of fresh.items.entries()) {
      if (item.change === 'added') await createProcessorIn(trx, ctx, item.fields, now);
      const before = stored.get(index);
      if (item.change !== 'modified' || before === undefined) continue;
      const after: Processor = {
        ...item.fields,
        id: before.id,
        createdAt: before.createdAt,
        updatedAt: now.toISOString(),
        contractDocument: before.contractDocument,
      };
      await replaceProcessor(trx, after, before.contractDocument?.id ?? null);
      // Its transfers count among the gaps of the activities it serves.
      await refreshMissingCounts(trx, after.activityIds);
      await insertAuditEntry(trx, {
        at: now,
        actor: ctx.actor,
        entity: processorEntity,
        entityId: after.id,
        action: 'update',
        before,
        after,
      });
    }
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'database',
      entityId: 'processorImport',
      action: 'update',
      before: null,
      after: { file, sha256: preview.sha256, ...preview.counts, backupPath },
    });
  });
  return { created: preview.counts.added, updated: preview.counts.modified, backupPath };
}
