import { sql } from 'kysely';
import { defineMigration } from './define';

/**
 * Rights requests with their timeline, attachments and links to the register, and the
 * suppression list of people who objected to direct marketing. Indexed for a list of 100,000.
 */
export const migration0006 = defineMigration(6, async (trx) => {
  await trx.schema
    .createTable('rights_request')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('reference', 'text', (col) => col.notNull().unique())
    .addColumn('received_on', 'text', (col) => col.notNull())
    .addColumn('requester_name', 'text', (col) => col.notNull())
    .addColumn('rights', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`status in ('received', 'awaitingIdentity', 'inProgress', 'answered', 'closed', 'withdrawn')`,
        ),
    )
    .addColumn('is_open', 'integer', (col) => col.notNull())
    .addColumn('suspended', 'integer', (col) => col.notNull())
    .addColumn('due_on', 'text', (col) => col.notNull())
    .addColumn('extension_months', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('details_json', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('rights_request_received')
    .on('rights_request')
    .columns(['received_on', 'reference'])
    .execute();
  await trx.schema
    .createIndex('rights_request_due')
    .on('rights_request')
    .columns(['is_open', 'suspended', 'due_on'])
    .execute();
  await trx.schema
    .createIndex('rights_request_due_on')
    .on('rights_request')
    .columns(['due_on', 'reference'])
    .execute();
  await trx.schema
    .createIndex('rights_request_status')
    .on('rights_request')
    .columns(['status', 'received_on'])
    .execute();

  // Free text on reference and names stays fast at 100,000 requests: a trigram index finds any
  // part of a word, kept in step with the table by triggers.
  await sql`create virtual table rights_request_fts using fts5(search_text, content='rights_request', content_rowid='rowid', tokenize='trigram')`.execute(
    trx,
  );
  await sql`create trigger rights_request_fts_insert after insert on rights_request begin
    insert into rights_request_fts (rowid, search_text) values (new.rowid, new.search_text);
  end`.execute(trx);
  await sql`create trigger rights_request_fts_delete after delete on rights_request begin
    insert into rights_request_fts (rights_request_fts, rowid, search_text) values ('delete', old.rowid, old.search_text);
  end`.execute(trx);
  await sql`create trigger rights_request_fts_update after update of search_text on rights_request begin
    insert into rights_request_fts (rights_request_fts, rowid, search_text) values ('delete', old.rowid, old.search_text);
    insert into rights_request_fts (rowid, search_text) values (new.rowid, new.search_text);
  end`.execute(trx);

  await trx.schema
    .createTable('request_activity')
    .addColumn('request_id', 'text', (col) =>
      col.notNull().references('rights_request.id').onDelete('cascade'),
    )
    .addColumn('activity_id', 'text', (col) =>
      col.notNull().references('processing_activity.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('request_activity_pk', ['request_id', 'activity_id'])
    .modifyEnd(sql`strict`)
    .execute();

  await trx.schema
    .createTable('request_attachment')
    .addColumn('request_id', 'text', (col) =>
      col.notNull().references('rights_request.id').onDelete('cascade'),
    )
    .addColumn('attachment_id', 'text', (col) =>
      col.notNull().references('attachment.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('idDocument', 'other')`))
    .addPrimaryKeyConstraint('request_attachment_pk', ['request_id', 'attachment_id'])
    .modifyEnd(sql`strict`)
    .execute();

  await trx.schema
    .createTable('request_event')
    .addColumn('seq', 'integer', (col) => col.primaryKey())
    .addColumn('request_id', 'text', (col) =>
      col.notNull().references('rights_request.id').onDelete('cascade'),
    )
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('data_json', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
  await trx.schema
    .createIndex('request_event_by_request')
    .on('request_event')
    .columns(['request_id', 'seq'])
    .execute();

  await trx.schema
    .createTable('suppression_entry')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('phone', 'text', (col) => col.notNull())
    .addColumn('added_on', 'text', (col) => col.notNull())
    .addColumn('source_request_id', 'text', (col) =>
      col.references('rights_request.id').onDelete('set null'),
    )
    .addColumn('source_reference', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .modifyEnd(sql`strict`)
    .execute();
});
