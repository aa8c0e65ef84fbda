import { sql } from 'kysely';
import { defineMigration } from './define';

/**
 * The register of processing activities (Art. 30(1) and 30(2)) and the client companies of the
 * processor register. Columns hold what the list filters and sorts on; the record's sections are
 * one JSON document validated by the shared schema at every boundary.
 */
export const migration0004 = defineMigration(4, async (trx) => {
  await trx.schema
    .createTable('client')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('address', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('contact_name', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('contact_email', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('contact_phone', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('dpo_contact', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('notes', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();

  await trx.schema
    .createTable('processing_activity')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('reference', 'text', (col) => col.notNull().unique())
    .addColumn('register', 'text', (col) =>
      col.notNull().check(sql`register in ('controller', 'processor')`),
    )
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('draft', 'active', 'archived')`),
    )
    .addColumn('status_before_archive', 'text')
    .addColumn('main_purpose', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('owner_service', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('legal_bases', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('has_sensitive_data', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('dpia_needed', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('dpia_status', 'text', (col) => col.notNull())
    .addColumn('missing_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('search_text', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('details_json', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('processing_activity_by_register')
    .on('processing_activity')
    .columns(['register', 'reference'])
    .execute();

  await trx.schema
    .createTable('activity_client')
    .addColumn('activity_id', 'text', (col) =>
      col.notNull().references('processing_activity.id').onDelete('cascade'),
    )
    .addColumn('client_id', 'text', (col) =>
      col.notNull().references('client.id').onDelete('restrict'),
    )
    .addPrimaryKeyConstraint('activity_client_pk', ['activity_id', 'client_id'])
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('activity_client_by_client')
    .on('activity_client')
    .column('client_id')
    .execute();
});
