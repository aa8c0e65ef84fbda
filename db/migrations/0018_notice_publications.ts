import { sql } from 'kysely';
import { defineMigration } from './define';

/**
 * Each publication of a notice (privacy notice, cookie policy): its version per notice and
 * language, the file as published with its SHA-256 and the model it was written from (checked
 * JSON), so that the website's text can be proved and two versions compared.
 */
export const migration0018 = defineMigration(18, async (trx) => {
  await trx.schema
    .createTable('notice_publication')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('privacy', 'cookies')`))
    .addColumn('language', 'text', (col) => col.notNull().check(sql`language in ('fr', 'en')`))
    .addColumn('version', 'integer', (col) => col.notNull().check(sql`version >= 1`))
    .addColumn('published_at', 'text', (col) => col.notNull())
    .addColumn('published_on', 'text', (col) => col.notNull())
    .addColumn('format', 'text', (col) =>
      col.notNull().check(sql`format in ('html', 'pdf', 'docx')`),
    )
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('content', 'blob', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('document_json', 'text', (col) => col.notNull())
    .addColumn('published_by', 'text', (col) => col.notNull())
    .addUniqueConstraint('notice_publication_version', ['kind', 'language', 'version'])
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('notice_publication_by_kind')
    .on('notice_publication')
    .columns(['kind', 'published_at'])
    .execute();
});
