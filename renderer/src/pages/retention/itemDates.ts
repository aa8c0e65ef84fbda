import { formatCalendarDate } from '../../../../shared/dates';
import { isPeriodic } from '../../../../shared/retention/vocabulary';
import type { TrackedItem } from '../../../../shared/schemas/retention';
import type { useI18n } from '../../i18n';

type T = ReturnType<typeof useI18n>['t'];

/** What a followed item shows of its dates, each late or not on `today`. */
export function itemDates(
  item: TrackedItem,
  today: string,
  t: T,
): { text: string; late: boolean }[] {
  const parts: { text: string; late: boolean }[] = [];
  if (isPeriodic(item.kind)) {
    parts.push({
      text: t(item.kind === 'consentRenewal' ? 'retention.nextRenewal' : 'retention.nextReview', {
        date: formatCalendarDate(item.nextReviewOn),
      }),
      late: item.nextReviewOn < today,
    });
  } else {
    if (item.archiveOn !== '') {
      parts.push(
        item.archivedOn !== ''
          ? {
              text: `${t('retention.archiveOn', { date: formatCalendarDate(item.archiveOn) })} — ${t('retention.done', { date: formatCalendarDate(item.archivedOn) })}`,
              late: false,
            }
          : {
              text: t('retention.archiveOn', { date: formatCalendarDate(item.archiveOn) }),
              late: item.archiveOn < today && item.purgedOn === '',
            },
      );
    }
    parts.push(
      item.purgedOn !== ''
        ? {
            text: `${t('retention.deleteOn', { date: formatCalendarDate(item.deleteOn) })} — ${t('retention.done', { date: formatCalendarDate(item.purgedOn) })}`,
            late: false,
          }
        : {
            text: t('retention.deleteOn', { date: formatCalendarDate(item.deleteOn) }),
            late: item.deleteOn < today,
          },
    );
  }
  return parts;
}
