import { insertAuditEntry } from '../../db/audit';
import { getNoticeTexts, putNoticeParagraph } from '../../db/noticeParagraphs';
import { localCalendarDate } from '../../shared/dates';
import { languages, type Language } from '../../shared/i18n';
import type { NoticeDocument, NoticeFormat, NoticeKind } from '../../shared/notices/document';
import {
  cookiePolicyChecks,
  privacyNoticeChecks,
  type NoticeCheck,
} from '../../shared/notices/checks';
import type { NoticePublication } from '../../shared/notices/publications';
import { noticeParts, type NoticeTexts } from '../../shared/schemas/notice';
import { buildPrivacyNotice, noticeFileTypes, renderNotice } from '../documents/notices';
import { listActivities } from '../../db/activities';
import { listProcessors } from '../../db/processors';
import { listRules } from '../../db/retention';
import { cookiePolicyOf } from './cookiePolicy';
import { listCookieViews } from './cookies';
import { recordPublication } from './noticePublications';
import type { Context } from './context';
import { safeFileName } from './files';
import { transact } from './transact';

export const noticeEntity = 'notice_paragraph';

export function noticeTexts(ctx: Context, kind: NoticeKind): Promise<NoticeTexts> {
  return getNoticeTexts(ctx.db, kind);
}

/** Saves the introduction and closing of a notice; one journal entry for what changed. */
export function saveNoticeTexts(
  ctx: Context,
  kind: NoticeKind,
  texts: NoticeTexts,
): Promise<NoticeTexts> {
  const now = ctx.clock();
  return transact(ctx, async (trx) => {
    const before = await getNoticeTexts(trx, kind);
    let changed = false;
    for (const part of noticeParts) {
      for (const language of languages) {
        if (before[part][language] === texts[part][language]) continue;
        changed = true;
        await putNoticeParagraph(trx, {
          kind,
          part,
          language,
          text: texts[part][language],
          updatedAt: now.toISOString(),
        });
      }
    }
    if (changed) {
      await insertAuditEntry(trx, {
        at: now,
        actor: ctx.actor,
        entity: noticeEntity,
        entityId: kind,
        action: 'update',
        before,
        after: texts,
      });
    }
    return getNoticeTexts(trx, kind);
  });
}

/** A notice as the register stands now: the privacy notice, or the cookie policy. */
export function buildNotice(
  ctx: Context,
  kind: NoticeKind,
  language: Language,
): Promise<NoticeDocument> {
  return kind === 'privacy' ? buildPrivacyNotice(ctx, language) : cookiePolicyOf(ctx, language);
}

/** What to look at before publishing (« Non documentée » put online, a rule over a record...). */
export async function noticeChecks(ctx: Context, kind: NoticeKind): Promise<NoticeCheck[]> {
  if (kind === 'cookies') return cookiePolicyChecks(await listCookieViews(ctx));
  const [activities, processors, rules] = await Promise.all([
    listActivities(ctx.db),
    listProcessors(ctx.db),
    listRules(ctx.db),
  ]);
  return privacyNoticeChecks({ activities, processors, rules });
}

/**
 * « Publier »: the notice built now, written in the format put online, kept as a new version
 * (number, file, SHA-256, model) that later changes of the register are measured against.
 */
export async function publishNotice(
  ctx: Context,
  input: { kind: NoticeKind; language: Language; format: NoticeFormat },
): Promise<NoticePublication> {
  const document = await buildNotice(ctx, input.kind, input.language);
  const bytes = await renderNotice(document, input.format, ctx.clock());
  return recordPublication(ctx, { ...input, document, bytes });
}

export function noticePreview(
  ctx: Context,
  kind: NoticeKind,
  language: Language,
): Promise<NoticeDocument> {
  return buildNotice(ctx, kind, language);
}

/** « politique-confidentialite-2026-12-06.html »: what the website's file is usually called. */
export function noticeFileName(
  kind: NoticeKind,
  language: Language,
  date: string,
  format: NoticeFormat,
) {
  const base = kind === 'privacy' ? 'politique-confidentialite' : 'politique-cookies';
  const suffix = language === 'fr' ? '' : `-${language}`;
  return safeFileName(`${base}${suffix}-${date}.${noticeFileTypes[format].extension}`);
}

/** The notice written in a format, saved where the DPO chooses. */
export async function saveNotice(
  ctx: Context,
  input: { kind: NoticeKind; language: Language; format: NoticeFormat },
): Promise<{ saved: boolean; name: string }> {
  const doc = await buildNotice(ctx, input.kind, input.language);
  const content = await renderNotice(doc, input.format, ctx.clock());
  return ctx.files.save({
    fileName: noticeFileName(
      input.kind,
      input.language,
      localCalendarDate(ctx.clock()),
      input.format,
    ),
    mimeType: noticeFileTypes[input.format].mimeType,
    content,
  });
}
