import type { Kysely } from 'kysely';
import type {
  RetentionAction,
  RetentionActionFields,
  RetentionRule,
  RetentionRuleFields,
  TrackedItemFields,
} from '../shared/schemas/retention';
import type { Database } from './schema';

type RuleDetails = Omit<RetentionRuleFields, 'activityId' | 'label'>;
type ItemDetails = Omit<TrackedItemFields, 'name' | 'ruleId'>;
type ActionDetails = Omit<RetentionActionFields, 'trackedItemId' | 'action' | 'doneOn'>;

export interface StoredItem extends TrackedItemFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export async function listRules(db: Kysely<Database>): Promise<RetentionRule[]> {
  const rows = await db
    .selectFrom('retention_rule')
    .selectAll()
    .orderBy('label')
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const details = JSON.parse(row.details_json) as RuleDetails;
    return {
      id: row.id,
      activityId: row.activity_id,
      label: row.label,
      dataCategory: details.dataCategory,
      startEvent: details.startEvent,
      startEventText: details.startEventText,
      activePeriod: details.activePeriod,
      archivePeriod: details.archivePeriod,
      finalAction: details.finalAction,
      legalSource: details.legalSource,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

export async function putRule(
  trx: Kysely<Database>,
  rule: RetentionRule,
  insert: boolean,
): Promise<void> {
  const { id, activityId, label, createdAt, updatedAt, ...details } = rule;
  const columns = {
    activity_id: activityId,
    label,
    details_json: JSON.stringify(details),
    created_at: createdAt,
    updated_at: updatedAt,
  };
  if (insert)
    await trx
      .insertInto('retention_rule')
      .values({ id, ...columns })
      .execute();
  else await trx.updateTable('retention_rule').set(columns).where('id', '=', id).execute();
}

export async function deleteRuleRow(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('retention_rule').where('id', '=', id).execute();
}

export async function listStoredItems(db: Kysely<Database>): Promise<StoredItem[]> {
  const rows = await db
    .selectFrom('tracked_item')
    .selectAll()
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const details = JSON.parse(row.details_json) as ItemDetails;
    return {
      id: row.id,
      ruleId: row.rule_id,
      name: row.name,
      kind: details.kind,
      referenceDate: details.referenceDate,
      reviewPeriod: details.reviewPeriod,
      archiveOnOverride: details.archiveOnOverride,
      deleteOnOverride: details.deleteOnOverride,
      notes: details.notes,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

export async function putItem(
  trx: Kysely<Database>,
  item: StoredItem,
  insert: boolean,
): Promise<void> {
  const { id, ruleId, name, createdAt, updatedAt, ...details } = item;
  const columns = {
    rule_id: ruleId,
    name,
    details_json: JSON.stringify(details),
    created_at: createdAt,
    updated_at: updatedAt,
  };
  if (insert)
    await trx
      .insertInto('tracked_item')
      .values({ id, ...columns })
      .execute();
  else await trx.updateTable('tracked_item').set(columns).where('id', '=', id).execute();
}

export async function deleteItemRow(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('tracked_item').where('id', '=', id).execute();
}

export async function listActions(db: Kysely<Database>): Promise<RetentionAction[]> {
  const rows = await db
    .selectFrom('retention_action')
    .selectAll()
    .orderBy('done_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const details = JSON.parse(row.details_json) as ActionDetails;
    return {
      id: row.id,
      trackedItemId: row.tracked_item_id,
      action: row.action as RetentionAction['action'],
      doneOn: row.done_on,
      records: details.records,
      method: details.method,
      what: details.what,
      note: details.note,
      actor: row.actor,
      createdAt: row.created_at,
    };
  });
}

export async function insertAction(trx: Kysely<Database>, action: RetentionAction): Promise<void> {
  const { id, trackedItemId, action: kind, doneOn, actor, createdAt, ...details } = action;
  await trx
    .insertInto('retention_action')
    .values({
      id,
      tracked_item_id: trackedItemId,
      action: kind,
      done_on: doneOn,
      details_json: JSON.stringify(details),
      actor,
      created_at: createdAt,
    })
    .execute();
}
