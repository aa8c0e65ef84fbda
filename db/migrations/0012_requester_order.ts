import { sql } from 'kysely';
import { foldForSearch } from '../../shared/text';
import { defineMigration } from './define';

/**
 * The requests list sorted by requester in French order: SQLite compares bytes (« Élodie » after
 * « Zoé », « de Villiers » after every capital). A folded copy of the name, indexed, sorts as a
 * reader expects, in SQL, page by page.
 */
export const migration0012 = defineMigration(12, async (trx) => {
  await trx.schema
    .alterTable('rights_request')
    .addColumn('requester_order', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  const rows = await sql<{ id: string; requester_name: string }>`
    select id, requester_name from rights_request`.execute(trx);
  for (const row of rows.rows) {
    await sql`update rights_request set requester_order = ${foldForSearch(row.requester_name)}
      where id = ${row.id}`.execute(trx);
  }
  await sql`create index rights_request_by_requester_order on rights_request (requester_order, reference)`.execute(
    trx,
  );
});
