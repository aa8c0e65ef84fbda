import { sql } from 'kysely';
import { defineMigration } from './define';

/** The organisation (controller) and its DPO: a single row. */
export const migration0002 = defineMigration(2, async (trx) => {
  let table = trx.schema
    .createTable('organisation_settings')
    .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`));
  for (const column of [
    'legal_name',
    'legal_form',
    'siren',
    'address',
    'representative',
    'dpo_name',
    'dpo_email',
    'dpo_phone',
    'dpo_address',
    'dpo_cnil_number',
    'letter_place',
  ]) {
    table = table.addColumn(column, 'text', (col) => col.notNull().defaultTo(''));
  }
  await table
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
});
