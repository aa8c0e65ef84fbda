/**
 * Bringing a register kept in a spreadsheet into DPO Desk: always a dry run first (what would be
 * added, modified or left unchanged, and every problem by sheet, cell and field), then, once the
 * DPO confirms, one audited transaction after a checked backup.
 */
import { sha256Hex } from './sha256';
import type { Kysely } from 'kysely';
import { listActivities as listStoredActivities } from '../../db/activities';
import type { Database } from '../../db/schema';
import { insertAuditEntry } from '../../db/audit';
import { getOrganisationSettings } from '../../db/settings';
import { formatCalendarDate } from '../../shared/dates';
import { diffFields } from '../../shared/diff';
import { AppError } from '../../shared/errors';
import { missingItems } from '../../shared/register/completeness';
import { foldLabel } from '../../shared/register/importWords';
import {
  activityFieldsOf,
  activityInputSchema,
  type ActivityFields,
  type ProcessingActivity,
} from '../../shared/schemas/activity';
import { toFieldIssues } from '../../shared/schemas/common';
import type {
  FlatMapping,
  MappedColumn,
  ImportApplyReport,
  ImportedActivity,
  ImportPreview,
  ImportPreviewItem,
  ImportProblem,
} from '../../shared/schemas/registerImport';
import {
  readSpreadsheetBytes,
  spreadsheetSourceOf,
  type SpreadsheetSource,
} from '../documents/readers';
import { activityEntity, createActivityIn } from './activities';
import { takeBackup } from './backups';
import type { Context } from './context';
import { isCnilModel, readCnilModel } from './registerImportCnil';
import { isFlatTable, readFlatTable } from './registerImportFlat';
import { transact } from './transact';
import { getStatusBeforeArchive, replaceActivity } from '../../db/activities';

/** What the CNIL model carries; the rest of a matched record (links, DPIA...) stays as it is. */
const carriedFields = [
  'name',
  'jointController',
  'jointControllerContact',
  'purposes',
  'dataSubjects',
  'dataCategories',
  'sensitiveData',
  'criminalData',
  'criminalDataDetails',
  'nir',
  'nirDetails',
  'recipients',
  'transfers',
  'security',
  'notes',
] as const satisfies readonly (keyof ActivityFields)[];

/** Imported activities are drafts unless their record is complete. */
function withStatus(fields: ActivityFields, wanted: ActivityFields['status']): ActivityFields {
  if (wanted === 'archived') return fields;
  const complete = missingItems(fields).length === 0;
  const candidate = { ...fields, status: complete ? 'active' : 'draft' } as const;
  return activityInputSchema.safeParse(candidate).success
    ? candidate
    : { ...fields, status: 'draft' };
}

/** The imported words over the stored record; a legal basis the file does not state is kept. */
function merged(stored: ProcessingActivity, imported: ActivityFields): ActivityFields {
  const fields: ActivityFields = { ...activityFieldsOf(stored) };
  for (const key of carriedFields) Object.assign(fields, { [key]: imported[key] });
  fields.purposes = imported.purposes.map((purpose) => {
    if (purpose.legalBasis !== null) return purpose;
    const known = stored.purposes.find(
      (p) => foldLabel(p.description) === foldLabel(purpose.description),
    );
    return known === undefined
      ? purpose
      : { ...purpose, legalBasis: known.legalBasis, legitimateInterest: known.legitimateInterest };
  });
  return withStatus(fields, stored.status);
}

/**
 * The fiche's own dates, which the record has no field for (it keeps its own journal), kept in
 * its notes in one stable sentence: « Fiche CNIL créée le 12/03/2019, mise à jour le
 * 04/01/2024 ». A file whose notes already carry one (a register exported from DPO Desk) keeps it.
 */
