import { sha256Hex } from './sha256';
import { insertAuditEntry } from '../../db/audit';
import { newId } from '../../db/ids';
import {
  getPublication,
  insertPublication,
  listPublications,
  nextPublicationVersion,
  type StoredPublication,
} from '../../db/noticePublications';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n';
import { compareNotices } from '../../shared/notices/compare';
import type { NoticeDocument, NoticeFormat, NoticeKind } from '../../shared/notices/document';
import {
  maxNoticeBytes,
  noticeMimeTypes,
  publicationFileName,
  type NoticeComparison,
  type NoticePublication,
} from '../../shared/notices/publications';
import type { Context } from './context';
import type { FileToOpen } from './files';
import { transact } from './transact';

export const publicationEntity = 'notice_publication';

export interface PublicationToRecord {
  kind: NoticeKind;
  language: Language;
  format: NoticeFormat;
  document: NoticeDocument;
  bytes: Uint8Array;
}

export function sha256Of(bytes: Uint8Array): string {
  return sha256Hex(bytes);
}

/**
 * Keeps a notice as it was published: the next version number of that notice in that language,
 * the date printed on it, the file and its SHA-256, and the model. The journal records the
 * version and the digest, not the bytes.
 */
export function recordPublication(
  ctx: Context,
  input: PublicationToRecord,
): Promise<NoticePublication> {
  if (input.document.kind !== input.kind || input.document.language !== input.language) {
    throw new AppError('VALIDATION', 'error.noticeVersion.mismatch');
  }
  if (input.bytes.length === 0 || input.bytes.length > maxNoticeBytes) {
    throw new AppError('VALIDATION', 'error.invalidInput');
  }
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const version = await nextPublicationVersion(trx, input.kind, input.language);
    const publication: StoredPublication = {
      id: newId(now),
      kind: input.kind,
      language: input.language,
      version,
      publishedAt: now.toISOString(),
      publishedOn: input.document.updatedOn,
      format: input.format,
      fileName: publicationFileName(input.kind, version, input.language, input.format),
      size: input.bytes.length,
      sha256: sha256Of(input.bytes),
      publishedBy: ctx.actor,
      content: input.bytes,
      document: input.document,
    };
    await insertPublication(trx, publication);
    const { content: _content, document: _document, ...summary } = publication;
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: publicationEntity,
      entityId: publication.id,
      action: 'create',
      before: null,
      after: {
        kind: summary.kind,
        language: summary.language,
        version: summary.version,
        format: summary.format,
        publishedOn: summary.publishedOn,
        sha256: summary.sha256,
      },
    });
    return summary;
  });
}

export function listNoticePublications(
  ctx: Context,
  kind?: NoticeKind,
): Promise<NoticePublication[]> {
  return listPublications(ctx.db, kind);
}

async function requirePublication(ctx: Context, id: string): Promise<StoredPublication> {
  const publication = await getPublication(ctx.db, id);
  if (publication === null) throw new AppError('NOT_FOUND', 'error.noticeVersion.notFound');
  return publication;
}

/** A publication with the model it was written from. */
export async function getNoticePublication(
  ctx: Context,
  id: string,
): Promise<NoticePublication & { document: NoticeDocument }> {
  const { content: _content, ...publication } = await requirePublication(ctx, id);
  return publication;
}

/**
 * The file as published, its SHA-256 computed again: bytes changed since (a file edited by hand,
 * a damaged disk) are refused, never served as the published text.
 */
export async function publicationFile(ctx: Context, id: string): Promise<FileToOpen> {
  const publication = await requirePublication(ctx, id);
  if (sha256Of(publication.content) !== publication.sha256) {
    throw new AppError(
      'CONFLICT',
      'error.noticeVersion.altered',
      { version: publication.version },
      { sha256: publication.sha256 },
    );
  }
  return {
    fileName: publication.fileName,
    mimeType: noticeMimeTypes[publication.format],
    content: publication.content,
  };
}

/** Saves a version's file where the DPO chooses (a save dialog; a download in the browser). */
export async function saveNoticePublication(
  ctx: Context,
  id: string,
): Promise<{ saved: boolean; name: string }> {
  return ctx.files.save(await publicationFile(ctx, id));
}

/**
 * Two versions of one notice in one language, compared in words of that language: the nouns come
 * from the documents themselves (« Finalité », « Durée de conservation »), so a French notice's
 * changes read « Finalité ajoutée », whichever language the app is shown in.
 */
export async function compareNoticePublications(
  ctx: Context,
  input: { olderId: string; newerId: string },
): Promise<NoticeComparison> {
  const older = await getNoticePublication(ctx, input.olderId);
  const newer = await getNoticePublication(ctx, input.newerId);
  if (older.kind !== newer.kind || older.language !== newer.language) {
    throw new AppError('VALIDATION', 'error.noticeVersion.otherKind');
  }
  const { document: olderDocument, ...olderSummary } = older;
  const { document: newerDocument, ...newerSummary } = newer;
  return {
    older: olderSummary,
    newer: newerSummary,
    changes: compareNotices(olderDocument, newerDocument, older.language),
  };
}
