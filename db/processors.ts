import type { Kysely } from 'kysely';
import {
  processorFieldsOf,
  type Processor,
  type ProcessorFields,
} from '../shared/schemas/processor';
import { lazy } from '../shared/lazy';
import { foldForSearch } from '../shared/text';
import { getAttachmentInfo } from './attachments';
import type { Database, ProcessorRow } from './schema';

/** The sections kept in details_json: everything but the columns and the activity links. */
type ProcessorDetails = Omit<
  ProcessorFields,
  | 'name'
  | 'role'
  | 'category'
  | 'country'
  | 'contractStatus'
  | 'contractReviewOn'
  | 'parentId'
  | 'activityIds'
>;

function detailsOf(fields: ProcessorFields): ProcessorDetails {
  const {
    name: _n,
    role: _r,
    category: _c,
    country: _co,
    contractStatus: _s,
    contractReviewOn: _rv,
    parentId: _p,
    activityIds: _a,
    ...details
  } = fields;
  return details;
}

function searchTextOf(processor: Processor): string {
  return foldForSearch(
    [
      processor.name,
      processor.country,
      processor.services,
      processor.contactName,
      processor.contactEmail,
      processor.dpoContact,
      ...processor.certifications,
      processor.notes,
    ].join(' \n '),
  );
}

function columnsOf(processor: Processor, contractDocumentId: string | null) {
  return {
    name: processor.name,
    role: processor.role,
    category: processor.category,
    country: processor.country,
    contract_status: processor.contractStatus,
    contract_review_on: processor.contractReviewOn,
    parent_id: processor.parentId,
    contract_document_id: contractDocumentId,
    search_text: searchTextOf(processor),
    details_json: JSON.stringify(detailsOf(processorFieldsOf(processor))),
    created_at: processor.createdAt,
    updated_at: processor.updatedAt,
  };
}

async function toProcessor(
  db: Kysely<Database>,
  row: ProcessorRow,
  activityIds: string[],
): Promise<Processor> {
  const details = JSON.parse(row.details_json) as ProcessorDetails;
  return {
    id: row.id,
    name: row.name,
    role: row.role as ProcessorFields['role'],
    category: row.category as ProcessorFields['category'],
    country: row.country,
    contractStatus: row.contract_status as ProcessorFields['contractStatus'],
    contractReviewOn: row.contract_review_on,
    parentId: row.parent_id,
    activityIds,
    ...details,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    contractDocument:
      row.contract_document_id === null
        ? null
        : await getAttachmentInfo(db, row.contract_document_id),
  };
}

export async function activityIdsOfProcessor(db: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('activity_processor')
    .select('activity_id')
    .where('processor_id', '=', id)
    .orderBy('activity_id')
    .execute();
  return rows.map((row) => row.activity_id);
}

export async function getProcessor(db: Kysely<Database>, id: string): Promise<Processor | null> {
  const row = await db.selectFrom('processor').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toProcessor(db, row, await activityIdsOfProcessor(db, id));
}

export async function contractDocumentIdOf(
  db: Kysely<Database>,
  id: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('processor')
    .select('contract_document_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.contract_document_id ?? null;
}

async function writeActivityLinks(trx: Kysely<Database>, processor: Processor): Promise<void> {
  await trx.deleteFrom('activity_processor').where('processor_id', '=', processor.id).execute();
  const activityIds = [...new Set(processor.activityIds)];
  if (activityIds.length > 0) {
    await trx
      .insertInto('activity_processor')
      .values(
        activityIds.map((activityId) => ({ activity_id: activityId, processor_id: processor.id })),
      )
      .execute();
  }
}

export async function insertProcessor(
  trx: Kysely<Database>,
  processor: Processor,
  contractDocumentId: string | null = null,
): Promise<void> {
  await trx
    .insertInto('processor')
    .values({ id: processor.id, ...columnsOf(processor, contractDocumentId) })
    .execute();
  await writeActivityLinks(trx, processor);
}

export async function replaceProcessor(
  trx: Kysely<Database>,
  processor: Processor,
  contractDocumentId: string | null,
): Promise<void> {
  await trx
    .updateTable('processor')
    .set(columnsOf(processor, contractDocumentId))
    .where('id', '=', processor.id)
    .execute();
  await writeActivityLinks(trx, processor);
}

export async function deleteProcessorRow(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('processor').where('id', '=', id).execute();
}

// One collator for every listing: making one costs about 13 ms (its ICU tables).
const processorOrder = lazy(() => new Intl.Collator('fr', { sensitivity: 'base' }));

/** Every processor, whole, in name order then id (JSON export, the service's list). */
export async function listProcessors(db: Kysely<Database>): Promise<Processor[]> {
  const rows = await db.selectFrom('processor').selectAll().execute();
  const links = await db
    .selectFrom('activity_processor')
    .selectAll()
    .orderBy('activity_id')
    .execute();
  const byProcessor = new Map<string, string[]>();
  for (const link of links) {
    const list = byProcessor.get(link.processor_id) ?? [];
    list.push(link.activity_id);
    byProcessor.set(link.processor_id, list);
  }
  const processors = await Promise.all(
    rows.map((row) => toProcessor(db, row, byProcessor.get(row.id) ?? [])),
  );
  return processors.sort(
    (a, b) => processorOrder().compare(a.name, b.name) || a.id.localeCompare(b.id),
  );
}

/** "T-0003 Relation client" for each activity linked to the processor. */
export async function activitiesOfProcessor(db: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('activity_processor')
    .innerJoin('processing_activity', 'processing_activity.id', 'activity_processor.activity_id')
    .select(['processing_activity.reference', 'processing_activity.name'])
    .where('activity_processor.processor_id', '=', id)
    .orderBy('processing_activity.reference')
    .execute();
  return rows.map((row) => `${row.reference} ${row.name}`);
}
