import { compactRequestIndex, erasedRequestTrace, scrubRequestJournal } from '../../db/erasure';
import { completeErasure } from './erasureCompletion';
import { sha256Hex } from './sha256';
import type { Kysely } from 'kysely';
import { deleteAttachment, getAttachment, insertAttachment } from '../../db/attachments';
import { insertAuditEntry } from '../../db/audit';
import { requestLetters } from '../../db/letters';
import { newId } from '../../db/ids';
import { getPreference } from '../../db/preferences';
import {
  deleteRequestRow,
  getRequest,
  hasSuppressionFor,
  insertRequest,
  insertRequestEvent,
  insertSuppressionEntry,
  linkRequestAttachment,
  listRequestEvents,
  listRequestPage,
  deleteSuppressionEntry,
  listSuppressionEntries,
  nextRequestReference,
  replaceRequest,
  requestAttachments,
  type RequestColumns,
} from '../../db/requests';
import type { Database } from '../../db/schema';
import { localCalendarDate } from '../../shared/dates';
import { dialerForms } from '../../shared/phone';
import { AppError, type FieldIssue } from '../../shared/errors';
import { translate, type MessageKey } from '../../shared/i18n';
import { attachmentTypes, maxAttachmentBytes } from '../../shared/limits';
import { computeDeadline, daysBetween } from '../../shared/rights/deadline';
import { withIdentityConsistent } from '../../shared/rights/identity';
import { requestChanges } from '../../shared/rights/events';
import { extensionInForce, isOpen, requestDeadline } from '../../shared/rights/requestDeadline';
import {
  requestFieldsOf,
  type RequestAttachment,
  type RequestFields,
  type RequestListQuery,
  type RequestPage,
  type RequestView,
  type RightsRequest,
  type SuppressionEntry,
} from '../../shared/schemas/request';
import type { Context } from './context';
import { getPreferences } from './preferences';
import { transact } from './transact';

export const requestEntity = 'rights_request';

export function todayOf(ctx: Context): string {
  return localCalendarDate(ctx.clock());
}

export async function alsaceMosselleOf(db: Kysely<Database>): Promise<boolean> {
  return (await getPreference(db, 'alsaceMoselle')) === 'true';
}

/** The list columns: the due date without a suspension still running, and whether it runs. */
export function requestColumnsOf(fields: RequestFields, alsaceMoselle: boolean): RequestColumns {
  const waiting = fields.identityAskedOn !== '' && fields.identityReceivedOn === '';
  const suspendedDays =
    fields.identityAskedOn !== '' && fields.identityReceivedOn !== ''
      ? Math.max(0, daysBetween(fields.identityAskedOn, fields.identityReceivedOn))
      : 0;
  const open = isOpen(fields.status);
  const base = { received: fields.receivedOn, suspendedDays, alsaceMoselle };
  const firstMonthDue = computeDeadline({ ...base, months: 1 }).due;
  const months = extensionInForce(fields, firstMonthDue) ? 1 + fields.extensionMonths : 1;
  return {
    dueOn: computeDeadline({ ...base, months }).due,
    suspended: open && waiting,
    isOpen: open,
  };
}

function invalidField(path: string, messageKey: string, reason: MessageKey): AppError {
  const fields: FieldIssue[] = [{ path, messageKey }];
  return new AppError(
    'VALIDATION',
    'error.notSaved',
    undefined,
    { fields },
    {
      reason: [{ key: reason }],
    },
  );
}

