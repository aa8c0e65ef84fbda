import type { Kysely } from 'kysely';
import type { LetterLanguage, TemplateKind } from '../shared/letters/templates';
import type { Database } from './schema';

export interface StoredTemplate {
  subject: string;
  body: string;
  updatedAt: string;
}

export async function getTemplateOverride(
  db: Kysely<Database>,
  kind: TemplateKind,
  language: LetterLanguage,
): Promise<StoredTemplate | null> {
  const row = await db
    .selectFrom('letter_template')
    .selectAll()
    .where('kind', '=', kind)
    .where('language', '=', language)
    .executeTakeFirst();
  return row === undefined
    ? null
    : { subject: row.subject, body: row.body, updatedAt: row.updated_at };
}

export async function putTemplateOverride(
  trx: Kysely<Database>,
  kind: TemplateKind,
  language: LetterLanguage,
  template: StoredTemplate,
): Promise<void> {
  const values = { subject: template.subject, body: template.body, updated_at: template.updatedAt };
  await trx
    .insertInto('letter_template')
    .values({ kind, language, ...values })
    .onConflict((oc) => oc.columns(['kind', 'language']).doUpdateSet(values))
    .execute();
}

export async function deleteTemplateOverride(
  trx: Kysely<Database>,
  kind: TemplateKind,
  language: LetterLanguage,
): Promise<void> {
  await trx
    .deleteFrom('letter_template')
    .where('kind', '=', kind)
    .where('language', '=', language)
    .execute();
}

export interface LetterRecord {
  id: string;
  kind: TemplateKind;
  language: LetterLanguage;
  fileName: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export async function linkRequestLetter(
  trx: Kysely<Database>,
  requestId: string,
  letter: LetterRecord,
): Promise<void> {
  await trx
    .insertInto('request_letter')
    .values({
      request_id: requestId,
      attachment_id: letter.id,
      kind: letter.kind,
      language: letter.language,
      created_at: letter.createdAt,
    })
    .execute();
}

export async function requestLetters(
  db: Kysely<Database>,
  requestId: string,
): Promise<LetterRecord[]> {
  const rows = await db
    .selectFrom('request_letter')
    .innerJoin('attachment', 'attachment.id', 'request_letter.attachment_id')
    .select([
      'attachment.id',
      'request_letter.kind',
      'request_letter.language',
      'attachment.file_name',
      'attachment.size',
      'attachment.sha256',
      'request_letter.created_at',
    ])
    .where('request_letter.request_id', '=', requestId)
    .orderBy('request_letter.created_at')
    .orderBy('attachment.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as TemplateKind,
    language: row.language as LetterLanguage,
    fileName: row.file_name,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.created_at,
  }));
}
