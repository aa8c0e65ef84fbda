/**
 * What a published notice says, independent of its format: the privacy notice (Art. 13 and 14)
 * and the cookie policy are both built as this model from the register, then written as HTML,
 * PDF or a word-processor file, and two versions are compared on it in words. Section ids and
 * the first cell of a table row are stable keys, so a comparison can say « Finalité ajoutée :
 * Prospection » rather than « le texte a changé ».
 */
import type { Language } from '../i18n';

export const noticeKinds = ['privacy', 'cookies'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const noticeFormats = ['html', 'pdf', 'docx'] as const;
export type NoticeFormat = (typeof noticeFormats)[number];

export type NoticeBlock =
  /** `edited`: a paragraph the DPO wrote (introduction...), kept as written. */
  | { kind: 'paragraph'; text: string; origin: 'generated' | 'edited' }
  | { kind: 'list'; items: string[] }
  /** The first cell of each row names the row (a purpose, a cookie) for the comparison. */
  | { kind: 'table'; columns: string[]; rows: string[][] };

export interface NoticeSection {
  /** Stable across versions and languages: `purposes`, `retention`, `cookies.audience`... */
  id: string;
  heading: string;
  blocks: NoticeBlock[];
}

export interface NoticeDocument {
  kind: NoticeKind;
  language: Language;
  title: string;
  /** The controller's name, as in Paramètres. */
  organisation: string;
  /** The date printed as « Dernière mise à jour » (YYYY-MM-DD). */
  updatedOn: string;
  sections: NoticeSection[];
}
