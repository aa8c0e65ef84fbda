import type { Kysely } from 'kysely';
import type { Database } from './schema';

export async function getPreference(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('preference')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value ?? null;
}

export async function putPreference(
  trx: Kysely<Database>,
  key: string,
  value: string,
): Promise<void> {
  await trx
    .insertInto('preference')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
