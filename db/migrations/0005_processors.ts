import { sql } from 'kysely';
import { defineMigration } from './define';

/**
 * Processors and recipients with their Art. 28 contract, the documents attached to them (kept
 * inside the database), and the links between the register and the processors.
 */
export const migration0005 = defineMigration(5, async (trx) => {
  await trx.schema
    .createTable('attachment')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('mime_type', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('content', 'blob', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();

  await trx.schema
    .createTable('processor')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('country', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('contract_status', 'text', (col) =>
      col.notNull().check(sql`contract_status in ('none', 'negotiation', 'signed', 'expired')`),
    )
    .addColumn('contract_review_on', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('parent_id', 'text', (col) => col.references('processor.id').onDelete('set null'))
    .addColumn('contract_document_id', 'text', (col) =>
      col.references('attachment.id').onDelete('set null'),
    )
    .addColumn('search_text', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('details_json', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();

  await trx.schema
    .createTable('activity_processor')
    .addColumn('activity_id', 'text', (col) =>
      col.notNull().references('processing_activity.id').onDelete('cascade'),
    )
    .addColumn('processor_id', 'text', (col) =>
      col.notNull().references('processor.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('activity_processor_pk', ['activity_id', 'processor_id'])
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('activity_processor_by_processor')
    .on('activity_processor')
    .column('processor_id')
    .execute();
});
