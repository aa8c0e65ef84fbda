import { sha256Hex } from './sha256';
import type { Kysely } from 'kysely';
import { deleteAttachment, getAttachment, insertAttachment } from '../../db/attachments';
import { refreshMissingCounts } from '../../db/activities';
import { insertAuditEntry } from '../../db/audit';
import { newId } from '../../db/ids';
import {
  activitiesOfProcessor,
  contractDocumentIdOf,
  deleteProcessorRow,
  getProcessor,
  insertProcessor,
  listProcessors,
  replaceProcessor,
} from '../../db/processors';
import type { Database } from '../../db/schema';
import { localCalendarDate } from '../../shared/dates';
import { foldForSearch } from '../../shared/text';
import { AppError } from '../../shared/errors';
import { translate, type MessageKey } from '../../shared/i18n';
import type { HistoryEntry } from '../../shared/history';
import { attachmentTypes, maxAttachmentBytes } from '../../shared/limits';
import { processorWarnings } from '../../shared/processors/warnings';
import {
  type Processor,
  type ProcessorFields,
  type ProcessorSummary,
} from '../../shared/schemas/processor';
import type { DeleteProcessorResult } from '../../shared/api';
import type { Context } from './context';
import { recordHistory } from './recordHistory';
import { getPreferences } from './preferences';
import { transact } from './transact';

export const processorEntity = 'processor';

async function requireProcessor(db: Kysely<Database>, id: string): Promise<Processor> {
  const processor = await getProcessor(db, id);
  if (processor === null) throw new AppError('NOT_FOUND', 'error.processor.notFound');
  return processor;
}

function fieldError(path: string, messageKey: string, reason: MessageKey): AppError {
  return new AppError(
    'VALIDATION',
    'error.notSaved',
    undefined,
    { fields: [{ path, messageKey }] },
    { reason: [{ key: reason }] },
  );
}

/** A contract signed or an audit done has happened: neither can be dated tomorrow. */
function checkPastDates(fields: ProcessorFields, today: string): void {
  for (const field of ['contractSignedOn', 'lastAuditOn'] as const) {
    if (fields[field] > today) {
      throw fieldError(field, 'validation.futureDate', `error.processor.future.${field}`);
    }
  }
}

/** Linked activities must exist; a sub-processor's parent must exist and not be itself. */
async function checkLinks(
  db: Kysely<Database>,
  id: string | null,
  fields: ProcessorFields,
): Promise<void> {
  for (const [index, activityId] of fields.activityIds.entries()) {
    const found = await db
      .selectFrom('processing_activity')
      .select('id')
      .where('id', '=', activityId)
      .executeTakeFirst();
    if (found === undefined) {
      throw fieldError(
        `activityIds.${String(index)}`,
        'validation.unknownActivity',
        'error.processor.unknownActivity',
      );
    }
  }
  if (fields.parentId !== null) {
    let parentId: string | null = fields.parentId;
    for (let depth = 0; parentId !== null && depth < 50; depth++) {
      if (parentId === id) {
        throw fieldError('parentId', 'validation.parentCycle', 'error.processor.selfParent');
      }
      const parent: Processor | null = await getProcessor(db, parentId);
      if (parent === null) {
        throw fieldError(
          'parentId',
          'validation.unknownProcessor',
          'error.processor.unknownParent',
        );
      }
      parentId = parent.parentId;
    }
  }
}

export async function listProcessorSummaries(ctx: Context): Promise<ProcessorSummary[]> {
  const today = localCalendarDate(ctx.clock());
  const processors = await listProcessors(ctx.db);
  return processors.map((processor) => ({
    id: processor.id,
    name: processor.name,
    role: processor.role,
    category: processor.category,
    country: processor.country,
    contractStatus: processor.contractStatus,
    contractReviewOn: processor.contractReviewOn,
    activityCount: processor.activityIds.length,
    activityIds: processor.activityIds,
    parentId: processor.parentId,
    transfers: processor.transfers,
    warnings: [...new Set(processorWarnings(processor, today).map((w) => w.code))],
    updatedAt: processor.updatedAt,
    searchText: foldForSearch(
      [processor.name, processor.country, processor.services, ...processor.certifications].join(
        ' ',
      ),
    ),
  }));
}

export function getProcessorRecord(ctx: Context, id: string): Promise<Processor> {
  return requireProcessor(ctx.db, id);
}

async function audit(
  trx: Kysely<Database>,
  ctx: Context,
  now: Date,
  entityId: string,
  action: 'create' | 'update' | 'delete',
  before: Processor | null,
  after: Processor | null,
): Promise<void> {
  await insertAuditEntry(trx, {
    at: now,
    actor: ctx.actor,
    entity: processorEntity,
    entityId,
    action,
    before,
    after,
  });
}

/** Creates inside `trx` (also used by the example data). */
export async function createProcessorIn(
  trx: Kysely<Database>,
  ctx: Context,
  fields: ProcessorFields,
  now: Date,
  id: string = newId(now),
): Promise<Processor> {
  await checkLinks(trx, null, fields);
  const processor: Processor = {
    ...fields,
    id,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    contractDocument: null,
  };
  await insertProcessor(trx, processor);
  // Its transfers count among the gaps of the activities it serves.
  await refreshMissingCounts(trx, processor.activityIds);
  await audit(trx, ctx, now, processor.id, 'create', null, processor);
  return processor;
}

