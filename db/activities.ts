import { sql, type Kysely } from 'kysely';
import { isDpiaNeeded, missingItems } from '../shared/register/completeness';
import { legalBases, type LegalBasis } from '../shared/register/vocabulary';
import {
  activityFieldsOf,
  type ActivityFields,
  type ActivityListFilter,
  type ActivitySummary,
  type ProcessingActivity,
} from '../shared/schemas/activity';
import { foldForSearch } from '../shared/text';
import type { Processor } from '../shared/schemas/processor';
import { getProcessor } from './processors';
import type { Database, NewProcessingActivityRow, ProcessingActivityRow } from './schema';

/** The record's sections kept in details_json: everything but the columns and the client links. */
type ActivityDetails = Omit<
  ActivityFields,
  'register' | 'name' | 'status' | 'clientIds' | 'processorIds' | 'concernsPublic'
>;

function detailsOf(activity: ActivityFields): ActivityDetails {
  const {
    register: _r,
    name: _n,
    status: _s,
    clientIds: _c,
    processorIds: _p,
    concernsPublic: _public,
    ...details
  } = activity;
  return details;
}

function searchTextOf(activity: ProcessingActivity): string {
  return foldForSearch(
    [
      activity.reference,
      activity.name,
      activity.ownerService,
      activity.software,
      activity.jointController,
      ...activity.purposes.flatMap((p) => [p.description, p.legitimateInterest]),
      ...activity.dataSubjects,
      ...activity.dataCategories.map((c) => c.description),
      ...activity.recipients.map((r) => r.name),
    ].join(' \n '),
  );
}

function toRow(
  activity: ProcessingActivity,
  statusBeforeArchive: string | null,
): NewProcessingActivityRow {
  const bases = [...new Set(activity.purposes.map((p) => p.legalBasis).filter((b) => b !== null))];
  return {
    id: activity.id,
    reference: activity.reference,
    register: activity.register,
    name: activity.name,
    status: activity.status,
    status_before_archive: statusBeforeArchive,
    main_purpose: activity.purposes[0]?.description ?? '',
    owner_service: activity.ownerService,
    legal_bases: bases.length === 0 ? '' : ` ${bases.join(' ')} `,
    has_sensitive_data:
      activity.sensitiveData.length > 0 || activity.criminalData || activity.nir ? 1 : 0,
    dpia_needed: isDpiaNeeded(activity) ? 1 : 0,
    dpia_status: activity.dpiaStatus,
    missing_count: missingItems(activity).length,
    search_text: searchTextOf(activity),
    details_json: JSON.stringify(detailsOf(activityFieldsOf(activity))),
    concerns_public: activity.concernsPublic ? 1 : 0,
    created_at: activity.createdAt,
    updated_at: activity.updatedAt,
  };
}

interface ActivityLinks {
  clientIds: string[];
  processorIds: string[];
}

