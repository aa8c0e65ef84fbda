import { sql } from 'kysely';
import { defineMigration } from './define';

/** The audit journal: who changed what, when, with the state before and after. */
export const migration0001 = defineMigration(1, async (trx) => {
  await trx.schema
    .createTable('audit_entry')
    // The rowid gives the order of writes, even within one millisecond.
    .addColumn('seq', 'integer', (col) => col.primaryKey())
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) =>
      col.notNull().check(sql`action in ('create', 'update', 'delete')`),
    )
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('audit_entry_by_entity')
    .on('audit_entry')
    .columns(['entity', 'entity_id', 'at'])
    .execute();
});
