import type { Kysely } from 'kysely';
import type { AttachmentInfo } from '../shared/schemas/processor';
import type { Database } from './schema';

export interface StoredAttachment extends AttachmentInfo {
  content: Uint8Array;
}

export async function insertAttachment(
  trx: Kysely<Database>,
  attachment: StoredAttachment,
): Promise<void> {
  await trx
    .insertInto('attachment')
    .values({
      id: attachment.id,
      file_name: attachment.fileName,
      mime_type: attachment.mimeType,
      size: attachment.size,
      sha256: attachment.sha256,
      content: attachment.content,
      created_at: attachment.attachedAt,
    })
    .execute();
}

export async function getAttachmentInfo(
  db: Kysely<Database>,
  id: string,
): Promise<AttachmentInfo | null> {
  const row = await db
    .selectFrom('attachment')
    .select(['id', 'file_name', 'mime_type', 'size', 'sha256', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined
    ? null
    : {
        id: row.id,
        fileName: row.file_name,
        mimeType: row.mime_type,
        size: row.size,
        sha256: row.sha256,
        attachedAt: row.created_at,
      };
}

export async function getAttachment(
  db: Kysely<Database>,
  id: string,
): Promise<StoredAttachment | null> {
  const info = await getAttachmentInfo(db, id);
  if (info === null) return null;
  const row = await db
    .selectFrom('attachment')
    .select('content')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { ...info, content: row.content };
}

export async function deleteAttachment(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('attachment').where('id', '=', id).execute();
}
