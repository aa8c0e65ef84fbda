import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { addDays } from '../shared/dates';
import { daysBetween } from '../shared/rights/deadline';
import { rights as allRights, type DeadlineLevel, type Right } from '../shared/rights/vocabulary';
import { soonDays, urgentDays } from '../shared/rights/requestDeadline';
import {
  requestFieldsOf,
  type RequestAttachment,
  type RequestEvent,
  type RequestEventKind,
  type RequestFields,
  type RequestListQuery,
  type RequestPage,
  type RequestSummary,
  type RightsRequest,
  type SuppressionEntry,
} from '../shared/schemas/request';
import { foldForSearch } from '../shared/text';
import type { Database, RightsRequestRow } from './schema';

/** What the list filters on, derived from the record when it is written. */
export interface RequestColumns {
  dueOn: string;
  suspended: boolean;
  isOpen: boolean;
}

type RequestDetails = Omit<
  RequestFields,
  'receivedOn' | 'requesterName' | 'rights' | 'status' | 'activityIds' | 'extensionMonths'
>;

function detailsOf(fields: RequestFields): RequestDetails {
  const {
    receivedOn: _r,
    requesterName: _n,
    rights: _ri,
    status: _s,
    activityIds: _a,
    extensionMonths: _e,
    ...details
  } = fields;
  return details;
}

function rightsColumn(list: readonly Right[]): string {
  return ` ${list.join(' ')} `;
}

function parseRights(text: string): Right[] {
  return text
    .trim()
    .split(' ')
    .filter((value): value is Right => (allRights as readonly string[]).includes(value));
}

/** The row a request is written as (import and benches write many at once). */
export function rowOf(request: RightsRequest, columns: RequestColumns) {
  return {
    reference: request.reference,
    received_on: request.receivedOn,
    requester_name: request.requesterName,
    requester_order: foldForSearch(request.requesterName),
    rights: rightsColumn(request.rights),
    status: request.status,
    is_open: columns.isOpen ? 1 : 0,
    suspended: columns.suspended ? 1 : 0,
    due_on: columns.dueOn,
    extension_months: request.extensionMonths,
    search_text: foldForSearch(
      `${request.reference} ${request.requesterName} ${request.dataSubjectName} ${request.requesterEmail}`,
    ),
    details_json: JSON.stringify(detailsOf(requestFieldsOf(request))),
    created_at: request.createdAt,
    updated_at: request.updatedAt,
  };
}

export async function nextRequestReference(trx: Kysely<Database>, year: string): Promise<string> {
  const prefix = `DSR-${year}-`;
  const row = await trx
    .selectFrom('rights_request')
    .select(
      sql<number | null>`max(cast(substr(reference, ${prefix.length + 1}) as integer))`.as('last'),
    )
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirst();
  return `${prefix}${String((row?.last ?? 0) + 1).padStart(4, '0')}`;
}

async function writeActivityLinks(trx: Kysely<Database>, request: RightsRequest): Promise<void> {
  await trx.deleteFrom('request_activity').where('request_id', '=', request.id).execute();
  const ids = [...new Set(request.activityIds)];
  if (ids.length > 0) {
    await trx
      .insertInto('request_activity')
      .values(ids.map((activityId) => ({ request_id: request.id, activity_id: activityId })))
      .execute();
  }
}

export async function insertRequest(
  trx: Kysely<Database>,
  request: RightsRequest,
  columns: RequestColumns,
): Promise<void> {
  await trx
    .insertInto('rights_request')
    .values({ id: request.id, ...rowOf(request, columns) })
    .execute();
  await writeActivityLinks(trx, request);
}

export async function replaceRequest(
  trx: Kysely<Database>,
  request: RightsRequest,
  columns: RequestColumns,
): Promise<void> {
  await trx
    .updateTable('rights_request')
    .set(rowOf(request, columns))
    .where('id', '=', request.id)
    .execute();
  await writeActivityLinks(trx, request);
}

export async function deleteRequestRow(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('rights_request').where('id', '=', id).execute();
}

export async function requestAttachments(
  db: Kysely<Database>,
  requestId: string,
): Promise<RequestAttachment[]> {
  const rows = await db
    .selectFrom('request_attachment')
    .innerJoin('attachment', 'attachment.id', 'request_attachment.attachment_id')
    .select([
      'attachment.id',
      'request_attachment.kind',
      'attachment.file_name',
      'attachment.size',
      'attachment.sha256',
      'attachment.created_at',
    ])
    .where('request_attachment.request_id', '=', requestId)
    .orderBy('attachment.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as RequestAttachment['kind'],
    fileName: row.file_name,
    size: row.size,
    sha256: row.sha256,
    attachedAt: row.created_at,
  }));
}