export function saveProcessor(
  ctx: Context,
  input: {
    id?: string | undefined;
    /** For a create: the form's id; the same create sent again returns the first one's record. */
    createId?: string | undefined;
    expectedUpdatedAt?: string | undefined;
    processor: ProcessorFields;
  },
): Promise<Processor> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    checkPastDates(input.processor, localCalendarDate(now));
    if (input.id === undefined) {
      const earlier = input.createId === undefined ? null : await getProcessor(trx, input.createId);
      return earlier ?? createProcessorIn(trx, ctx, input.processor, now, input.createId);
    }
    const before = await requireProcessor(trx, input.id);
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updatedAt) {
      throw new AppError(
        'CONFLICT',
        'error.processor.changed',
        { name: before.name },
        { changedAt: before.updatedAt },
      );
    }
    await checkLinks(trx, before.id, input.processor);
    const after: Processor = {
      ...input.processor,
      id: before.id,
      createdAt: before.createdAt,
      updatedAt: now.toISOString(),
      contractDocument: before.contractDocument,
    };
    await replaceProcessor(trx, after, before.contractDocument?.id ?? null);
    await refreshMissingCounts(trx, [...before.activityIds, ...after.activityIds]);
    await audit(trx, ctx, now, after.id, 'update', before, after);
    return after;
  });
}

/** A processor still linked to activities is deleted only once the DPO confirmed it. */
export function deleteProcessor(
  ctx: Context,
  input: { id: string; confirmLinked?: boolean | undefined },
): Promise<DeleteProcessorResult> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireProcessor(trx, input.id);
    const usedBy = await activitiesOfProcessor(trx, input.id);
    if (usedBy.length > 0 && input.confirmLinked !== true) return { deleted: false, usedBy };
    const documentId = before.contractDocument?.id ?? null;
    await deleteProcessorRow(trx, input.id);
    await refreshMissingCounts(trx, before.activityIds);
    if (documentId !== null) await deleteAttachment(trx, documentId);
    await audit(trx, ctx, now, input.id, 'delete', before, null);
    ctx.files.forget?.(input.id);
    return { deleted: true, usedBy };
  });
}

export function processorHistory(ctx: Context, id: string): Promise<HistoryEntry[]> {
  return recordHistory(ctx.db, processorEntity, id, requireProcessor);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Rounded to a tenth; worded with the reader's decimal sign. */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/**
 * Asks the user for the signed contract and keeps it inside the database with its name, size and
 * SHA-256. Refused, with nothing written, over 25 MB, of another type, or unreadable.
 */
export async function attachContract(ctx: Context, id: string): Promise<Processor | null> {
  await requireProcessor(ctx.db, id);
  const file = await ctx.files.choose({
    title: translate((await getPreferences(ctx)).language, 'dialog.contract'),
    extensions: Object.keys(attachmentTypes),
  });
  if (file === null) return null;
  const mimeType = attachmentTypes[extensionOf(file.name)];
  if (mimeType === undefined) {
    throw new AppError('VALIDATION', 'error.file.badType', {
      name: file.name.slice(0, 200),
      types: Object.keys(attachmentTypes).join(', '),
    });
  }
  if (file.size > maxAttachmentBytes) {
    throw new AppError('VALIDATION', 'error.file.tooLarge', {
      name: file.name.slice(0, 200),
      size: megabytes(file.size),
      limit: megabytes(maxAttachmentBytes),
    });
  }
  let content: Uint8Array;
  try {
    content = await file.read();
  } catch (error) {
    throw new AppError('VALIDATION', 'error.file.unreadable', {
      name: file.name.slice(0, 200),
      detail: (error as Error).message,
    });
  }
  if (content.length > maxAttachmentBytes) {
    throw new AppError('VALIDATION', 'error.file.contentTooLarge', {
      limit: megabytes(maxAttachmentBytes),
    });
  }
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireProcessor(trx, id);
    const attachment = {
      id: newId(now),
      fileName: file.name.slice(0, 255),
      mimeType,
      size: content.length,
      sha256: sha256Hex(content),
      attachedAt: now.toISOString(),
      content,
    };
    await insertAttachment(trx, attachment);
    const { content: _content, ...info } = attachment;
    const after: Processor = { ...before, contractDocument: info, updatedAt: now.toISOString() };
    await replaceProcessor(trx, after, info.id);
    if (before.contractDocument !== null) await deleteAttachment(trx, before.contractDocument.id);
    await audit(trx, ctx, now, id, 'update', before, after);
    return after;
  });
}

export async function openContract(ctx: Context, id: string): Promise<{ fileName: string }> {
  const documentId = await contractDocumentIdOf(ctx.db, id);
  const document = documentId === null ? null : await getAttachment(ctx.db, documentId);
  if (document === null) throw new AppError('NOT_FOUND', 'error.processor.noContract');
  await ctx.files.open({
    fileName: document.fileName,
    mimeType: document.mimeType,
    content: document.content,
    ownerId: id,
  });
  return { fileName: document.fileName };
}

export function removeContract(ctx: Context, id: string): Promise<Processor> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireProcessor(trx, id);
    if (before.contractDocument === null) return before;
    const after: Processor = { ...before, contractDocument: null, updatedAt: now.toISOString() };
    await replaceProcessor(trx, after, null);
    await deleteAttachment(trx, before.contractDocument.id);
    await audit(trx, ctx, now, id, 'update', before, after);
    return after;
  });
}
