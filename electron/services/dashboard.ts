import { countRequests, listDueRequests, receivedSince } from '../../db/requests';
import { addDays } from '../../shared/dates';
import { splitDate, toCalendarDate } from '../../shared/rights/calendar';
import { rights } from '../../shared/rights/vocabulary';
import type { DashboardFigures, RequestSummary } from '../../shared/schemas/request';
import { listBreaches } from './breaches';
import type { Context } from './context';
import { noticesOverview } from './noticeStatus';
import { todayOf } from './requests';

/** The twelve months ending with the current one, oldest first (`2025-12` ... `2026-11`). */
export function lastTwelveMonths(today: string): string[] {
  const [year, month] = splitDate(today);
  return Array.from({ length: 12 }, (_, index) => {
    const offset = month - 12 + index;
    const y = year + Math.floor(offset / 12);
    const m = (((offset % 12) + 12) % 12) + 1;
    return toCalendarDate(y, m, 1).slice(0, 7);
  });
}

export async function dashboardFigures(ctx: Context): Promise<DashboardFigures> {
  const today = todayOf(ctx);
  const months = lastTwelveMonths(today);
  const counts = await countRequests(ctx.db, today);
  const since = await receivedSince(ctx.db, `${months[0] ?? today.slice(0, 7)}-01`);
  const breaches = await listBreaches(ctx);
  const waiting = breaches
    .filter(
      (b) => b.isOpen && (b.state === 'toAssess' || b.state === 'toNotify' || b.state === 'late'),
    )
    .sort((a, b) => a.timeLeft.minutes - b.timeLeft.minutes);
  const [nearest] = waiting;
  return {
    today,
    ...counts,
    openBreaches: breaches.filter((b) => b.isOpen).length,
    nextBreachDeadline:
      nearest === undefined
        ? null
        : { reference: nearest.reference, due: nearest.due, minutesLeft: nearest.timeLeft.minutes },
    notices: await noticesOverview(ctx),
    perMonth: months.map((month) => ({ month, count: since.perMonth.get(month) ?? 0 })),
    byRight: rights.map((right) => ({ right, count: since.byRight.get(right) ?? 0 })),
  };
}

/** What is due within `withinDays` days, overdue first: for `dpo-desk due` and reminders. */
export function dueRequests(ctx: Context, withinDays: number): Promise<RequestSummary[]> {
  const today = todayOf(ctx);
  return listDueRequests(ctx.db, today, addDays(today, withinDays));
}