/** A row back to the request (the JSON export reads rows one by one). */
export function toRequest(
  row: RightsRequestRow,
  activityIds: string[],
  attachments: RequestAttachment[],
): RightsRequest {
  // Rows written before civilities were recorded lack them.
  const details = JSON.parse(row.details_json) as Omit<
    RequestDetails,
    'requesterCivility' | 'dataSubjectCivility'
  > &
    Partial<Pick<RequestDetails, 'requesterCivility' | 'dataSubjectCivility'>>;
  return {
    id: row.id,
    reference: row.reference,
    receivedOn: row.received_on,
    requesterName: row.requester_name,
    rights: parseRights(row.rights),
    status: row.status as RequestFields['status'],
    activityIds,
    extensionMonths: row.extension_months,
    ...details,
    requesterCivility: details.requesterCivility ?? 'none',
    dataSubjectCivility: details.dataSubjectCivility ?? 'none',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    attachments,
  };
}

export async function getRequest(db: Kysely<Database>, id: string): Promise<RightsRequest | null> {
  const row = await db
    .selectFrom('rights_request')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return null;
  const links = await db
    .selectFrom('request_activity')
    .select('activity_id')
    .where('request_id', '=', id)
    .orderBy('activity_id')
    .execute();
  return toRequest(
    row,
    links.map((link) => link.activity_id),
    await requestAttachments(db, id),
  );
}

/** Every request, whole, in reference order (JSON export). */
export async function listRequests(db: Kysely<Database>): Promise<RightsRequest[]> {
  const rows = await db.selectFrom('rights_request').selectAll().orderBy('reference').execute();
  const links = await db
    .selectFrom('request_activity')
    .selectAll()
    .orderBy('activity_id')
    .execute();
  const byRequest = new Map<string, string[]>();
  for (const link of links) {
    const list = byRequest.get(link.request_id) ?? [];
    list.push(link.activity_id);
    byRequest.set(link.request_id, list);
  }
  const result: RightsRequest[] = [];
  for (const row of rows) {
    result.push(toRequest(row, byRequest.get(row.id) ?? [], await requestAttachments(db, row.id)));
  }
  return result;
}

function levelOf(isOpen: boolean, suspended: boolean, daysLeft: number): DeadlineLevel {
  if (!isOpen) return 'done';
  if (suspended) return 'suspended';
  return daysLeft < 0
    ? 'overdue'
    : daysLeft < urgentDays
      ? 'urgent'
      : daysLeft < soonDays
        ? 'soon'
        : 'ok';
}

const sortColumns = {
  receivedOn: 'received_on',
  dueOn: 'due_on',
  reference: 'reference',
  requesterName: 'requester_order',
  status: 'status',
} as const;

/**
 * Open and waiting for a proof of identity: the condition of the dashboard's kept figure (the
 * triggers of migration request_figures) and of the list it opens, so the two agree.
 */
const awaitingIdentitySql = sql<boolean>`(is_open = 1 and (suspended = 1 or status = 'awaitingIdentity'))`;

/** The count the list starts from when nothing narrows it, kept by triggers (request_figures). */
function keptFigureOf(query: RequestListQuery): 'all' | 'open' | 'awaitingIdentity' | null {
  const narrowed =
    query.status !== undefined ||
    query.right !== undefined ||
    query.overdue === true ||
    query.dueWithinDays !== undefined ||
    query.receivedFrom !== undefined ||
    query.receivedTo !== undefined ||
    (query.text ?? '').trim() !== '';
  if (narrowed) return null;
  if (query.awaitingIdentity === true) return 'awaitingIdentity';
  return query.openOnly === true ? 'open' : 'all';
}

/** A count of requests kept by triggers (request_figures): all, open, waiting for an identity. */
export async function keptRequestCount(
  db: Kysely<Database>,
  name: 'all' | 'open' | 'awaitingIdentity',
): Promise<number> {
  const row = await db
    .selectFrom('request_figure')
    .select('count')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.count ?? 0;
}

/** Matching requests counted past this many only when the page asked for is further on. */
export const countLimit = 1000;

/**
 * How many requests the list holds. A kept figure when nothing narrows the list; otherwise the
 * matching rows are counted up to 1,000 (or to the page asked for) and the list shows « plus de
 * 1 000 »: counting every match of a broad filter among a million rows is what made pages slow.
 */
