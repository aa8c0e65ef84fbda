import { localCalendarDate } from '../../shared/dates';
import type { Kysely } from 'kysely';
import {
  countActivities,
  deleteActivityRow,
  getActivity,
  getStatusBeforeArchive,
  insertActivity,
  listActivitySummaries,
  nextActivityReference,
  replaceActivity,
} from '../../db/activities';
import { insertAuditEntry } from '../../db/audit';
import { getClient } from '../../db/clients';
import { newId } from '../../db/ids';
import { listRules, listStoredItems } from '../../db/retention';
import type { Database } from '../../db/schema';
import { AppError } from '../../shared/errors';
import type { HistoryEntry } from '../../shared/history';
import { maxLength } from '../../shared/limits';
import {
  activityFieldsOf,
  activityInputSchema,
  type ActivityFields,
  type ActivityListFilter,
  type ActivitySummary,
  type ProcessingActivity,
} from '../../shared/schemas/activity';
import type { Context } from './context';
import { recordHistory } from './recordHistory';
import { transact } from './transact';

export const activityEntity = 'processing_activity';

async function requireActivity(db: Kysely<Database>, id: string): Promise<ProcessingActivity> {
  const activity = await getActivity(db, id);
  if (activity === null) {
    throw new AppError('NOT_FOUND', 'error.activity.notFound', { id: id.slice(0, 64) });
  }
  return activity;
}

/** A DPIA marked done was done on its date: that date cannot be tomorrow. */
function checkDpiaDate(fields: ActivityFields, today: string): void {
  if (fields.dpiaStatus === 'done' && fields.dpiaDate > today) {
    throw new AppError(
      'VALIDATION',
      'error.notSaved',
      undefined,
      { fields: [{ path: 'dpiaDate', messageKey: 'validation.futureDate' }] },
      { reason: [{ key: 'error.activity.futureDpia' }] },
    );
  }
}

async function checkClients(db: Kysely<Database>, clientIds: readonly string[]): Promise<void> {
  for (const [index, clientId] of clientIds.entries()) {
    if ((await getClient(db, clientId)) === null) {
      throw new AppError('VALIDATION', 'error.activity.unknownClient', undefined, {
        fields: [{ path: `clientIds.${String(index)}`, messageKey: 'validation.unknownClient' }],
      });
    }
  }
}

async function checkProcessors(
  db: Kysely<Database>,
  processorIds: readonly string[],
): Promise<void> {
  for (const [index, processorId] of processorIds.entries()) {
    const found = await db
      .selectFrom('processor')
      .select('id')
      .where('id', '=', processorId)
      .executeTakeFirst();
    if (found === undefined) {
      throw new AppError('VALIDATION', 'error.activity.unknownProcessor', undefined, {
        fields: [
          { path: `processorIds.${String(index)}`, messageKey: 'validation.unknownProcessor' },
        ],
      });
    }
  }
}

export function listActivities(
  ctx: Context,
  filter: ActivityListFilter,
): Promise<ActivitySummary[]> {
  return listActivitySummaries(ctx.db, filter);
}

export async function getActivityRecord(ctx: Context, id: string): Promise<ProcessingActivity> {
  return requireActivity(ctx.db, id);
}

/** Creates an activity inside `trx` (used by create, duplicate and the example register). */
export async function createActivityIn(
  trx: Kysely<Database>,
  ctx: Context,
  fields: ActivityFields,
  now: Date,
  id: string = newId(now),
): Promise<ProcessingActivity> {
  await checkClients(trx, fields.clientIds);
  await checkProcessors(trx, fields.processorIds);
  const activity: ProcessingActivity = {
    ...fields,
    id,
    reference: await nextActivityReference(trx),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await insertActivity(trx, activity);
  await insertAuditEntry(trx, {
    at: now,
    actor: ctx.actor,
    entity: activityEntity,
    entityId: activity.id,
    action: 'create',
    before: null,
    after: activity,
  });
  return activity;
}

/** With `createId` (made by the form), a create sent again returns the first one's activity. */
export function createActivity(
  ctx: Context,
  fields: ActivityFields,
  createId?: string,
): Promise<ProcessingActivity> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    checkDpiaDate(fields, localCalendarDate(now));
    const earlier = createId === undefined ? null : await getActivity(trx, createId);
    return earlier ?? createActivityIn(trx, ctx, fields, now, createId);
  });
}

