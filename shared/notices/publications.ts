/**
 * Each publication of a notice is kept: its version number (1, 2, 3... per notice and language),
 * the date printed on it, the file as published with its SHA-256, and the model it was written
 * from, so that two versions can be compared in words.
 */
import { z } from 'zod';
import { languages, type Language } from '../i18n';
import type { NoticeFormat, NoticeKind } from './document';
import type { NoticeChange } from './compare';
import { noticeDocumentSchema, noticeFormatSchema, noticeKindSchema } from './schema';
import type { NoticeStatus } from './stale';

/** A notice's file: an HTML page, a PDF or a word-processor file of a few hundred kB at most. */
export const maxNoticeBytes = 20 * 1024 * 1024;

export const noticeMimeTypes: Readonly<Record<NoticeFormat, string>> = {
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const noticeFileNames: Readonly<Record<NoticeKind, string>> = {
  privacy: 'politique-protection-donnees',
  cookies: 'politique-cookies',
};

/** `politique-cookies-v3-fr.html`: the notice, its version and language, by file name alone. */
export function publicationFileName(
  kind: NoticeKind,
  version: number,
  language: Language,
  format: NoticeFormat,
): string {
  return `${noticeFileNames[kind]}-v${String(version)}-${language}.${format}`;
}

export interface NoticePublication {
  id: string;
  kind: NoticeKind;
  language: Language;
  version: number;
  /** The instant it was recorded (ISO, UTC). */
  publishedAt: string;
  /** The date printed on the notice (YYYY-MM-DD). */
  publishedOn: string;
  format: NoticeFormat;
  fileName: string;
  size: number;
  /** Of the file's bytes, hex. */
  sha256: string;
  publishedBy: string;
}

const idText = z.lazy(() => z.string({ error: 'validation.invalid' }).min(1).max(64));
const language = z.lazy(() => z.enum(languages));

export const publicationRecordSchema = z.lazy(() =>
  z
    .object({
      kind: noticeKindSchema,
      language,
      format: noticeFormatSchema,
      document: noticeDocumentSchema,
      contentBase64: z
        .string()
        .min(1)
        .max(Math.ceil((maxNoticeBytes * 4) / 3) + 4)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.invalid' }),
    })
    .strict(),
);

export const publicationListSchema = z.lazy(() =>
  z.object({ kind: noticeKindSchema.optional() }).strict(),
);
export const publicationIdSchema = z.lazy(() => z.object({ id: idText }).strict());
/** Two versions of one notice; their changes are worded in the notice's own language. */
export const publicationCompareSchema = z.lazy(() =>
  z.object({ olderId: idText, newerId: idText }).strict(),
);

export interface NoticeComparison {
  older: NoticePublication;
  newer: NoticePublication;
  changes: NoticeChange[];
}

/** What the dashboard shows of the notices: each one published, stale or not, and those never. */
export interface NoticesOverview {
  statuses: NoticeStatus[];
  neverPublished: NoticeKind[];
}