async function countMatching(
  db: Kysely<Database>,
  base: SelectQueryBuilder<Database, 'rights_request', object>,
  query: RequestListQuery,
  limit: number,
): Promise<{ total: number; moreThanTotal: boolean }> {
  const kept = keptFigureOf(query);
  if (kept !== null) return { total: await keptRequestCount(db, kept), moreThanTotal: false };
  const { found } = await db
    .selectFrom(
      base
        .select(sql<number>`1`.as('one'))
        .limit(limit + 1)
        .as('matching'),
    )
    .select((eb) => eb.fn.countAll<number>().as('found'))
    .executeTakeFirstOrThrow();
  return found > limit
    ? { total: limit, moreThanTotal: true }
    : { total: found, moreThanTotal: false };
}

/** Full-text matches counted before choosing how to search (see listRequestPage). */
const fullTextProbe = 5000;

/** The requests (rowids) the trigram index finds, up to just past fullTextProbe. */
async function fullTextMatches(db: Kysely<Database>, match: string): Promise<number[]> {
  const result = await sql<{ rowid: number }>`select rowid from rights_request_fts
    where rights_request_fts match ${match} limit ${fullTextProbe + 1}`.execute(db);
  return result.rows.map((row) => row.rowid);
}

/** Requests of a period above which sorting them all costs more than reading another index. */
const sortablePeriod = 5000;

/**
 * Whether the list, sorted by something else than the date received, spans a period holding many
 * requests: the kept monthly tally says how many, without counting them.
 */
async function wideReceivedRange(db: Kysely<Database>, query: RequestListQuery): Promise<boolean> {
  if (query.sort === 'receivedOn') return false;
  if (query.receivedFrom === undefined && query.receivedTo === undefined) return false;
  let tally = db
    .selectFrom('request_month_tally')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('count'), sql<number>`0`).as('requests'))
    .where('right', '=', '');
  if (query.receivedFrom !== undefined)
    tally = tally.where('month', '>=', query.receivedFrom.slice(0, 7));
  if (query.receivedTo !== undefined)
    tally = tally.where('month', '<=', query.receivedTo.slice(0, 7));
  const { requests } = await tally.executeTakeFirstOrThrow();
  return requests > sortablePeriod;
}

