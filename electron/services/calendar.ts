import { sql } from 'kysely';
import { listBreaches } from '../../db/breaches';
import { listActivities } from '../../db/activities';
import { listProcessors } from '../../db/processors';
import { hasQuarterlyExport } from '../../db/registerExports';
import { listDueRequests } from '../../db/requests';
import { listRules } from '../../db/retention';
import { getOrganisationSettings } from '../../db/settings';
import { breachState, deadlineOf } from '../../shared/breaches/state';
import { addDays } from '../../shared/dates';
import { translate, type Language } from '../../shared/i18n';
import { needsArt28Contract } from '../../shared/processors/warnings';
import { quarterEnd, sortCalendar, type CalendarItem } from '../../shared/retention/calendar';
import { toIcs } from '../../shared/retention/ics';
import { isStale, noticeVersionsLink, staleDetail, staleWarning } from '../../shared/notices/stale';
import { addPeriod } from '../../shared/retention/periods';
import { calendarKinds, isPeriodic, type CalendarKind } from '../../shared/retention/vocabulary';
import type { Context } from './context';
import { noticesOverview } from './noticeStatus';
import { getPreferences } from './preferences';
import { todayOf } from './requests';
import { trackedItems } from './retention';

export interface CalendarQuery {
  from?: string | undefined;
  to?: string | undefined;
  kinds?: string[] | undefined;
  /** Requesters named in the titles; by default the « calendarNames » preference decides. */
  names?: boolean | undefined;
  /** The titles' language; by default the app's (the French workbook asks for French). */
  language?: Language | undefined;
}

/** Subtracts a period: used to keep only the request files whose purge falls in the window. */
function minusPeriod(date: string, value: number, unit: 'days' | 'months' | 'years'): string {
  return addPeriod(date, { value: -value, unit });
}

/**
 * Every deadline in one list: requests, archivings and purges, periodic reviews, request files to
 * purge, Art. 28 contract reviews, DPIA reviews, the quarterly register export and the renewal of
 * the cookie consent. Overdue first.
 */
