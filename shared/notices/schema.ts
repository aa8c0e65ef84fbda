import { z } from 'zod';
import { languages } from '../i18n';
import { noticeFormats, noticeKinds, type NoticeBlock, type NoticeDocument } from './document';

/**
 * The notice model checked where it crosses a boundary: a publication's stored JSON when it is
 * read back, a transfer file, a call from the UI. Bounded like every text of the app, so that a
 * hand-edited file cannot make the comparison or the page slow.
 */
const text = z.lazy(() => z.string().max(20_000));
const cell = z.lazy(() => z.string().max(5_000));
const calendarDay = z.lazy(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

export const noticeKindSchema = z.lazy(() => z.enum(noticeKinds));
export const noticeFormatSchema = z.lazy(() => z.enum(noticeFormats));
export const noticeLanguageSchema = z.lazy(() => z.enum(languages));

const blockSchema: z.ZodType<NoticeBlock> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z
      .object({ kind: z.literal('paragraph'), text, origin: z.enum(['generated', 'edited']) })
      .strict(),
    z.object({ kind: z.literal('list'), items: z.array(text).max(1_000) }).strict(),
    z
      .object({
        kind: z.literal('table'),
        columns: z.array(cell).max(20),
        rows: z.array(z.array(cell).max(20)).max(5_000),
      })
      .strict(),
  ]),
);

export const noticeDocumentSchema: z.ZodType<NoticeDocument> = z.lazy(() =>
  z
    .object({
      kind: noticeKindSchema,
      language: noticeLanguageSchema,
      title: z.string().min(1).max(200),
      organisation: z.string().max(200),
      updatedOn: calendarDay,
      sections: z
        .array(
          z
            .object({
              id: z.string().min(1).max(100),
              heading: z.string().max(500),
              blocks: z.array(blockSchema).max(500),
            })
            .strict(),
        )
        .max(200),
    })
    .strict(),
);
