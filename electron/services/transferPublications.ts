import { z } from 'zod';
import type { StoredPublication } from '../../db/noticePublications';
import { languages } from '../../shared/i18n';
import { maxNoticeBytes } from '../../shared/notices/publications';
import {
  noticeDocumentSchema,
  noticeFormatSchema,
  noticeKindSchema,
} from '../../shared/notices/schema';
import { sha256Of } from './noticePublications';
import { fail, id, instant, refuse } from './transferDocument';

/** A publication in the transfer document: its file in base64, its model as JSON. */
export type TransferPublication = Omit<StoredPublication, 'content'> & { contentBase64: string };

export function toTransferPublication(publication: StoredPublication): TransferPublication {
  const { content, ...rest } = publication;
  return { ...rest, contentBase64: Buffer.from(content).toString('base64') };
}

const publicationSchema = z
  .object({
    id,
    kind: noticeKindSchema,
    language: z.enum(languages),
    version: z.number().int().min(1).max(1_000_000),
    publishedAt: instant,
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    format: noticeFormatSchema,
    fileName: z.string().min(1).max(255),
    size: z.number().int().min(1).max(maxNoticeBytes),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    publishedBy: z.string().max(200),
    document: noticeDocumentSchema,
    contentBase64: z.string().max(Math.ceil((maxNoticeBytes * 4) / 3) + 4),
  })
  .strict();

/**
 * A publication read from a file, checked: the model against its schema, and bytes that match
 * their size and digest (the proof of what was published must come back intact).
 */
export function checkedPublication(record: unknown, index: number): StoredPublication {
  const where = `publication n° ${String(index + 1)}`;
  const parsed = publicationSchema.safeParse(record);
  if (!parsed.success) fail(where, parsed.error);
  const { contentBase64, ...publication } = parsed.data;
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length !== publication.size || sha256Of(content) !== publication.sha256) {
    refuse(`${where} « ${publication.fileName} » : contenu altéré (taille ou SHA-256 différents).`);
  }
  if (publication.document.kind !== publication.kind) {
    refuse(`${where} « ${publication.fileName} » : le texte n’est pas du type annoncé.`);
  }
  return { ...publication, content };
}