/** One page of the list: filters, sorting and paging all done by SQLite, on indexed columns. */
export async function listRequestPage(
  db: Kysely<Database>,
  query: RequestListQuery,
  today: string,
): Promise<RequestPage> {
  let base = db.selectFrom('rights_request');
  if (query.status !== undefined) base = base.where('status', '=', query.status);
  if (query.openOnly === true) base = base.where('is_open', '=', 1);
  if (query.right !== undefined) base = base.where('rights', 'like', `% ${query.right} %`);
  if (query.awaitingIdentity === true) base = base.where(awaitingIdentitySql);
  if (query.overdue === true) {
    base = base.where('is_open', '=', 1).where('suspended', '=', 0).where('due_on', '<', today);
  }
  if (query.dueWithinDays !== undefined) {
    base = base
      .where('is_open', '=', 1)
      .where('suspended', '=', 0)
      .where('due_on', '>=', today)
      .where('due_on', '<=', addDays(today, query.dueWithinDays));
  }
  const words = foldForSearch(query.text ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  // Words of three letters or more go through the trigram index when they match few requests;
  // shorter ones, and words found in thousands of requests, are matched as they are while the
  // list is read in its order (a few hundred rows read for a page instead of every match).
  const indexed = words.filter((word) => Array.from(word).length >= 3);
  const match = indexed.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ');
  const found = indexed.length > 0 ? await fullTextMatches(db, match) : null;
  const narrow = found !== null && found.length <= fullTextProbe;
  if (narrow) {
    // The probe's answer is the set: the index is not searched a second time.
    base = base.where(
      sql<boolean>`rowid in (select value from json_each(${JSON.stringify(found)}))`,
    );
  }
  for (const word of narrow ? words.filter((w) => Array.from(w).length < 3) : words) {
    const escaped = word.replace(/[\\%_]/g, (char) => `\\${char}`);
    base = base.where(sql<boolean>`search_text like ${`%${escaped}%`} escape '\\'`);
  }
  // Counted on the date index; read, when the period is wide and sorted otherwise, in the
  // sort's index order with the date checked on each row (see wideReceivedRange).
  let counted = base;
  let read = base;
  const wide = await wideReceivedRange(db, query);
  const received = sql.raw(wide ? '+received_on' : 'received_on');
  if (query.receivedFrom !== undefined) {
    counted = counted.where('received_on', '>=', query.receivedFrom);
    read = read.where(received, '>=', query.receivedFrom);
  }
  if (query.receivedTo !== undefined) {
    counted = counted.where('received_on', '<=', query.receivedTo);
    read = read.where(received, '<=', query.receivedTo);
  }
  // Text alone, found by the index in more requests than the count would stop at: said as is.
  const textOnly =
    keptFigureOf({ ...query, text: undefined }) === 'all' && indexed.length === words.length;
  const limit = Math.max(countLimit, (query.page + 1) * query.pageSize);
  const { total, moreThanTotal } =
    textOnly && found !== null && found.length > limit
      ? { total: limit, moreThanTotal: true }
      : await countMatching(db, counted, query, limit);
  const column = sortColumns[query.sort];
  let sorted = read.orderBy(column, query.direction);
  // References are unique: by reference, no tie to break (a second `reference` term makes SQLite
  // sort what its index already gives in order).
  if (column !== 'reference') sorted = sorted.orderBy('reference', query.direction);
  const rows = await sorted
    .select([
      'id',
      'reference',
      'received_on',
      'requester_name',
      'rights',
      'status',
      'is_open',
      'suspended',
      'due_on',
      'extension_months',
    ])
    .limit(query.pageSize)
    .offset(query.page * query.pageSize)
    .execute();
  const summaries: RequestSummary[] = rows.map((row) => {
    const daysLeft = daysBetween(today, row.due_on);
    const open = row.is_open === 1;
    const suspended = row.suspended === 1;
    return {
      id: row.id,
      reference: row.reference,
      receivedOn: row.received_on,
      requesterName: row.requester_name,
      rights: parseRights(row.rights),
      status: row.status as RequestFields['status'],
      dueOn: row.due_on,
      suspended,
      extensionMonths: row.extension_months,
      daysLeft: open && !suspended ? daysLeft : null,
      level: levelOf(open, suspended, daysLeft),
    };
  });
  return { rows: summaries, total, moreThanTotal, page: query.page, pageSize: query.pageSize };
}

export async function insertRequestEvent(
  trx: Kysely<Database>,
  requestId: string,
  event: RequestEvent,
): Promise<void> {
  await trx
    .insertInto('request_event')
    .values({
      request_id: requestId,
      at: event.at,
      actor: event.actor,
      kind: event.kind,
      data_json: JSON.stringify(event.data),
    })
    .execute();
}

export async function listRequestEvents(
  db: Kysely<Database>,
  requestId: string,
): Promise<RequestEvent[]> {
  const rows = await db
    .selectFrom('request_event')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({
    at: row.at,
    actor: row.actor,
    kind: row.kind as RequestEventKind,
    data: JSON.parse(row.data_json) as RequestEvent['data'],
  }));
}

export async function linkRequestAttachment(
  trx: Kysely<Database>,
  requestId: string,
  attachmentId: string,
  kind: RequestAttachment['kind'],
): Promise<void> {
  await trx
    .insertInto('request_attachment')
    .values({ request_id: requestId, attachment_id: attachmentId, kind })
    .execute();
}

export async function insertSuppressionEntry(
  trx: Kysely<Database>,
  entry: SuppressionEntry & { sourceRequestId: string | null; createdAt: string },
): Promise<void> {
  await trx
    .insertInto('suppression_entry')
    .values({
      id: entry.id,
      name: entry.name,
      email: entry.email,
      phone: entry.phone,
      added_on: entry.addedOn,
      source_request_id: entry.sourceRequestId,
      source_reference: entry.sourceReference,
      created_at: entry.createdAt,
    })
    .execute();
}

export async function deleteSuppressionEntry(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('suppression_entry').where('id', '=', id).execute();
}

export async function hasSuppressionFor(db: Kysely<Database>, requestId: string): Promise<boolean> {
  const row = await db
    .selectFrom('suppression_entry')
    .select('id')
    .where('source_request_id', '=', requestId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function listSuppressionEntries(db: Kysely<Database>): Promise<SuppressionEntry[]> {
  const rows = await db
    .selectFrom('suppression_entry')
    .selectAll()
    .orderBy('added_on')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    addedOn: row.added_on,
    sourceReference: row.source_reference,
  }));
}

/** The open requests due by `until`, read from their index alone (migration 0019). */
export function dueRequestsQuery(db: Kysely<Database>, until: string) {
  return db
    .selectFrom('rights_request')
    .select([
      'id',
      'reference',
      'received_on',
      'requester_name',
      'rights',
      'status',
      'due_on',
      'extension_months',
    ])
    .where('is_open', '=', 1)
    .where('suspended', '=', 0)
    .where('due_on', '<=', until)
    .orderBy('due_on')
    .orderBy('reference');
}