/** Rules that need the database or today's date, beyond the schema's. */
async function checkRequest(
  trx: Kysely<Database>,
  fields: RequestFields,
  today: string,
): Promise<void> {
  // What has happened cannot be dated tomorrow: receipt, proof asked and received, identity
  // verified, extension notified, answer sent.
  for (const field of [
    'receivedOn',
    'identityAskedOn',
    'identityReceivedOn',
    'identityVerifiedOn',
    'extensionNotifiedOn',
    'responseOn',
  ] as const) {
    if (fields[field] > today) {
      throw invalidField(field, 'validation.futureDate', `error.request.future.${field}`);
    }
  }
  for (const [index, notification] of fields.art19Notifications.entries()) {
    if (notification.notifiedOn > today) {
      throw invalidField(
        `art19Notifications.${String(index)}.notifiedOn`,
        'validation.futureDate',
        'error.request.future.art19NotifiedOn',
      );
    }
  }
  // An answered request says what was done with each right it invoked (files imported from
  // before this rule keep theirs as they were).
  if (fields.status === 'answered' || fields.status === 'closed') {
    for (const right of fields.rights) {
      const index = fields.outcomes.findIndex((o) => o.right === right);
      if (index < 0 || fields.outcomes[index]?.outcome === 'pending') {
        throw invalidField(
          `outcomes.${String(index < 0 ? fields.outcomes.length : index)}.outcome`,
          'validation.outcomeRequired',
          'error.request.outcomeRequired',
        );
      }
    }
  }
  for (const [index, activityId] of fields.activityIds.entries()) {
    const found = await trx
      .selectFrom('processing_activity')
      .select('id')
      .where('id', '=', activityId)
      .executeTakeFirst();
    if (found === undefined) {
      throw invalidField(
        `activityIds.${String(index)}`,
        'validation.unknownActivity',
        'error.request.unknownActivity',
      );
    }
  }
  for (const [index, notification] of fields.art19Notifications.entries()) {
    const found = await trx
      .selectFrom('processor')
      .select('id')
      .where('id', '=', notification.processorId)
      .executeTakeFirst();
    if (found === undefined) {
      throw invalidField(
        `art19Notifications.${String(index)}.processorId`,
        'validation.unknownProcessor',
        'error.request.unknownProcessor',
      );
    }
  }
}

async function requireRequest(db: Kysely<Database>, id: string): Promise<RightsRequest> {
  const request = await getRequest(db, id);
  if (request === null) throw new AppError('NOT_FOUND', 'error.request.notFound');
  return request;
}

async function view(
  ctx: Context,
  db: Kysely<Database>,
  request: RightsRequest,
  notices: string[] = [],
): Promise<RequestView> {
  return {
    request,
    deadline: requestDeadline(request, todayOf(ctx), await alsaceMosselleOf(db)),
    events: await listRequestEvents(db, request.id),
    notices,
  };
}

async function audit(
  trx: Kysely<Database>,
  ctx: Context,
  now: Date,
  id: string,
  action: 'create' | 'update' | 'delete',
  before: RightsRequest | null,
  after: RightsRequest | null,
): Promise<void> {
  await insertAuditEntry(trx, {
    at: now,
    actor: ctx.actor,
    entity: requestEntity,
    entityId: id,
    action,
    before,
    after,
  });
}

/**
 * What a save does by itself: the ID documents are deleted once identity is verified (no copy
 * kept, Art. 12(6)); an objection to direct marketing that is granted puts the person on the
 * suppression list.
 */
async function applyConsequences(
  trx: Kysely<Database>,
  ctx: Context,
  now: Date,
  request: RightsRequest,
  becameVerified: boolean,
): Promise<{ request: RightsRequest; notices: string[] }> {
  const notices: string[] = [];
  const at = now.toISOString();
  let current = request;
  if (becameVerified) {
    const idDocuments = current.attachments.filter(
      (attachment) => attachment.kind === 'idDocument',
    );
    for (const document of idDocuments) await deleteAttachment(trx, document.id);
    if (idDocuments.length > 0) {
      await insertRequestEvent(trx, current.id, {
        at,
        actor: ctx.actor,
        kind: 'idDocumentDeleted',
        data: { count: idDocuments.length, files: idDocuments.map((d) => d.fileName).join(', ') },
      });
      notices.push('requests.idDocumentDeleted');
      current = { ...current, attachments: await requestAttachments(trx, current.id) };
    }
  }
  const objection = current.outcomes.find((outcome) => outcome.right === 'objectionMarketing');
  if (objection?.outcome === 'granted' && !(await hasSuppressionFor(trx, current.id))) {
    await insertSuppressionEntry(trx, {
      id: newId(now),
      name:
        current.onBehalfOf && current.dataSubjectName !== ''
          ? current.dataSubjectName
          : current.requesterName,
      email: current.requesterEmail,
      phone: current.requesterPhone,
      addedOn: current.responseOn !== '' ? current.responseOn : localCalendarDate(now),
      sourceReference: current.reference,
      sourceRequestId: current.id,
      createdAt: at,
    });
    await insertRequestEvent(trx, current.id, {
      at,
      actor: ctx.actor,
      kind: 'suppressionListed',
      data: {},
    });
    notices.push('requests.suppressionListed');
  }
  return { request: current, notices };
}

