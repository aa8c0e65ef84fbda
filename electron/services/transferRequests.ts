/**
 * The requests of the transfer document: the query that reads them with their links, files and
 * timeline, and the text each becomes. Shared by the export and its formatting thread.
 */
import { sql } from 'kysely';
import { toRequest } from '../../db/requests';
import type { RequestAttachment, RequestEventKind } from '../../shared/schemas/request';
import type { Context } from './context';
import type { TransferRequest } from './transferDocument';

/**
 * The text `JSON.stringify(document, null, 2)` gives, one record at a time: a value nested at
 * `depth` is its own indented text shifted right (its line breaks are all structural: those in
 * strings are escaped).
 */
export function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/** One request row with its links, files and timeline gathered by SQLite, in reference order. */
export function requestRowsQuery(ctx: Context) {
  return ctx.db
    .selectFrom('rights_request')
    .selectAll('rights_request')
    .select([
      sql<string>`(select json_group_array(activity_id order by activity_id) from request_activity
        where request_id = rights_request.id)`.as('activityIdsJson'),
      sql<string>`(select json_group_array(json_object('id', a.id, 'kind', ra.kind,
          'fileName', a.file_name, 'size', a.size, 'sha256', a.sha256, 'attachedAt', a.created_at)
          order by a.id)
        from request_attachment ra join attachment a on a.id = ra.attachment_id
        where ra.request_id = rights_request.id)`.as('attachmentsJson'),
      sql<string>`(select json_group_array(json_array(at, actor, kind, data_json) order by seq)
        from request_event where request_id = rights_request.id)`.as('eventsJson'),
    ])
    .orderBy('reference');
}

export type RequestRow = Awaited<
  ReturnType<ReturnType<typeof requestRowsQuery>['executeTakeFirstOrThrow']>
>;

export function toTransferRequest(row: RequestRow, attachmentIds: string[]): TransferRequest {
  const attachments = JSON.parse(row.attachmentsJson) as RequestAttachment[];
  for (const attachment of attachments) attachmentIds.push(attachment.id);
  const events = (JSON.parse(row.eventsJson) as [string, string, string, string][]).map(
    ([at, actor, kind, data]) => ({
      at,
      actor,
      kind: kind as RequestEventKind,
      data: JSON.parse(data) as TransferRequest['events'][number]['data'],
    }),
  );
  return {
    ...toRequest(row, JSON.parse(row.activityIdsJson) as string[], attachments),
    events,
  };
}

/** Records after the first of a list, each on its own line, as the document writes them. */
export const recordSeparator = ',\n    ';

/**
 * Request rows as the text of consecutive records of the document's list (separators between
 * them, none before the first), encoded in UTF-8.
 */
export function requestRecordsText(
  rows: RequestRow[],
  attachmentIds: string[],
): { bytes: Uint8Array<ArrayBuffer>; length: number } {
  let bytes = new Uint8Array(1 << 18);
  let length = 0;
  for (const [index, row] of rows.entries()) {
    const text = `${index === 0 ? '' : recordSeparator}${nested(toTransferRequest(row, attachmentIds), 2)}`;
    // Each record is encoded on its own: one text per batch costs more to build and encode.
    for (;;) {
      const { read, written } = utf8.encodeInto(text, bytes.subarray(length));
      if (read === text.length) {
        length += written;
        break;
      }
      const larger = new Uint8Array(bytes.length * 2);
      larger.set(bytes.subarray(0, length));
      bytes = larger;
    }
  }
  return { bytes, length };
}

const utf8 = new TextEncoder();