export async function calendarItems(
  ctx: Context,
  query: CalendarQuery = {},
): Promise<CalendarItem[]> {
  const today = todayOf(ctx);
  const to = query.to ?? addDays(today, 90);
  const preferences = await getPreferences(ctx);
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(query.language ?? preferences.language, key, params);
  const names = query.names ?? preferences.calendarNames;
  const items: CalendarItem[] = [];
  const push = (item: Omit<CalendarItem, 'overdue'>) => {
    if (item.date <= to) items.push({ ...item, overdue: item.date < today });
  };

  for (const request of await listDueRequests(ctx.db, today, to)) {
    push({
      id: `request-${request.id}`,
      kind: 'request',
      date: request.dueOn,
      title: names
        ? t('calendar.requestNamed', { reference: request.reference, name: request.requesterName })
        : t('calendar.request', { reference: request.reference }),
      detail: request.rights.map((r) => t(`enum.right.${r}`)).join(', '),
      link: `#/demandes/fiche/${request.id}`,
    });
  }

  // A breach the CNIL must hear of: due at an hour, shown on its Paris day with the hour.
  for (const breach of await listBreaches(ctx.db)) {
    const state = breachState(breach, ctx.clock());
    if (breach.closedOn !== '' || !['toAssess', 'toNotify', 'late'].includes(state)) continue;
    const due = deadlineOf(breach).due;
    push({
      id: `breach-notification-${breach.id}`,
      kind: 'breachNotification',
      date: due.slice(0, 10),
      title: t('calendar.breachNotification', {
        reference: breach.reference,
        time: due.slice(11, 16),
      }),
      detail: breach.title,
      link: `#/violations/fiche/${breach.id}`,
    });
  }

  // The next look at an open breach: a complement to notify, measures to check (Art. 33(4)).
  for (const breach of await listBreaches(ctx.db)) {
    if (breach.closedOn !== '' || breach.followUpOn === '') continue;
    push({
      id: `breach-follow-up-${breach.id}-${breach.followUpOn}`,
      kind: 'breachFollowUp',
      date: breach.followUpOn,
      title: t('calendar.breachFollowUp', { reference: breach.reference }),
      detail: breach.title,
      link: `#/violations/fiche/${breach.id}`,
    });
  }

  for (const item of await trackedItems(ctx.db)) {
    if (isPeriodic(item.kind)) {
      const cookie = item.kind === 'consentRenewal';
      push({
        id: `${cookie ? 'cookie-consent' : 'review'}-${item.id}-${item.nextReviewOn}`,
        kind: cookie ? 'cookieConsent' : 'review',
        date: item.nextReviewOn,
        title: t(cookie ? 'calendar.cookieConsent' : 'calendar.review', { name: item.name }),
        detail: item.notes,
        link: `#/conservation/suivi/${item.id}`,
      });
      continue;
    }
    if (item.purgedOn !== '') continue;
    if (item.archiveOn !== '' && item.archivedOn === '') {
      push({
        id: `archive-${item.id}`,
        kind: 'archive',
        date: item.archiveOn,
        title: t('calendar.archive', { name: item.name }),
        detail: item.notes,
        link: `#/conservation/suivi/${item.id}`,
      });
    }
    push({
      id: `purge-${item.id}`,
      kind: 'purge',
      date: item.deleteOn,
      title: t('calendar.purge', { name: item.name }),
      detail: item.notes,
      link: `#/conservation/suivi/${item.id}`,
    });
  }

  // The request files themselves: kept as long as the rule without activity says, then purged.
  for (const rule of (await listRules(ctx.db)).filter((r) => r.activityId === null)) {
    const active = rule.activePeriod;
    const archive = rule.archivePeriod;
    const latestStart = minusPeriod(
      minusPeriod(to, archive.value, archive.unit),
      active.value,
      active.unit,
    );
    const rows = await ctx.db
      .selectFrom('rights_request')
      .select([
        'id',
        'reference',
        'requester_name',
        'received_on',
        sql<string | null>`json_extract(details_json, '$.responseOn')`.as('response_on'),
      ])
      .where('is_open', '=', 0)
      .where('received_on', '<=', latestStart)
      .execute();
    for (const row of rows) {
      const closed =
        row.response_on !== null && row.response_on !== '' ? row.response_on : row.received_on;
      push({
        id: `request-file-${row.id}`,
        kind: 'requestFile',
        date: addPeriod(addPeriod(closed, active), archive),
        title: t('calendar.requestFile', { reference: row.reference }),
        detail: rule.label,
        link: `#/demandes/fiche/${row.id}`,
      });
    }
  }

  for (const processor of await listProcessors(ctx.db)) {
    if (
      needsArt28Contract(processor) &&
      processor.contractStatus === 'signed' &&
      processor.contractReviewOn !== ''
    ) {
      push({
        id: `contract-${processor.id}-${processor.contractReviewOn}`,
        kind: 'contractReview',
        date: processor.contractReviewOn,
        title: t('calendar.contractReview', { name: processor.name }),
        detail: '',
        link: `#/sous-traitants/fiche/${processor.id}`,
      });
    }
  }

  for (const activity of await listActivities(ctx.db)) {
    if (activity.status !== 'archived' && activity.dpiaNextReview !== '') {
      push({
        id: `dpia-${activity.id}-${activity.dpiaNextReview}`,
        kind: 'dpiaReview',
        date: activity.dpiaNextReview,
        title: t('calendar.dpiaReview', { reference: activity.reference, name: activity.name }),
        detail: '',
        link: `#/registre/fiche/${activity.id}`,
      });
    }
  }

  // The quarterly export is done once the register went out to Excel for the quarter: the next
  // quarter's then comes up.
  const current = quarterEnd(today);
  const quarter = (await hasQuarterlyExport(ctx.db, current.label))
    ? quarterEnd(addDays(current.end, 1))
    : current;
  push({
    id: `register-export-${quarter.label}`,
    kind: 'registerExport',
    date: quarter.end,
    title: t('calendar.registerExport', { quarter: quarter.label }),
    detail: '',
    link: '#/documents',
  });

  // A published notice the register has moved away from: no legal date, a thing to do today,
  // until a new version is published.
  const language = query.language ?? preferences.language;
  for (const status of (await noticesOverview(ctx)).statuses.filter(isStale)) {
    push({
      id: `notice-stale-${status.kind}-${status.language}-v${String(status.last.version)}`,
      kind: 'noticeStale',
      date: today,
      title: staleWarning(status, language),
      detail: staleDetail(status, language),
      link: noticeVersionsLink(status.kind),
    });
  }

  const kinds = (query.kinds ?? []).filter((kind): kind is CalendarKind =>
    (calendarKinds as readonly string[]).includes(kind),
  );
  return sortCalendar(
    items.filter(
      (item) =>
        (kinds.length === 0 || kinds.includes(item.kind)) &&
        (query.from === undefined || item.overdue || item.date >= query.from),
    ),
  );
}

export interface CalendarSummary {
  overdue: number;
  within7: number;
  /** Overdue first, then the next week: what the reminder lists. */
  items: CalendarItem[];
  text: string;
  /** The desktop notification's title, in the app's language. */
  title: string;
}

/** What the daily reminder says: what is overdue and what is due within 7 days. */
export async function calendarSummary(ctx: Context): Promise<CalendarSummary> {
  const today = todayOf(ctx);
  const items = await calendarItems(ctx, { to: addDays(today, 7) });
  const overdue = items.filter((item) => item.overdue).length;
  const within7 = items.length - overdue;
  const { language } = await getPreferences(ctx);
  return {
    overdue,
    within7,
    items,
    text: translate(language, 'calendar.summary', { overdue, within7 }),
    title: translate(language, 'app.reminderNotification'),
  };
}

export async function calendarIcs(ctx: Context, days = 365): Promise<string> {
  const today = todayOf(ctx);
  const items = await calendarItems(ctx, { to: addDays(today, days) });
  const organisation = (await getOrganisationSettings(ctx.db))?.legalName ?? 'DPO Desk';
  const { language, reminderDays } = await getPreferences(ctx);
  return toIcs(items, ctx.clock(), organisation, { language, reminderDays });
}

export async function exportCalendarIcs(ctx: Context): Promise<{ saved: boolean; name: string }> {
  const text = await calendarIcs(ctx);
  return ctx.files.save({
    fileName: `echeances-rgpd-${todayOf(ctx)}.ics`,
    mimeType: 'text/calendar',
    content: new TextEncoder().encode(text),
  });
}
