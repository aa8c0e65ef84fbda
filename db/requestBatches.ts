import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { RequestEvent, RightsRequest } from '../shared/schemas/request';
import { rowOf, type RequestColumns } from './requests';
import type { Database } from './schema';

/** A request as an import writes it: its row, links, files and timeline. */
export interface RequestToWrite {
  request: RightsRequest;
  columns: RequestColumns;
  events: RequestEvent[];
}

/** Rows per statement: well under SQLite's limit of bound values (32,766). */
const rowsPerStatement = 1_000;

async function inGroups<T>(rows: T[], write: (group: T[]) => Promise<unknown>): Promise<void> {
  for (let at = 0; at < rows.length; at += rowsPerStatement) {
    await write(rows.slice(at, at + rowsPerStatement));
  }
}

/**
 * Writes new requests a few hundred at a time, one statement per table: an import of a million
 * requests would otherwise spend its time preparing a statement per row. The caller keeps batches
 * under `rowsPerStatement` requests.
 */
export async function insertRequestBatch(
  trx: Kysely<Database>,
  batch: readonly RequestToWrite[],
): Promise<void> {
  if (batch.length === 0) return;
  await trx
    .insertInto('rights_request')
    .values(batch.map(({ request, columns }) => ({ id: request.id, ...rowOf(request, columns) })))
    .execute();
  const links = batch.flatMap(({ request }) =>
    [...new Set(request.activityIds)].map((activityId) => ({
      request_id: request.id,
      activity_id: activityId,
    })),
  );
  await inGroups(links, (group) => trx.insertInto('request_activity').values(group).execute());
  const files = batch.flatMap(({ request }) =>
    request.attachments.map((file) => ({
      request_id: request.id,
      attachment_id: file.id,
      kind: file.kind,
    })),
  );
  await inGroups(files, (group) => trx.insertInto('request_attachment').values(group).execute());
  // In timeline order: `seq` numbers them as they are written.
  const events = batch.flatMap(({ request, events: timeline }) =>
    timeline.map((event) => ({
      request_id: request.id,
      at: event.at,
      actor: event.actor,
      kind: event.kind,
      data_json: JSON.stringify(event.data),
    })),
  );
  await inGroups(events, (group) => trx.insertInto('request_event').values(group).execute());
}

/** Whether a request with this id or reference is already written. */
export async function requestExists(
  trx: Kysely<Database>,
  id: string,
  reference: string,
): Promise<boolean> {
  const row = await trx
    .selectFrom('rights_request')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', id), eb('reference', '=', reference)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The same writes one request at a time with statements prepared once, on the connection of the
 * transaction under way: no statement to prepare (nor to collect) per row.
 */
export function preparedRequestWriter(
  sqlite: BetterSqlite3.Database,
): (item: RequestToWrite) => void {
  const request = sqlite.prepare(
    `insert into rights_request (id, reference, received_on, requester_name, requester_order,
       rights, status, is_open, suspended, due_on, extension_months, search_text, details_json,
       created_at, updated_at)
     values (@id, @reference, @received_on, @requester_name, @requester_order, @rights, @status,
       @is_open, @suspended, @due_on, @extension_months, @search_text, @details_json, @created_at,
       @updated_at)`,
  );
  const link = sqlite.prepare(
    'insert into request_activity (request_id, activity_id) values (?, ?)',
  );
  const file = sqlite.prepare(
    'insert into request_attachment (request_id, attachment_id, kind) values (?, ?, ?)',
  );
  const event = sqlite.prepare(
    'insert into request_event (request_id, at, actor, kind, data_json) values (?, ?, ?, ?, ?)',
  );
  return ({ request: fields, columns, events }) => {
    request.run({ id: fields.id, ...rowOf(fields, columns) });
    for (const activityId of new Set(fields.activityIds)) link.run(fields.id, activityId);
    for (const attached of fields.attachments) file.run(fields.id, attached.id, attached.kind);
    for (const e of events) event.run(fields.id, e.at, e.actor, e.kind, JSON.stringify(e.data));
  };
}
