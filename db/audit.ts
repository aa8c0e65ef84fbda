import type { Kysely } from 'kysely';
import { newId } from './ids';
import type { AuditEntryRow, Database } from './schema';

export type AuditAction = 'create' | 'update' | 'delete';

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
}

export interface NewAuditEntry {
  at: Date;
  actor: string;
  entity: string;
  entityId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
}

function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function toAuditEntry(row: AuditEntryRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action as AuditAction,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
  };
}

/** Call inside the transaction of the change it records. */
export async function insertAuditEntry(trx: Kysely<Database>, entry: NewAuditEntry): Promise<void> {
  await trx
    .insertInto('audit_entry')
    .values({
      id: newId(entry.at),
      at: entry.at.toISOString(),
      actor: entry.actor,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before_json: toJson(entry.before),
      after_json: toJson(entry.after),
    })
    .execute();
}

export async function listAuditEntries(
  db: Kysely<Database>,
  filter: { entity?: string; entityId?: string } = {},
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_entry').selectAll();
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  const rows = await query.orderBy('seq').execute();
  return rows.map(toAuditEntry);
}
