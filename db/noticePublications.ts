import type { Kysely, Selectable } from 'kysely';
import type { NoticeDocument, NoticeKind } from '../shared/notices/document';
import type { NoticePublication } from '../shared/notices/publications';
import {
  noticeDocumentSchema,
  noticeFormatSchema,
  noticeKindSchema,
  noticeLanguageSchema,
} from '../shared/notices/schema';
import type { Language } from '../shared/i18n';
import type { Database, NoticePublicationTable } from './schema';

/** A publication with its file and the model it was written from. */
export interface StoredPublication extends NoticePublication {
  content: Uint8Array;
  document: NoticeDocument;
}

const summaryColumns = [
  'id',
  'kind',
  'language',
  'version',
  'published_at',
  'published_on',
  'format',
  'file_name',
  'size',
  'sha256',
  'published_by',
] as const;

type SummaryRow = Pick<Selectable<NoticePublicationTable>, (typeof summaryColumns)[number]>;

/** Checked when read: a file edited by hand fails here, loudly. */
function toPublication(row: SummaryRow): NoticePublication {
  return {
    id: row.id,
    kind: noticeKindSchema.parse(row.kind),
    language: noticeLanguageSchema.parse(row.language),
    version: row.version,
    publishedAt: row.published_at,
    publishedOn: row.published_on,
    format: noticeFormatSchema.parse(row.format),
    fileName: row.file_name,
    size: row.size,
    sha256: row.sha256,
    publishedBy: row.published_by,
  };
}

export async function insertPublication(
  trx: Kysely<Database>,
  publication: StoredPublication,
): Promise<void> {
  await trx
    .insertInto('notice_publication')
    .values({
      id: publication.id,
      kind: publication.kind,
      language: publication.language,
      version: publication.version,
      published_at: publication.publishedAt,
      published_on: publication.publishedOn,
      format: publication.format,
      file_name: publication.fileName,
      size: publication.size,
      content: publication.content,
      sha256: publication.sha256,
      document_json: JSON.stringify(publication.document),
      published_by: publication.publishedBy,
    })
    .execute();
}

/** The next version number of a notice in a language: 1, 2, 3... */
export async function nextPublicationVersion(
  trx: Kysely<Database>,
  kind: NoticeKind,
  language: Language,
): Promise<number> {
  const row = await trx
    .selectFrom('notice_publication')
    .select((eb) => eb.fn.max('version').as('last'))
    .where('kind', '=', kind)
    .where('language', '=', language)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

/** Newest first; every notice when `kind` is not given. */
export async function listPublications(
  db: Kysely<Database>,
  kind?: NoticeKind,
): Promise<NoticePublication[]> {
  let query = db.selectFrom('notice_publication').select(summaryColumns);
  if (kind !== undefined) query = query.where('kind', '=', kind);
  const rows = await query
    .orderBy('published_at', 'desc')
    .orderBy('kind')
    .orderBy('language')
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toPublication);
}

/** The publication whole, its model checked; its bytes are checked by the service. */
export async function getPublication(
  db: Kysely<Database>,
  id: string,
): Promise<StoredPublication | null> {
  const row = await db
    .selectFrom('notice_publication')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    ...toPublication(row),
    content: row.content,
    document: noticeDocumentSchema.parse(JSON.parse(row.document_json)),
  };
}

/**
 * The model a publication was written from, without its file (up to 20 MB): what the stale
 * check compares with the notice built now, on every dashboard and calendar.
 */
export async function getPublicationDocument(
  db: Kysely<Database>,
  id: string,
): Promise<NoticeDocument | null> {
  const row = await db
    .selectFrom('notice_publication')
    .select('document_json')
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? null : noticeDocumentSchema.parse(JSON.parse(row.document_json));
}

/** Every publication whole, oldest first: the transfer document's list. */
export async function* allPublications(db: Kysely<Database>): AsyncGenerator<StoredPublication> {
  const ids = await db
    .selectFrom('notice_publication')
    .select('id')
    .orderBy('published_at')
    .orderBy('kind')
    .orderBy('language')
    .orderBy('version')
    .execute();
  // One at a time: files of a few MB each are not all held at once.
  for (const { id } of ids) {
    const publication = await getPublication(db, id);
    if (publication !== null) yield publication;
  }
}

/** The last publication of each notice in each language. */
export async function latestPublications(db: Kysely<Database>): Promise<NoticePublication[]> {
  const rows = await db
    .selectFrom('notice_publication as p')
    .select(summaryColumns.map((column) => `p.${column}` as const))
    .where((eb) =>
      eb(
        'p.version',
        '=',
        eb
          .selectFrom('notice_publication as q')
          .select((q) => q.fn.max('q.version').as('last'))
          .whereRef('q.kind', '=', 'p.kind')
          .whereRef('q.language', '=', 'p.language'),
      ),
    )
    .orderBy('p.kind')
    .orderBy('p.language')
    .execute();
  return rows.map(toPublication);
}
