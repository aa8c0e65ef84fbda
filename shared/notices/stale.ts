/**
 * When a published notice no longer reflects what it was built from. The rule reads the audit
 * journal: the records of the sources of each kind changed after its last publication, each
 * record counted once however many times it was saved.
 */
import { formatCalendarDate, localDateOf } from '../dates';
import { translate, type Language } from '../i18n';
import type { NoticeKind } from './document';

/**
 * The journal's entities (audit_entry.entity) each notice is built from. The cookie inventory's
 * entity is named by its own module: add it here when it differs.
 */
export const noticeSources: Readonly<Record<NoticeKind, readonly string[]>> = {
  privacy: [
    'processing_activity',
    'retention_rule',
    'processor',
    'organisation_settings',
    'notice_paragraph',
  ],
  cookies: ['cookie', 'processor', 'organisation_settings'],
};

/** Where the DPO sees a notice's versions (and publishes a new one). */
export function noticeVersionsLink(kind: NoticeKind): string {
  return kind === 'privacy' ? '#/mentions-information' : '#/mentions-information?politique=cookies';
}

/** A publication as the status needs it. */
export interface PublishedVersion {
  id: string;
  version: number;
  /** The date printed on the notice (YYYY-MM-DD). */
  publishedOn: string;
  /** The instant it was recorded (ISO, UTC): changes after it count. */
  publishedAt: string;
}

/** One notice in one language: its last publication and what changed since. */
export interface NoticeStatus {
  kind: NoticeKind;
  language: Language;
  last: PublishedVersion;
  /** How many things the notice built now says differently from the version published. */
  changes: number;
  /** Each of them in words (« Finalité ajoutée : Prospection »), in the notice's language. */
  differences: string[];
  /** When the first of them was changed (ISO), or null when none. */
  changedSince: string | null;
}

export function isStale(status: NoticeStatus): boolean {
  return status.changes > 0;
}

/**
 * « La politique de protection des données publiée le 13/05/2026 ne reflète plus le registre :
 * 2 changements ». A version in another language than the app's says which one it is.
 */
export function staleWarning(status: NoticeStatus, language: Language): string {
  return translate(language, `noticeVersions.stale.${status.kind}`, {
    edition:
      status.language === language
        ? ''
        : translate(language, `noticeVersions.edition.${status.language}`),
    date: formatCalendarDate(status.last.publishedOn),
    count: status.changes,
  });
}

/** « Modifié depuis le 14/05/2026, version 2 publiée le 13/05/2026 ». */
export function staleDetail(status: NoticeStatus, language: Language): string {
  return translate(language, 'noticeVersions.staleSince', {
    date: formatCalendarDate(localDateOf(status.changedSince ?? status.last.publishedAt)),
    version: status.last.version,
    published: formatCalendarDate(status.last.publishedOn),
  });
}
