import type { Kysely } from 'kysely';
import { listActivities } from '../../../db/activities';
import { getNoticeTexts } from '../../../db/noticeParagraphs';
import { listProcessors } from '../../../db/processors';
import { listRules } from '../../../db/retention';
import type { Database } from '../../../db/schema';
import { getOrganisationSettings } from '../../../db/settings';
import { localCalendarDate } from '../../../shared/dates';
import type { Language } from '../../../shared/i18n';
import type { NoticeDocument, NoticeKind } from '../../../shared/notices/document';
import { privacyNotice } from '../../../shared/notices/privacyNotice';

export { renderNotice, noticeFileTypes } from './render';

/**
 * The privacy notice built from what the database holds now: the register, the processors, the
 * retention rules, the organisation and the paragraphs the DPO wrote.
 */
export async function buildPrivacyNotice(
  ctx: { db: Kysely<Database>; clock: () => Date },
  language: Language,
): Promise<NoticeDocument> {
  const kind: NoticeKind = 'privacy';
  const [organisation, activities, processors, rules, texts] = await Promise.all([
    getOrganisationSettings(ctx.db),
    listActivities(ctx.db),
    listProcessors(ctx.db),
    listRules(ctx.db),
    getNoticeTexts(ctx.db, kind),
  ]);
  return privacyNotice(
    {
      organisation,
      activities,
      processors,
      rules,
      paragraphs: { intro: texts.intro[language], closing: texts.closing[language] },
      today: localCalendarDate(ctx.clock()),
    },
    language,
  );
}
