import { sql } from 'kysely';
import { defineMigration } from './define';

/**
 * The people to tell of a breach (Art. 34), imported from the DPO's list and kept only until they
 * have been told: erased with the list (secure_delete wipes the pages), or with the breach.
 */
export const migration0014 = defineMigration(14, async (trx) => {
  await trx.schema
    .createTable('breach_person')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('breach_id', 'text', (col) =>
      col.notNull().references('breach.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('address', 'text', (col) => col.notNull())
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('breach_person_by_breach')
    .on('breach_person')
    .columns(['breach_id', 'position'])
    .execute();
});
