import { sql } from 'kysely';
import { defineMigration } from './define';

/**
 * Every register export made, kept as evidence (Art. 5(2)): when, who, what kind, which quarter,
 * how many of each thing it held, the file name and its SHA-256, and a snapshot of the register
 * (each activity's reference, name and fingerprint) to compare two exports.
 */
export const migration0009 = defineMigration(9, async (trx) => {
  await trx.schema
    .createTable('register_export')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('made_at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('xlsx', 'pdf')`))
    .addColumn('quarter', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('counts_json', 'text', (col) => col.notNull())
    .addColumn('snapshot_json', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('register_export_by_date')
    .on('register_export')
    .column('made_at')
    .execute();
});
