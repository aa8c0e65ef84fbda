import { sql } from 'kysely';
import { defineMigration } from './define';

/**
 * The cookie and tracker inventory: one row per cookie with the columns the list sorts on, its
 * provider (a processor or recipient of the register) and its activity, the rest as checked
 * JSON. A deleted provider or activity leaves the cookie without one, which the inventory warns of.
 */
export const migration0016 = defineMigration(16, async (trx) => {
  await trx.schema
    .createTable('cookie')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('provider_id', 'text', (col) => col.references('processor.id').onDelete('set null'))
    .addColumn('activity_id', 'text', (col) =>
      col.references('processing_activity.id').onDelete('set null'),
    )
    .addColumn('category', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`category in ('strictlyNecessary', 'audienceMeasurement', 'functional', 'security', 'thirdPartyAdvertising')`,
        ),
    )
    .addColumn('consent', 'text', (col) =>
      col.notNull().check(sql`consent in ('required', 'exempt')`),
    )
    .addColumn('party', 'text', (col) => col.notNull().check(sql`party in ('first', 'third')`))
    .addColumn('details_json', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('cookie_by_provider')
    .on('cookie')
    .columns(['provider_id'])
    .execute();
  await trx.schema
    .createIndex('cookie_by_activity')
    .on('cookie')
    .columns(['activity_id'])
    .execute();
});
