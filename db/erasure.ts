import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * What the audit journal keeps of a rights request once it is erased: which request, when, what
 * was asked and how it ended; never who asked. The journal stays a true history of the file
 * without keeping the person the erasure was for.
 */
export function erasedRequestTrace(request: unknown): Record<string, unknown> | null {
  if (typeof request !== 'object' || request === null) return null;
  const kept = ['id', 'reference', 'receivedOn', 'rights', 'status', 'responseOn'];
  const trace: Record<string, unknown> = { erased: true };
  for (const key of kept) {
    if (key in request) trace[key] = (request as Record<string, unknown>)[key];
  }
  return trace;
}

const toJson = (value: unknown) => (value === null ? null : JSON.stringify(value));

/**
 * Rewrites the journal entries of a request (its own, and its letters') down to their trace.
 * Call in the transaction that deletes the request.
 */
export async function scrubRequestJournal(trx: Kysely<Database>, requestId: string): Promise<void> {
  const entries = await trx
    .selectFrom('audit_entry')
    .select(['id', 'before_json', 'after_json'])
    .where((eb) =>
      eb.or([
        eb.and([eb('entity', '=', 'rights_request'), eb('entity_id', '=', requestId)]),
        eb.and([
          eb('entity', '=', 'request_letter'),
          eb(sql<string>`json_extract(after_json, '$.requestId')`, '=', requestId),
        ]),
      ]),
    )
    .execute();
  for (const entry of entries) {
    const trace = (json: string | null) =>
      json === null ? null : toJson(erasedRequestTrace(JSON.parse(json) as unknown));
    await trx
      .updateTable('audit_entry')
      .set({ before_json: trace(entry.before_json), after_json: trace(entry.after_json) })
      .where('id', '=', entry.id)
      .execute();
  }
}

/**
 * Makes deleted rows leave the file's bytes: the free-text index drops its deleted entries
 * (FTS5 keeps them in older segments until a merge). Call in the deleting transaction.
 */
export async function compactRequestIndex(trx: Kysely<Database>): Promise<void> {
  await sql`insert into rights_request_fts (rights_request_fts) values ('optimize')`.execute(trx);
}

/**
 * After the deleting transaction: copies the WAL into the file and empties it, so that earlier
 * page images holding the deleted data are gone. Returns false when a reader (an export under
 * way) kept the WAL from being emptied; the next checkpoint finishes the work.
 */
export async function truncateWal(db: Kysely<Database>): Promise<boolean> {
  const result = await sql<{
    busy: number;
  }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  return result.rows[0]?.busy === 0;
}

/**
 * Empties the WAL, retrying while a reader (an export, another window's query) finishes, for at
 * most `budgetMs`. Each attempt gives up at once instead of waiting on the busy handler, which
 * would freeze the process that owns the window.
 */
export async function truncateWalWithin(db: Kysely<Database>, budgetMs: number): Promise<boolean> {
  const deadline = Date.now() + budgetMs;
  for (;;) {
    await sql`pragma busy_timeout = 0`.execute(db);
    let done: boolean;
    try {
      done = await truncateWal(db);
    } finally {
      await sql`pragma busy_timeout = 5000`.execute(db);
    }
    if (done) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