async function writeUpdate(
  trx: Kysely<Database>,
  ctx: Context,
  before: ProcessingActivity,
  fields: ActivityFields,
  now: Date,
  statusBeforeArchive: string | null,
): Promise<ProcessingActivity> {
  const after: ProcessingActivity = {
    ...fields,
    id: before.id,
    reference: before.reference,
    createdAt: before.createdAt,
    updatedAt: now.toISOString(),
  };
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
  return after;
}

export function updateActivity(
  ctx: Context,
  input: { id: string; expectedUpdatedAt: string; activity: ActivityFields },
): Promise<ProcessingActivity> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireActivity(trx, input.id);
    if (before.updatedAt !== input.expectedUpdatedAt) {
      throw new AppError(
        'CONFLICT',
        'error.activity.changed',
        { reference: before.reference },
        { changedAt: before.updatedAt },
      );
    }
    checkDpiaDate(input.activity, localCalendarDate(now));
    await checkClients(trx, input.activity.clientIds);
    await checkProcessors(trx, input.activity.processorIds);
    return writeUpdate(trx, ctx, before, input.activity, now, null);
  });
}

export function duplicateActivity(ctx: Context, id: string): Promise<ProcessingActivity> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const source = await requireActivity(trx, id);
    const fields = activityFieldsOf(source);
    const suffix = ' (copie)';
    return createActivityIn(
      trx,
      ctx,
      {
        ...fields,
        name: `${fields.name.slice(0, maxLength.name - suffix.length)}${suffix}`,
        status: 'draft',
      },
      now,
    );
  });
}

export function archiveActivity(ctx: Context, id: string): Promise<ProcessingActivity> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireActivity(trx, id);
    if (before.status === 'archived') return before;
    return writeUpdate(
      trx,
      ctx,
      before,
      { ...activityFieldsOf(before), status: 'archived' },
      now,
      before.status,
    );
  });
}

/** Back to the status it had when archived (a draft stays a draft). */
export function restoreActivity(ctx: Context, id: string): Promise<ProcessingActivity> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireActivity(trx, id);
    if (before.status !== 'archived') return before;
    const previous = await getStatusBeforeArchive(trx, id);
    const candidate: ActivityFields = {
      ...activityFieldsOf(before),
      status: previous === 'active' ? 'active' : 'draft',
    };
    // An activity that no longer passes the rules of an active record comes back as a draft.
    const status = activityInputSchema.safeParse(candidate).success ? candidate.status : 'draft';
    return writeUpdate(trx, ctx, before, { ...candidate, status }, now, null);
  });
}

export function deleteActivity(ctx: Context, id: string): Promise<{ reference: string }> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await requireActivity(trx, id);
    const rules = (await listRules(trx)).filter((rule) => rule.activityId === id);
    const tracked = (await listStoredItems(trx)).filter((item) =>
      rules.some((rule) => rule.id === item.ruleId),
    );
    if (tracked.length > 0) {
      // The tracked datasets carry the proofs of archivings and purges: never deleted in passing.
      throw new AppError(
        'CONFLICT',
        'error.activity.hasTrackedItems',
        {
          reference: before.reference,
          // The names are data, quoted the French way in both languages like the rest of the file.
          rules: rules.map((rule) => `« ${rule.label} »`).join(', '),
          items: tracked.map((item) => `« ${item.name} »`).join(', '),
        },
        {
          reason: 'activityHasTrackedItems',
          rules: rules.map((rule) => rule.label),
          trackedItems: tracked.map((item) => item.name),
        },
      );
    }
    await deleteActivityRow(trx, id);
    for (const rule of rules) {
      // The activity's own rules go with it (the database cascades): each is journaled.
      await insertAuditEntry(trx, {
        at: now,
        actor: ctx.actor,
        entity: 'retention_rule',
        entityId: rule.id,
        action: 'delete',
        before: rule,
        after: null,
      });
    }
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: activityEntity,
      entityId: id,
      action: 'delete',
      before,
      after: null,
    });
    return { reference: before.reference };
  });
}

export function activityHistory(ctx: Context, id: string): Promise<HistoryEntry[]> {
  return recordHistory(ctx.db, activityEntity, id, requireActivity);
}

export function activityCount(ctx: Context): Promise<number> {
  return countActivities(ctx.db);
}
