import { sql } from 'kysely';
import { defineMigration } from './define';

/** Retention rules, the datasets and reviews followed with them, and the proof of each purge. */
export const migration0008 = defineMigration(8, async (trx) => {
  await trx.schema
    .createTable('retention_rule')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('activity_id', 'text', (col) =>
      col.references('processing_activity.id').onDelete('cascade'),
    )
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('details_json', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('retention_rule_by_activity')
    .on('retention_rule')
    .column('activity_id')
    .execute();

  await trx.schema
    .createTable('tracked_item')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('rule_id', 'text', (col) =>
      col.notNull().references('retention_rule.id').onDelete('restrict'),
    )
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('details_json', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();

  await trx.schema
    .createTable('retention_action')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tracked_item_id', 'text', (col) =>
      col.notNull().references('tracked_item.id').onDelete('cascade'),
    )
    .addColumn('action', 'text', (col) =>
      col.notNull().check(sql`action in ('archive', 'purge', 'review')`),
    )
    .addColumn('done_on', 'text', (col) => col.notNull())
    .addColumn('details_json', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('retention_action_by_item')
    .on('retention_action')
    .columns(['tracked_item_id', 'done_on'])
    .execute();
});
