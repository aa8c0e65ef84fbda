import { sql, type Kysely } from 'kysely';
import { insertAuditEntry } from '../../db/audit';
import { erasedRequestTrace, scrubRequestJournal } from '../../db/erasure';
import type { Database } from '../../db/schema';
import type { Context } from './context';
import { requestEntity } from './requests';
import { refuse } from './transferDocument';

/*
 * What the streaming import asks the database rather than memory: the records it has written
 * (a million request ids would not fit), and the replaced base.
 */

/** A constraint SQLite refused: a second record with the same id or reference. */
export function isDuplicate(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Every table whose rows the document names by id: one id names one record. */
const idTables = [
  'client',
  'processing_activity',
  'processor',
  'rights_request',
  'suppression_entry',
  'retention_rule',
  'tracked_item',
  'retention_action',
  'breach',
  'cookie',
  'notice_publication',
  'attachment',
] as const;

/** The checks that need every record written: the database holds them, not memory. */
export async function checkWritten(trx: Kysely<Database>): Promise<void> {
  const unknownSource = await trx
    .selectFrom('suppression_entry')
    .select('source_reference')
    .where('source_request_id', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('rights_request')
            .select('rights_request.id')
            .whereRef('rights_request.id', '=', 'suppression_entry.source_request_id'),
        ),
      ),
    )
    .limit(1)
    .executeTakeFirst();
  if (unknownSource !== undefined) {
    refuse(`liste d’opposition : demande ${unknownSource.source_reference} absente du fichier.`);
  }
  const union = sql.join(
    idTables.map((table) => sql`select id from ${sql.table(table)}`),
    sql` union all `,
  );
  const twice = await sql<{
    id: string;
  }>`select id from (${union}) group by id having count(*) > 1 limit 1`.execute(trx);
  const [first] = twice.rows;
  if (first !== undefined) refuse(`l’identifiant ${first.id} désigne deux éléments du fichier.`);
}

/**
 * With `replace`: the requests of the replaced base that the document did not bring back keep in
 * the journal only the trace a delete leaves. Returns how many.
 */
export async function eraseReplacedRequests(ctx: Context, trx: Kysely<Database>, now: Date) {
  let erased = 0;
  let after = 0;
  for (;;) {
    const gone = await sql<{
      seq: number;
      id: string;
      reference: string;
      received_on: string;
      rights: string;
      status: string;
      response_on: string;
    }>`select rowid as seq, id, reference, received_on, rights, status, response_on
       from temp.replaced_request
       where rowid > ${after} and id not in (select id from main.rights_request)
       order by rowid limit 500`.execute(trx);
    if (gone.rows.length === 0) return erased;
    for (const before of gone.rows) {
      after = before.seq;
      await scrubRequestJournal(trx, before.id);
      await insertAuditEntry(trx, {
        at: now,
        actor: ctx.actor,
        entity: requestEntity,
        entityId: before.id,
        action: 'delete',
        before: erasedRequestTrace({
          id: before.id,
          reference: before.reference,
          receivedOn: before.received_on,
          rights: before.rights.trim().split(' ').filter(Boolean),
          status: before.status,
          responseOn: before.response_on,
        }),
        after: null,
      });
      erased += 1;
    }
  }
}

export async function emptyDatabase(trx: Kysely<Database>): Promise<void> {
  // What a delete's trace needs of each request, to write it once the document is read.
  await sql`drop table if exists temp.replaced_request`.execute(trx);
  await sql`create temp table replaced_request as
    select id, reference, received_on, rights, status,
      coalesce(json_extract(details_json, '$.responseOn'), '') as response_on
    from main.rights_request order by reference`.execute(trx);
  await trx.deleteFrom('cookie').execute();
  await trx.deleteFrom('notice_publication').execute();
  await trx.deleteFrom('breach').execute();
  await trx.deleteFrom('notice_paragraph').execute();
  await trx.deleteFrom('retention_action').execute();
  await trx.deleteFrom('tracked_item').execute();
  await trx.deleteFrom('retention_rule').execute();
  await trx.deleteFrom('suppression_entry').execute();
  await trx.deleteFrom('rights_request').execute();
  await trx.deleteFrom('activity_processor').execute();
  await trx.deleteFrom('activity_client').execute();
  await trx.deleteFrom('processing_activity').execute();
  await trx.deleteFrom('processor').execute();
  await trx.deleteFrom('attachment').execute();
  await trx.deleteFrom('client').execute();
  await trx.deleteFrom('organisation_settings').execute();
  await trx.deleteFrom('preference').execute();
}
