import { z } from 'zod';
import { languages } from '../i18n';
import { maxLength } from '../limits';
import { noticeFormats, noticeKinds } from '../notices/document';
import { boundedText } from './common';

const invalid = { error: 'validation.invalid' } as const;

/** The paragraphs the DPO writes around a generated notice. */
export const noticeParts = ['intro', 'closing'] as const;
export type NoticePart = (typeof noticeParts)[number];

const inEachLanguage = z.lazy(() =>
  z.object({ fr: boundedText(maxLength.freeText), en: boundedText(maxLength.freeText) }).strict(),
);

/** The introduction and closing of one notice, French and English ('' = left out). */
export const noticeTextsSchema = z.lazy(() =>
  z.object({ intro: inEachLanguage, closing: inEachLanguage }).strict(),
);
export type NoticeTexts = z.output<typeof noticeTextsSchema>;

export const emptyNoticeTexts: NoticeTexts = {
  intro: { fr: '', en: '' },
  closing: { fr: '', en: '' },
};

const kind = z.lazy(() => z.enum(noticeKinds, invalid));
const language = z.lazy(() => z.enum(languages, invalid));

export const noticeKindSchema = z.lazy(() => z.object({ kind }).strict());
export const noticeTextsSaveSchema = z.lazy(() =>
  z.object({ kind, texts: noticeTextsSchema }).strict(),
);
export const noticePreviewSchema = z.lazy(() => z.object({ kind, language }).strict());
export const noticeSaveSchema = z.lazy(() =>
  z.object({ kind, language, format: z.enum(noticeFormats, invalid) }).strict(),
);
