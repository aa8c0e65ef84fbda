import { sql } from 'kysely';
import { defineMigration } from './define';

/**
 * The breach register (Art. 33(5)): one row per breach with the columns the list filters and
 * sorts on (the deadline as an instant, the risk, the first notification), the record itself as
 * checked JSON, and its links to the register's activities and to processors.
 */
export const migration0013 = defineMigration(13, async (trx) => {
  await trx.schema
    .createTable('breach')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('reference', 'text', (col) => col.notNull().unique())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('aware_at', 'text', (col) => col.notNull())
    .addColumn('due_at', 'text', (col) => col.notNull())
    .addColumn('risk_level', 'text', (col) =>
      col.check(sql`risk_level is null or risk_level in ('none', 'risk', 'highRisk')`),
    )
    .addColumn('notified_at', 'text')
    .addColumn('is_open', 'integer', (col) => col.notNull())
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('details_json', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema.createIndex('breach_by_aware').on('breach').columns(['aware_at']).execute();
  await trx.schema
    .createIndex('breach_by_due')
    .on('breach')
    .columns(['is_open', 'notified_at', 'due_at'])
    .execute();
  for (const [table, column, target] of [
    ['breach_activity', 'activity_id', 'processing_activity.id'],
    ['breach_processor', 'processor_id', 'processor.id'],
  ] as const) {
    await trx.schema
      .createTable(table)
      .addColumn('breach_id', 'text', (col) =>
        col.notNull().references('breach.id').onDelete('cascade'),
      )
      .addColumn(column, 'text', (col) => col.notNull().references(target).onDelete('cascade'))
      .addPrimaryKeyConstraint(`${table}_pk`, ['breach_id', column])
      .modifyEnd(sql`strict`)
      .execute();
  }
});