function toActivity(row: ProcessingActivityRow, links: ActivityLinks): ProcessingActivity {
  const details = JSON.parse(row.details_json) as ActivityDetails;
  return {
    id: row.id,
    reference: row.reference,
    register: row.register as ActivityFields['register'],
    name: row.name,
    status: row.status as ActivityFields['status'],
    clientIds: links.clientIds,
    processorIds: links.processorIds,
    ...details,
    concernsPublic: row.concerns_public === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function parseLegalBases(text: string): LegalBasis[] {
  return text
    .trim()
    .split(' ')
    .filter((value): value is LegalBasis => (legalBases as readonly string[]).includes(value));
}

/** The next `T-0001` style reference, computed inside the writing transaction. */
export async function nextActivityReference(trx: Kysely<Database>): Promise<string> {
  const row = await trx
    .selectFrom('processing_activity')
    .select(sql<number | null>`max(cast(substr(reference, 3) as integer))`.as('last'))
    .where('reference', 'like', 'T-%')
    .executeTakeFirst();
  return `T-${String((row?.last ?? 0) + 1).padStart(4, '0')}`;
}

async function linksOf(db: Kysely<Database>, activityId: string): Promise<ActivityLinks> {
  const clients = await db
    .selectFrom('activity_client')
    .select('client_id')
    .where('activity_id', '=', activityId)
    .orderBy('client_id')
    .execute();
  const processors = await db
    .selectFrom('activity_processor')
    .select('processor_id')
    .where('activity_id', '=', activityId)
    .orderBy('processor_id')
    .execute();
  return {
    clientIds: clients.map((row) => row.client_id),
    processorIds: processors.map((row) => row.processor_id),
  };
}

export async function getActivity(
  db: Kysely<Database>,
  id: string,
): Promise<ProcessingActivity | null> {
  const row = await db
    .selectFrom('processing_activity')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? null : toActivity(row, await linksOf(db, id));
}

export async function getStatusBeforeArchive(
  db: Kysely<Database>,
  id: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('processing_activity')
    .select('status_before_archive')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.status_before_archive ?? null;
}

async function writeLinks(trx: Kysely<Database>, activity: ProcessingActivity): Promise<void> {
  await trx.deleteFrom('activity_client').where('activity_id', '=', activity.id).execute();
  const clientIds = [...new Set(activity.clientIds)];
  if (clientIds.length > 0) {
    await trx
      .insertInto('activity_client')
      .values(clientIds.map((clientId) => ({ activity_id: activity.id, client_id: clientId })))
      .execute();
  }
  await trx.deleteFrom('activity_processor').where('activity_id', '=', activity.id).execute();
  const processorIds = [...new Set(activity.processorIds)];
  if (processorIds.length > 0) {
    await trx
      .insertInto('activity_processor')
      .values(
        processorIds.map((processorId) => ({
          activity_id: activity.id,
          processor_id: processorId,
        })),
      )
      .execute();
  }
}

export async function insertActivity(
  trx: Kysely<Database>,
  activity: ProcessingActivity,
  statusBeforeArchive: string | null = null,
): Promise<void> {
  await trx
    .insertInto('processing_activity')
    .values(toRow(activity, statusBeforeArchive))
    .execute();
  await writeLinks(trx, activity);
  await refreshMissingCounts(trx, [activity.id]);
}

export async function replaceActivity(
  trx: Kysely<Database>,
  activity: ProcessingActivity,
  statusBeforeArchive: string | null,
): Promise<void> {
  const { id: _id, ...columns } = toRow(activity, statusBeforeArchive);
  await trx.updateTable('processing_activity').set(columns).where('id', '=', activity.id).execute();
  await writeLinks(trx, activity);
  await refreshMissingCounts(trx, [activity.id]);
}

/**
 * Counts again what the activities lack, their linked processors' transfers included: after an
 * activity's write, and after a processor's (whose transfers are gaps of the activities it serves).
 */
export async function refreshMissingCounts(
  trx: Kysely<Database>,
  activityIds: readonly string[],
): Promise<void> {
  for (const id of new Set(activityIds)) {
    const activity = await getActivity(trx, id);
    if (activity === null) continue;
    const linked: Processor[] = [];
    for (const processorId of activity.processorIds) {
      const processor = await getProcessor(trx, processorId);
      if (processor !== null) linked.push(processor);
    }
    await trx
      .updateTable('processing_activity')
      .set({ missing_count: missingItems(activity, linked).length })
      .where('id', '=', id)
      .execute();
  }
}

export async function deleteActivityRow(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('processing_activity').where('id', '=', id).execute();
}

export async function countActivities(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('processing_activity')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The register list: one query, summary columns only, filters applied in SQL. */
export async function listActivitySummaries(
  db: Kysely<Database>,
  filter: ActivityListFilter = {},
): Promise<ActivitySummary[]> {
  let query = db
    .selectFrom('processing_activity as a')
    .select([
      'a.id',
      'a.reference',
      'a.register',
      'a.name',
      'a.status',
      'a.main_purpose',
      'a.owner_service',
      'a.legal_bases',
      'a.has_sensitive_data',
      'a.concerns_public',
      'a.dpia_needed',
      'a.dpia_status',
      'a.missing_count',
      'a.updated_at',
      'a.search_text',
      sql<
        string | null
      >`(select group_concat(c.name, char(31)) from activity_client ac join client c on c.id = ac.client_id where ac.activity_id = a.id)`.as(
        'client_names',
      ),
    ]);
  if (filter.register !== undefined) query = query.where('a.register', '=', filter.register);
  if (filter.status !== undefined) query = query.where('a.status', '=', filter.status);
  if (filter.legalBasis !== undefined) {
    query = query.where('a.legal_bases', 'like', `% ${filter.legalBasis} %`);
  }
  if (filter.sensitiveData !== undefined) {
    query = query.where('a.has_sensitive_data', '=', filter.sensitiveData ? 1 : 0);
  }
  if (filter.dpiaNeeded !== undefined) {
    query = query.where('a.dpia_needed', '=', filter.dpiaNeeded ? 1 : 0);
  }
  if (filter.concernsPublic !== undefined) {
    query = query.where('a.concerns_public', '=', filter.concernsPublic ? 1 : 0);
  }
  if (filter.incomplete !== undefined) {
    query = query.where('a.missing_count', filter.incomplete ? '>' : '=', 0);
  }
  for (const word of foldForSearch(filter.search ?? '')
    .split(/\s+/)
    .filter((w) => w !== '')) {
    const escaped = word.replace(/[\\%_]/g, (char) => `\\${char}`);
    query = query.where(sql<boolean>`a.search_text like ${`%${escaped}%`} escape '\\'`);
  }
  const rows = await query.orderBy('a.reference').execute();
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    register: row.register as ActivitySummary['register'],
    name: row.name,
    status: row.status as ActivitySummary['status'],
    mainPurpose: row.main_purpose,
    ownerService: row.owner_service,
    legalBases: parseLegalBases(row.legal_bases),
    hasSensitiveData: row.has_sensitive_data === 1,
    concernsPublic: row.concerns_public === 1,
    dpiaNeeded: row.dpia_needed === 1,
    dpiaStatus: row.dpia_status as ActivitySummary['dpiaStatus'],
    missingCount: row.missing_count,
    clientNames: row.client_names === null ? [] : row.client_names.split('\u001f').sort(),
    updatedAt: row.updated_at,
    searchText: row.search_text,
  }));
}

/** Every activity, whole, in reference order (JSON export). */
export async function listActivities(db: Kysely<Database>): Promise<ProcessingActivity[]> {
  const rows = await db
    .selectFrom('processing_activity')
    .selectAll()
    .orderBy('reference')
    .execute();
  const clientLinks = await db
    .selectFrom('activity_client')
    .selectAll()
    .orderBy('client_id')
    .execute();
  const processorLinks = await db
    .selectFrom('activity_processor')
    .selectAll()
    .orderBy('processor_id')
    .execute();
  const byActivity = new Map<string, ActivityLinks>();
  const linksFor = (id: string) => {
    const found = byActivity.get(id) ?? { clientIds: [], processorIds: [] };
    byActivity.set(id, found);
    return found;
  };
  for (const link of clientLinks) linksFor(link.activity_id).clientIds.push(link.client_id);
  for (const link of processorLinks)
    linksFor(link.activity_id).processorIds.push(link.processor_id);
  return rows.map((row) => toActivity(row, linksFor(row.id)));
}