async function recordChanges(
  trx: Kysely<Database>,
  ctx: Context,
  now: Date,
  before: RequestFields | null,
  after: RightsRequest,
): Promise<void> {
  for (const change of requestChanges(before, requestFieldsOf(after))) {
    await insertRequestEvent(trx, after.id, { at: now.toISOString(), actor: ctx.actor, ...change });
  }
}

/** Creates inside `trx` (also used by the example data, with its own clock). */
export async function createRequestIn(
  trx: Kysely<Database>,
  ctx: Context,
  typed: RequestFields,
  now: Date,
  id: string = newId(now),
): Promise<RightsRequest> {
  const fields = withIdentityConsistent(typed, localCalendarDate(now));
  await checkRequest(trx, fields, localCalendarDate(now));
  const request: RightsRequest = {
    ...fields,
    id,
    reference: await nextRequestReference(trx, fields.receivedOn.slice(0, 4)),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    attachments: [],
  };
  await insertRequest(trx, request, requestColumnsOf(fields, await alsaceMosselleOf(trx)));
  await recordChanges(trx, ctx, now, null, request);
  const { request: final } = await applyConsequences(
    trx,
    ctx,
    now,
    request,
    fields.identityStatus === 'verified',
  );
  await audit(trx, ctx, now, request.id, 'create', null, final);
  return final;
}

/**
 * With `createId` (made by the form), a create sent again returns the request the first one made:
 * an answer lost on its way back cannot turn into a second request.
 */
export function createRequest(
  ctx: Context,
  fields: RequestFields,
  createId?: string,
): Promise<RequestView> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const earlier = createId === undefined ? null : await getRequest(trx, createId);
    if (earlier !== null) return view(ctx, trx, earlier);
    return view(ctx, trx, await createRequestIn(trx, ctx, fields, now, createId));
  });
}

export function updateRequest(
  ctx: Context,
  input: { id: string; expectedUpdatedAt: string; request: RequestFields },
): Promise<RequestView> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireRequest(trx, input.id);
    if (before.updatedAt !== input.expectedUpdatedAt) {
      throw new AppError(
        'CONFLICT',
        'error.request.changed',
        { reference: before.reference },
        { changedAt: before.updatedAt },
      );
    }
    const fields = withIdentityConsistent(input.request, todayOf(ctx));
    await checkRequest(trx, fields, todayOf(ctx));
    const after: RightsRequest = {
      ...fields,
      id: before.id,
      reference: before.reference,
      createdAt: before.createdAt,
      updatedAt: now.toISOString(),
      attachments: before.attachments,
    };
    await replaceRequest(trx, after, requestColumnsOf(fields, await alsaceMosselleOf(trx)));
    await recordChanges(trx, ctx, now, requestFieldsOf(before), after);
    const becameVerified =
      after.identityStatus === 'verified' && before.identityStatus !== 'verified';
    const { request: final, notices } = await applyConsequences(
      trx,
      ctx,
      now,
      after,
      becameVerified,
    );
    await audit(trx, ctx, now, final.id, 'update', before, final);
    return view(ctx, trx, final, notices);
  });
}

/**
 * Writes what generating a letter or recording its sending means for the file (the date proof was
 * asked, the extension notified, the answer sent), inside the caller's transaction, with its
 * timeline entries and audit entry like any save.
 */
