import { sql } from 'kysely';
import { defineMigration } from './define';

/** Letter templates the DPO edited, and the letters generated for each request. */
export const migration0007 = defineMigration(7, async (trx) => {
  await trx.schema
    .createTable('letter_template')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull().check(sql`language in ('fr', 'en')`))
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('letter_template_pk', ['kind', 'language'])
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createTable('request_letter')
    .addColumn('request_id', 'text', (col) =>
      col.notNull().references('rights_request.id').onDelete('cascade'),
    )
    .addColumn('attachment_id', 'text', (col) =>
      col.notNull().references('attachment.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('request_letter_pk', ['request_id', 'attachment_id'])
    .modifyEnd(sql`strict`)
    .execute();
});