/** Open requests not waiting for an identity proof, due on or before `until` (overdue included). */
export async function listDueRequests(
  db: Kysely<Database>,
  today: string,
  until: string,
): Promise<RequestSummary[]> {
  const rows = await dueRequestsQuery(db, until).execute();
  return rows.map((row) => {
    const daysLeft = daysBetween(today, row.due_on);
    return {
      id: row.id,
      reference: row.reference,
      receivedOn: row.received_on,
      requesterName: row.requester_name,
      rights: parseRights(row.rights),
      status: row.status as RequestFields['status'],
      dueOn: row.due_on,
      suspended: false,
      extensionMonths: row.extension_months,
      daysLeft,
      level: levelOf(true, false, daysLeft),
    };
  });
}

export interface RequestCounts {
  open: number;
  dueWithin7: number;
  overdue: number;
  awaitingIdentity: number;
}

/**
 * The dashboard's counts, all kept by triggers (migration request_figures): the two that move
 * with the date are sums over the due dates of open requests, a few hundred rows at any size.
 */
export async function countRequests(db: Kysely<Database>, today: string): Promise<RequestCounts> {
  const in7 = addDays(today, 7);
  const kept = await db.selectFrom('request_figure').select(['name', 'count']).execute();
  const figure = (name: string) => kept.find((row) => row.name === name)?.count ?? 0;
  const dates = await db
    .selectFrom('request_open_due')
    .select([
      sql<number>`coalesce(sum(case when due_on >= ${today} then count else 0 end), 0)`.as(
        'dueWithin7',
      ),
      sql<number>`coalesce(sum(case when due_on < ${today} then count else 0 end), 0)`.as(
        'overdue',
      ),
    ])
    .where('due_on', '<=', in7)
    .executeTakeFirstOrThrow();
  return {
    open: figure('open'),
    dueWithin7: dates.dueWithin7,
    overdue: dates.overdue,
    awaitingIdentity: figure('awaitingIdentity'),
  };
}

/** Requests received since `from` (a calendar date), per month and per right: kept figures. */
export async function receivedSince(
  db: Kysely<Database>,
  from: string,
): Promise<{ perMonth: Map<string, number>; byRight: Map<Right, number> }> {
  // The tally is per month: `from` is the first day of one.
  const rows = await db
    .selectFrom('request_month_tally')
    .select(['month', 'right', 'count'])
    .where('month', '>=', from.slice(0, 7))
    .execute();
  const perMonth = new Map<string, number>();
  const byRight = new Map<Right, number>(allRights.map((right) => [right, 0]));
  for (const row of rows) {
    if (row.right === '') perMonth.set(row.month, row.count);
    else if (byRight.has(row.right as Right)) {
      byRight.set(row.right as Right, (byRight.get(row.right as Right) ?? 0) + row.count);
    }
  }
  return { perMonth, byRight };
}

export async function requestIdByReference(
  db: Kysely<Database>,
  reference: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('rights_request')
    .select('id')
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** One page of the requests log for register exports, in reference order after `after`. */
export async function requestLogPage(
  db: Kysely<Database>,
  after: string,
  limit: number,
): Promise<
  {
    reference: string;
    receivedOn: string;
    channel: string;
    rights: Right[];
    status: string;
    dueOn: string;
    extensionMonths: number;
    responseOn: string;
    outcomes: { right: string; outcome: string }[];
    requesterName: string;
  }[]
> {
  const rows = await db
    .selectFrom('rights_request')
    .select([
      'reference',
      'received_on',
      'requester_name',
      'rights',
      'status',
      'due_on',
      'extension_months',
      sql<string>`coalesce(json_extract(details_json, '$.channel'), '')`.as('channel'),
      sql<string>`coalesce(json_extract(details_json, '$.responseOn'), '')`.as('response_on'),
      sql<string>`coalesce(json_extract(details_json, '$.outcomes'), '[]')`.as('outcomes'),
    ])
    .where('reference', '>', after)
    .orderBy('reference')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    reference: row.reference,
    receivedOn: row.received_on,
    channel: row.channel,
    rights: parseRights(row.rights),
    status: row.status,
    dueOn: row.due_on,
    extensionMonths: row.extension_months,
    responseOn: row.response_on,
    outcomes: (JSON.parse(row.outcomes) as { right: string; outcome: string }[]).map((o) => ({
      right: o.right,
      outcome: o.outcome,
    })),
    requesterName: row.requester_name,
  }));
}

export async function countRequestRows(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('rights_request')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