export async function amendRequestIn(
  trx: Kysely<Database>,
  ctx: Context,
  now: Date,
  before: RightsRequest,
  changes: Partial<RequestFields>,
): Promise<RightsRequest> {
  const fields: RequestFields = withIdentityConsistent(
    { ...requestFieldsOf(before), ...changes },
    localCalendarDate(now),
  );
  const after: RightsRequest = { ...before, ...fields, updatedAt: now.toISOString() };
  await replaceRequest(trx, after, requestColumnsOf(fields, await alsaceMosselleOf(trx)));
  await recordChanges(trx, ctx, now, requestFieldsOf(before), after);
  await audit(trx, ctx, now, after.id, 'update', before, after);
  return after;
}

export async function getRequestView(ctx: Context, id: string): Promise<RequestView> {
  return view(ctx, ctx.db, await requireRequest(ctx.db, id));
}

export function listRequestsPage(ctx: Context, query: RequestListQuery): Promise<RequestPage> {
  return listRequestPage(ctx.db, query, todayOf(ctx));
}

/**
 * Deletes a request for good: its row, documents, letters and timeline, the person's data in the
 * journal's earlier entries (down to a trace: reference, dates, rights), the free-text index's
 * entries; then empties the WAL. Nothing of the person stays in the file's bytes (secure_delete
 * zeroes freed space); a suppression-list entry, which honours an objection, stays until erased.
 */
export async function deleteRequest(
  ctx: Context,
  id: string,
): Promise<{ reference: string; erasureComplete: boolean }> {
  const now = ctx.clock();
  const deleted = await transact(ctx, async (trx) => {
    const before = await requireRequest(trx, id);
    const letters = await requestLetters(trx, id);
    for (const attachment of before.attachments) await deleteAttachment(trx, attachment.id);
    for (const letter of letters) await deleteAttachment(trx, letter.id);
    await deleteRequestRow(trx, id);
    await scrubRequestJournal(trx, id);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: requestEntity,
      entityId: id,
      action: 'delete',
      before: erasedRequestTrace(before),
      after: null,
    });
    await compactRequestIndex(trx);
    return { reference: before.reference };
  });
  // The viewer's copies of its documents and letters go too.
  ctx.files.forget?.(id);
  return { ...deleted, erasureComplete: await completeErasure(ctx) };
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Attaches a document chosen in a dialog (same rules as contracts: type, 25 MB, readable). */
export async function attachToRequest(
  ctx: Context,
  input: { id: string; kind: RequestAttachment['kind'] },
): Promise<RequestView | null> {
  await requireRequest(ctx.db, input.id);
  const file = await ctx.files.choose({
    title: translate(
      (await getPreferences(ctx)).language,
      input.kind === 'idDocument' ? 'dialog.idDocument' : 'dialog.attachment',
    ),
    extensions: Object.keys(attachmentTypes),
  });
  if (file === null) return null;
  const name = file.name.slice(0, 200);
  const mimeType = attachmentTypes[extensionOf(file.name)];
  if (mimeType === undefined) {
    throw new AppError('VALIDATION', 'error.file.badType', {
      name,
      types: Object.keys(attachmentTypes).join(', '),
    });
  }
  if (file.size > maxAttachmentBytes) {
    throw new AppError('VALIDATION', 'error.file.overLimit', { name, limit: 25 });
  }
  let content: Uint8Array;
  try {
    content = await file.read();
  } catch (error) {
    throw new AppError('VALIDATION', 'error.file.unreadable', {
      name,
      detail: (error as Error).message,
    });
  }
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireRequest(trx, input.id);
    const id = newId(now);
    await insertAttachment(trx, {
      id,
      fileName: file.name.slice(0, 255),
      mimeType,
      size: content.length,
      sha256: sha256Hex(content),
      attachedAt: now.toISOString(),
      content,
    });
    await linkRequestAttachment(trx, input.id, id, input.kind);
    await insertRequestEvent(trx, input.id, {
      at: now.toISOString(),
      actor: ctx.actor,
      kind: 'attachmentAdded',
      data: { fileName: file.name.slice(0, 255), kind: input.kind },
    });
    const after = { ...before, attachments: await requestAttachments(trx, input.id) };
    await audit(trx, ctx, now, input.id, 'update', before, after);
    return view(ctx, trx, after);
  });
}

