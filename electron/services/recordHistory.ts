import type { Kysely } from 'kysely';
import { listAuditEntries } from '../../db/audit';
import type { Database } from '../../db/schema';
import { diffFields } from '../../shared/diff';
import type { HistoryEntry } from '../../shared/history';

/**
 * A record's History tab from the journal: each change field by field, newest first. A record
 * with no entry is asked for (`requireRecord`), so an unknown id is refused, not shown empty.
 */
export async function recordHistory(
  db: Kysely<Database>,
  entity: string,
  id: string,
  requireRecord: (db: Kysely<Database>, id: string) => Promise<unknown>,
): Promise<HistoryEntry[]> {
  const entries = await listAuditEntries(db, { entity, entityId: id });
  if (entries.length === 0) await requireRecord(db, id);
  return entries
    .map((entry) => ({
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      changes: diffFields(entry.before, entry.after, ['updatedAt', 'createdAt', 'id']),
    }))
    .reverse();
}
