import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * For a bulk write of requests (an import): the full-text index is set aside and built whole at
 * the end. Row by row, through its trigger, its cost grows faster than the rows (100,000 requests
 * took 50 s of generated data instead of 15 s; a million, most of an hour). Both ends run in the
 * caller's transaction: a refused import rolls the trigger back with everything else. Returns the
 * step that builds the index and puts the trigger back, to run last (after any deletion).
 */
export async function setFullTextAside(trx: Kysely<Database>): Promise<() => Promise<void>> {
  const { rows } = await sql<{ sql: string }>`select sql from sqlite_schema
    where type = 'trigger' and name = 'rights_request_fts_insert'`.execute(trx);
  const trigger = rows[0]?.sql;
  if (trigger === undefined) return () => Promise.resolve();
  await sql`drop trigger rights_request_fts_insert`.execute(trx);
  return async () => {
    await sql`insert into rights_request_fts (rights_request_fts) values ('rebuild')`.execute(trx);
    await sql.raw(trigger).execute(trx);
  };
}