function withFileDates(activity: ImportedActivity, layout: 'cnil' | 'flat'): ImportedActivity {
  const subject = layout === 'cnil' ? 'Fiche CNIL' : 'Fiche d’origine';
  const { createdOn, updatedOn } = activity;
  const notes = activity.fields.notes;
  if (createdOn === '' && updatedOn === '') return activity;
  if (notes.split('\n').some((line) => line.startsWith(`${subject} `))) return activity;
  const parts = [
    createdOn === '' ? '' : `créée le ${formatCalendarDate(createdOn)}`,
    updatedOn === '' ? '' : `mise à jour le ${formatCalendarDate(updatedOn)}`,
  ].filter((part) => part !== '');
  const sentence = `${subject} ${parts.join(', ')}`;
  return {
    ...activity,
    fields: {
      ...activity.fields,
      notes: (notes === '' ? sentence : `${sentence}\n${notes}`).slice(0, 20_000),
    },
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Plan {
  preview: ImportPreview;
  /** The stored record each modified item replaces. */
  stored: Map<number, ProcessingActivity>;
}

export type ImportSource = SpreadsheetSource;

async function plan(
  db: Kysely<Database>,
  source: ImportSource,
  mapping: FlatMapping | null,
): Promise<Plan> {
  const file = source.name;
  const sha256 = sha256Hex(source.bytes);
  const book = await readSpreadsheetBytes(source.bytes, source.name);
  let reading: {
    activities: ImportedActivity[];
    problems: ImportProblem[];
    mapping: MappedColumn[];
    writtenByDpoDesk?: boolean;
  };
  if (isCnilModel(book)) {
    const organisation = await getOrganisationSettings(db);
    const ownNames = organisation === null ? [] : [organisation.legalName, organisation.dpoName];
    reading = { ...readCnilModel(book, ownNames), mapping: [] };
  } else {
    const table = book.sheets.find((sheet) => !sheet.hidden && isFlatTable(sheet, mapping));
    if (table === undefined) throw new AppError('VALIDATION', 'error.registerImport.notRecognised');
    reading = readFlatTable(table, mapping);
  }
  const problems: ImportProblem[] = [...reading.problems];
  const existing = await listStoredActivities(db);
  const items: ImportPreviewItem[] = [];
  const stored = new Map<number, ProcessingActivity>();
  const seen = new Set<string>();
  let refused = 0;
  const layout = reading.mapping.length === 0 ? 'cnil' : 'flat';
  for (const read of reading.activities) {
    const activity = reading.writtenByDpoDesk === true ? read : withFileDates(read, layout);
    if (problems.some((p) => p.level === 'error' && p.sheet === activity.sheet)) {
      refused += 1;
      continue;
    }
    const key =
      activity.fileReference !== ''
        ? `ref:${activity.fileReference}`
        : `name:${foldLabel(activity.fields.name)}`;
    if (seen.has(key) || seen.has(`name:${foldLabel(activity.fields.name)}`)) {
      problems.push({
        level: 'error',
        code: 'duplicateInFile',
        sheet: activity.sheet,
        cell: '',
        field: 'name',
        values: { text: activity.fields.name },
      });
      refused += 1;
      continue;
    }
    seen.add(key);
    seen.add(`name:${foldLabel(activity.fields.name)}`);
    // Matched by reference first, then by name (however the case and accents were typed).
    const match =
      existing.find(
        (a) => activity.fileReference !== '' && a.reference === activity.fileReference,
      ) ?? existing.find((a) => foldLabel(a.name) === foldLabel(activity.fields.name));
    const fields =
      match === undefined ? withStatus(activity.fields, 'draft') : merged(match, activity.fields);
    const checked = activityInputSchema.safeParse(fields);
    if (!checked.success) {
      for (const issue of toFieldIssues(checked.error)) {
        problems.push({
          level: 'error',
          code: 'invalidField',
          sheet: activity.sheet,
          cell: '',
          field: issue.path,
          values: { reason: issue.messageKey },
        });
      }
      refused += 1;
      continue;
    }
    const item: ImportedActivity = { ...activity, fields: checked.data };
    if (match === undefined) {
      items.push({ ...item, change: 'added', id: null, reference: null, changedFields: [] });
      continue;
    }
    const before = activityFieldsOf(match);
    const changedFields = [
      ...new Set(diffFields(before, checked.data).map((c) => c.path.split('.')[0] ?? '')),
    ];
    const change =
      same(before, checked.data) || changedFields.length === 0 ? 'unchanged' : 'modified';
    if (change === 'modified') stored.set(items.length, match);
    items.push({ ...item, change, id: match.id, reference: match.reference, changedFields });
  }
  const count = (change: ImportPreviewItem['change']) =>
    items.filter((i) => i.change === change).length;
  return {
    preview: {
      file,
      format: book.format,
      layout,
      mapping: reading.mapping,
      sha256,
      counts: {
        added: count('added'),
        modified: count('modified'),
        unchanged: count('unchanged'),
        refused,
      },
      items,
      problems,
    },
    stored,
  };
}

/** The dry run: reads the file and compares it with the register; writes nothing. */
export async function previewRegisterImport(
  ctx: Context,
  file: string | ImportSource,
  mapping: FlatMapping | null = null,
): Promise<ImportPreview> {
  return (await plan(ctx.db, spreadsheetSourceOf(file), mapping)).preview;
}

/**
 * Writes what the preview showed, the file unchanged since (`expectedSha256`): a checked backup,
 * then one transaction with an audit entry per record and one for the import.
 */
export async function applyRegisterImport(
  ctx: Context,
  file: string | ImportSource,
  expectedSha256: string,
  mapping: FlatMapping | null = null,
): Promise<ImportApplyReport> {
  const source = spreadsheetSourceOf(file);
  const { preview } = await plan(ctx.db, source, mapping);
  if (preview.sha256 !== expectedSha256) {
    throw new AppError('CONFLICT', 'error.registerImport.fileChanged');
  }
  const backupPath = (await takeBackup(ctx, 'before-import')).path;
  const now = ctx.clock();
  await transact(ctx, async (trx) => {
    // Compared again inside the transaction: a record changed since the preview is seen afresh.
    const { preview: fresh, stored } = await plan(trx, source, mapping);
    for (const [index, item] of fresh.items.entries()) {
      if (item.change === 'added') {
        await createActivityIn(trx, ctx, item.fields, now);
      } else if (item.change === 'modified') {
        const before = stored.get(index);
        if (before === undefined) continue;
        const after: ProcessingActivity = {
          ...item.fields,
          id: before.id,
          reference: before.reference,
          createdAt: before.createdAt,
          updatedAt: now.toISOString(),
        };
        // An archived record stays archived, and keeps the status it will be restored to.
        const statusBeforeArchive =
          after.status === 'archived' ? await getStatusBeforeArchive(trx, after.id) : null;
        await replaceActivity(trx, after, statusBeforeArchive);
        await insertAuditEntry(trx, {
          at: now,
          actor: ctx.actor,
          entity: activityEntity,
          entityId: after.id,
          action: 'update',
          before,
          after,
        });
      }
    }
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'database',
      entityId: 'registerImport',
      action: 'update',
      before: null,
      after: { file: source.name, sha256: preview.sha256, ...preview.counts, backupPath },
    });
  });
  return {
    created: preview.counts.added,
    updated: preview.counts.modified,
    unchanged: preview.counts.unchanged,
    refused: preview.counts.refused,
    backupPath,
  };
}
