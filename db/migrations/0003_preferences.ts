import { sql } from 'kysely';
import { defineMigration } from './define';

/** User preferences kept with the data (interface language...), so they follow the file. */
export const migration0003 = defineMigration(3, async (trx) => {
  await trx.schema
    .createTable('preference')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
});
