import type { Language } from './i18n';

/** Maximum lengths of text fields: unbounded text makes PDFs slow and the UI unusable. */
export const maxLength = {
  name: 200,
  shortText: 100,
  code: 50,
  email: 254,
  phone: 40,
  address: 1_000,
  freeText: 20_000,
} as const;

/** Attached documents (signed contracts...) are kept inside the database: 25 MB each at most. */
export const maxAttachmentBytes = 25 * 1024 * 1024;

/** Documents the DPO may attach: what contracts and scans come as. */
export const attachmentTypes: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

/** Fields shorter than this (names, codes) never reach their limit by accident. */
const longFieldFrom = 1_000;

/**
 * What a long text field says of its length near its limit: from 90 % on, the characters used;
 * at the limit, that what goes beyond is not kept. The browser stops typing there and cuts a
 * pasted text without a word: without this a DPO would lose the end of a pasted paragraph unseen.
 */
export function lengthHint(
  length: number,
  max: number | undefined,
  language: Language,
  t: (key: string, params?: Record<string, string | number>) => string,
): string | undefined {
  if (max === undefined || max < longFieldFrom || length < max * 0.9) return undefined;
  const format = (n: number) => n.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');
  return t(length >= max ? 'field.lengthReached' : 'field.length', {
    count: format(length),
    max: format(max),
  });
}
