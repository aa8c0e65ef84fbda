import { getOrganisationSettings } from '../../db/settings';
import { localCalendarDate } from '../../shared/dates';
import type { Language } from '../../shared/i18n';
import { cookiePolicy } from '../../shared/notices/cookiePolicy';
import type { NoticeDocument } from '../../shared/notices/document';
import type { Context } from './context';
import { listCookieViews } from './cookies';
import { getPreferences } from './preferences';

/** The cookie policy as the register stands now: Paramètres, the inventory, the consent setting. */
export async function cookiePolicyOf(ctx: Context, language: Language): Promise<NoticeDocument> {
  const [organisation, cookies, preferences] = await Promise.all([
    getOrganisationSettings(ctx.db),
    listCookieViews(ctx),
    getPreferences(ctx),
  ]);
  return cookiePolicy(
    {
      organisation,
      cookies,
      consentChoiceMonths: preferences.consentChoiceMonths,
      updatedOn: localCalendarDate(ctx.clock()),
    },
    language,
  );
}
