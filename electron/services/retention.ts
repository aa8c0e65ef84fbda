import type { Kysely } from 'kysely';
import { insertAuditEntry } from '../../db/audit';
import { newId } from '../../db/ids';
import {
  deleteItemRow,
  deleteRuleRow,
  insertAction,
  listActions,
  listRules,
  listStoredItems,
  putItem,
  putRule,
  type StoredItem,
} from '../../db/retention';
import type { Database } from '../../db/schema';
import { AppError } from '../../shared/errors';
import type { MessageKey } from '../../shared/i18n';
import { scheduleOf } from '../../shared/retention/schedule';
import type {
  RetentionAction,
  RetentionActionFields,
  RetentionRule,
  RetentionRuleFields,
  TrackedItem,
  TrackedItemFields,
} from '../../shared/schemas/retention';
import type { Context } from './context';
import { todayOf } from './requests';
import { transact } from './transact';

function invalid(path: string, messageKey: string, reason: MessageKey): AppError {
  return new AppError(
    'VALIDATION',
    'error.notSaved',
    undefined,
    { fields: [{ path, messageKey }] },
    { reason: [{ key: reason }] },
  );
}

export function listRetentionRules(ctx: Context): Promise<RetentionRule[]> {
  return listRules(ctx.db);
}

/** Tracked items with their dates computed from their rule and the proof recorded so far. */
export async function trackedItems(db: Kysely<Database>): Promise<TrackedItem[]> {
  const rules = new Map((await listRules(db)).map((rule) => [rule.id, rule]));
  const actions = await listActions(db);
  return (await listStoredItems(db)).flatMap((item) => {
    const rule = rules.get(item.ruleId);
    if (rule === undefined) return [];
    const own = actions.filter((action) => action.trackedItemId === item.id);
    return [{ ...item, ...scheduleOf(item, rule, own), actions: own }];
  });
}

export function listTrackedItems(ctx: Context): Promise<TrackedItem[]> {
  return trackedItems(ctx.db);
}

export function saveRule(
  ctx: Context,
  input: { id?: string | undefined; rule: RetentionRuleFields },
): Promise<RetentionRule> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    if (input.rule.activityId !== null) {
      const found = await trx
        .selectFrom('processing_activity')
        .select('id')
        .where('id', '=', input.rule.activityId)
        .executeTakeFirst();
      if (found === undefined)
        throw invalid(
          'activityId',
          'validation.unknownActivity',
          'error.retention.unknownActivity',
        );
    }
    const before =
      input.id === undefined
        ? null
        : ((await listRules(trx)).find((r) => r.id === input.id) ?? null);
    if (input.id !== undefined && before === null)
      throw new AppError('NOT_FOUND', 'error.retention.ruleNotFound');
    const after: RetentionRule = {
      ...input.rule,
      id: before?.id ?? newId(now),
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await putRule(trx, after, before === null);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'retention_rule',
      entityId: after.id,
      action: before === null ? 'create' : 'update',
      before,
      after,
    });
    return after;
  });
}

/** Refused while datasets are still followed with the rule: they are named. */
export function deleteRule(ctx: Context, id: string): Promise<{ id: string }> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = (await listRules(trx)).find((r) => r.id === id);
    if (before === undefined) throw new AppError('NOT_FOUND', 'error.retention.ruleNotFound');
    const users = (await listStoredItems(trx)).filter((item) => item.ruleId === id);
    if (users.length > 0) {
      throw new AppError('CONFLICT', 'error.retention.ruleInUse', {
        rule: before.label,
        items: users.map((u) => u.name).join(', '),
      });
    }
    await deleteRuleRow(trx, id);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'retention_rule',
      entityId: id,
      action: 'delete',
      before,
      after: null,
    });
    return { id };
  });
}

export function saveTrackedItem(
  ctx: Context,
  input: { id?: string | undefined; item: TrackedItemFields },
): Promise<TrackedItem> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    if (!(await listRules(trx)).some((rule) => rule.id === input.item.ruleId)) {
      throw invalid('ruleId', 'validation.invalid', 'error.retention.unknownRule');
    }
    const stored = await listStoredItems(trx);
    const before = input.id === undefined ? null : (stored.find((i) => i.id === input.id) ?? null);
    if (input.id !== undefined && before === null)
      throw new AppError('NOT_FOUND', 'error.retention.itemNotFound');
    const after: StoredItem = {
      ...input.item,
      id: before?.id ?? newId(now),
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await putItem(trx, after, before === null);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'tracked_item',
      entityId: after.id,
      action: before === null ? 'create' : 'update',
      before,
      after,
    });
    const full = (await trackedItems(trx)).find((i) => i.id === after.id);
    if (full === undefined) throw new AppError('INTERNAL', 'error.retention.itemLost');
    return full;
  });
}

export function deleteTrackedItem(ctx: Context, id: string): Promise<{ id: string }> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = (await listStoredItems(trx)).find((i) => i.id === id);
    if (before === undefined) throw new AppError('NOT_FOUND', 'error.retention.itemNotFound');
    await deleteItemRow(trx, id);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'tracked_item',
      entityId: id,
      action: 'delete',
      before,
      after: null,
    });
    return { id };
  });
}

/** Records a purge, an archiving or a review as done: the proof an auditor will ask for. */
export function recordRetentionAction(
  ctx: Context,
  fields: RetentionActionFields,
): Promise<TrackedItem> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    if (fields.doneOn > todayOf(ctx)) {
      throw invalid('doneOn', 'validation.futureDate', 'error.retention.futurePurge');
    }
    const item = (await listStoredItems(trx)).find((i) => i.id === fields.trackedItemId);
    if (item === undefined) throw new AppError('NOT_FOUND', 'error.retention.itemNotFound');
    if (fields.doneOn < item.referenceDate) {
      throw invalid('doneOn', 'validation.beforeReference', 'error.retention.beforeReference');
    }
    const action: RetentionAction = {
      ...fields,
      id: newId(now),
      actor: ctx.actor,
      createdAt: now.toISOString(),
    };
    await insertAction(trx, action);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'retention_action',
      entityId: action.id,
      action: 'create',
      before: null,
      after: action,
    });
    const full = (await trackedItems(trx)).find((i) => i.id === item.id);
    if (full === undefined) throw new AppError('INTERNAL', 'error.retention.itemLost');
    return full;
  });
}

export async function listRetentionActions(ctx: Context): Promise<RetentionAction[]> {
  return listActions(ctx.db);
}
