import { getOrganisationSettings } from '../../db/settings';
import {
  breachNotification,
  notificationText,
  type BreachNotification,
} from '../../shared/breaches/notification';
import { formatCalendarDate } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { translate, type Language } from '../../shared/i18n';
import { breachNotificationPdf } from '../documents/breachNotificationPdf';
import { getBreachView } from './breaches';
import type { Context } from './context';
import { safeFileName } from './files';
import { todayOf } from './requests';
import { resourcesDir } from './resources';

export interface NotificationInput {
  id: string;
  /** 1 is the initial notification; without it, the next one to file. */
  phase?: number | undefined;
  language: Language;
}

/** What the CNIL's online form asks, for one phase, as sections and as one text to paste. */
export async function notificationOf(
  ctx: Context,
  input: NotificationInput,
): Promise<{ notification: BreachNotification; text: string }> {
  const view = await getBreachView(ctx, input.id);
  const recorded = view.breach.notifications.length;
  // A complement can be prepared only after the phases before it: no gap in the timeline.
  if (input.phase !== undefined && input.phase > recorded + 1) {
    throw new AppError('VALIDATION', 'error.invalidInput', undefined, {
      fields: [{ path: 'phase', messageKey: 'validation.invalid' }],
    });
  }
  const [organisation, activities, processors] = await Promise.all([
    getOrganisationSettings(ctx.db),
    ctx.db.selectFrom('processing_activity').select(['id', 'reference', 'name']).execute(),
    ctx.db.selectFrom('processor').select(['id', 'name']).execute(),
  ]);
  const notification = breachNotification(
    { view, organisation, activities, processors },
    input.language,
    input.phase,
  );
  return { notification, text: notificationText(notification, input.language) };
}

/** The notification as a PDF, saved where the DPO chooses. */
export async function saveNotificationPdf(
  ctx: Context,
  input: NotificationInput,
): Promise<{ saved: boolean; name: string }> {
  const { notification } = await notificationOf(ctx, input);
  const organisation = await getOrganisationSettings(ctx.db);
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(input.language, key, params);
  const reference = (await getBreachView(ctx, input.id)).breach.reference;
  const content = await breachNotificationPdf(notification, {
    resources: resourcesDir(),
    author: organisation?.legalName ?? '',
    createdAt: ctx.clock(),
    intro: t('notification.intro'),
    footer: t('notification.generatedOn', { date: formatCalendarDate(todayOf(ctx)) }),
    notGiven: t('notification.notGiven'),
    pageLabel: (page, pages) => t('letter.page', { page, pages }),
  });
  return ctx.files.save({
    fileName: safeFileName(
      `notification-cnil-${reference}-phase-${String(notification.phase)}.pdf`,
    ),
    mimeType: 'application/pdf',
    content,
  });
}