async function requireAttachment(db: Kysely<Database>, requestId: string, attachmentId: string) {
  const linked = await db
    .selectFrom('request_attachment')
    .select('attachment_id')
    .where('request_id', '=', requestId)
    .where('attachment_id', '=', attachmentId)
    .executeTakeFirst();
  const stored = linked === undefined ? null : await getAttachment(db, attachmentId);
  if (stored === null) throw new AppError('NOT_FOUND', 'error.request.attachmentNotFound');
  return stored;
}

export async function openRequestAttachment(
  ctx: Context,
  input: { id: string; attachmentId: string },
): Promise<{ fileName: string }> {
  const stored = await requireAttachment(ctx.db, input.id, input.attachmentId);
  await ctx.files.open({
    fileName: stored.fileName,
    mimeType: stored.mimeType,
    content: stored.content,
    ownerId: input.id,
  });
  return { fileName: stored.fileName };
}

export function removeRequestAttachment(
  ctx: Context,
  input: { id: string; attachmentId: string },
): Promise<RequestView> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireRequest(trx, input.id);
    const stored = await requireAttachment(trx, input.id, input.attachmentId);
    await deleteAttachment(trx, input.attachmentId);
    await insertRequestEvent(trx, input.id, {
      at: now.toISOString(),
      actor: ctx.actor,
      kind: 'attachmentRemoved',
      data: { fileName: stored.fileName },
    });
    const after = { ...before, attachments: await requestAttachments(trx, input.id) };
    await audit(trx, ctx, now, input.id, 'update', before, after);
    return view(ctx, trx, after);
  });
}

export function listSuppression(ctx: Context): Promise<SuppressionEntry[]> {
  return listSuppressionEntries(ctx.db);
}

/**
 * Erases a person from the suppression list (they asked to be forgotten entirely, or the entry
 * was a mistake): the entry leaves the file's bytes; the journal keeps which entry, by its source
 * request's reference.
 */
export async function eraseSuppressionEntry(
  ctx: Context,
  id: string,
): Promise<{ sourceReference: string; erasureComplete: boolean }> {
  const now = ctx.clock();
  const erased = await transact(ctx, async (trx) => {
    const entry = (await listSuppressionEntries(trx)).find((e) => e.id === id);
    if (entry === undefined) {
      throw new AppError('NOT_FOUND', 'error.request.notSuppressed');
    }
    await deleteSuppressionEntry(trx, id);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'suppression_entry',
      entityId: id,
      action: 'delete',
      before: { id, addedOn: entry.addedOn, sourceReference: entry.sourceReference, erased: true },
      after: null,
    });
    return { sourceReference: entry.sourceReference };
  });
  return { ...erased, erasureComplete: await completeErasure(ctx) };
}

/** A spreadsheet cell that no program will ever evaluate as a formula (OWASP CSV injection). */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/**
 * The suppression list as CSV (UTF-8 with BOM, `;` as French spreadsheets expect). Its use is to
 * be matched against a dialer's call list: phones in the two forms dialers write (E.164 digits
 * without « + », French national ten digits), emails in lower case; a phone that cannot be read is kept as typed in the last column.
 */
export async function suppressionCsv(ctx: Context): Promise<string> {
  const entries = await listSuppressionEntries(ctx.db);
  const lines = [
    [
      'Nom',
      'Courriel',
      'Téléphone international (E.164 sans +)',
      'Téléphone national',
      'Inscrit le',
      'Demande',
      'Téléphone non reconnu',
    ].join(';'),
    ...entries.map((entry) => {
      const phone = dialerForms(entry.phone);
      return [
        entry.name,
        entry.email.trim().toLowerCase(),
        phone.international,
        phone.national,
        entry.addedOn,
        entry.sourceReference,
        phone.international === '' ? entry.phone : '',
      ]
        .map(csvCell)
        .join(';');
    }),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function exportSuppressionCsv(
  ctx: Context,
): Promise<{ saved: boolean; name: string; count: number }> {
  const text = await suppressionCsv(ctx);
  const count = (await listSuppressionEntries(ctx.db)).length;
  const result = await ctx.files.save({
    fileName: `liste-opposition-prospection-${todayOf(ctx)}.csv`,
    mimeType: 'text/csv',
    content: new TextEncoder().encode(text),
  });
  return { ...result, count };
}
