import { sql, type Kysely, type QueryExecutorProvider, type Transaction } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Wraps a migration body in its own transaction (Kysely does not on SQLite) and records the schema
 * version in `PRAGMA user_version` inside it. If the process dies after the commit but before
 * Kysely records the migration, the next run sees the version and skips the body.
 */
export function defineMigration(
  version: number,
  body: (trx: Transaction<unknown>) => Promise<void>,
): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.transaction().execute(async (trx) => {
        const current = await readUserVersion(trx);
        if (current >= version) return;
        await body(trx);
        await sql.raw(`PRAGMA user_version = ${String(version)}`).execute(trx);
      });
    },
  };
}

export async function readUserVersion(db: QueryExecutorProvider): Promise<number> {
  const result = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
  return result.rows[0]?.user_version ?? 0;
}
