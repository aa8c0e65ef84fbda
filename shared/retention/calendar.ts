import type { CalendarKind } from './vocabulary';

/** One deadline of any kind, as the calendar, the dashboard, reminders and the .ics show it. */
export interface CalendarItem {
  /** Stable across runs (the .ics UID): kind and source. */
  id: string;
  kind: CalendarKind;
  /** `YYYY-MM-DD` */
  date: string;
  title: string;
  detail: string;
  /** Where the DPO acts on it (an address in the app). */
  link: string;
  overdue: boolean;
}

/** Code-unit order: ISO dates, kinds and ids are ASCII, where it is their natural order. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Overdue first (oldest first), then what comes, soonest first. Compared by code units, not
 * localeCompare: ICU collation made the sort of 2,000 deadlines 20 ms of `dpo-desk due`.
 */
export function sortCalendar(items: CalendarItem[]): CalendarItem[] {
  return [...items].sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    return byCodeUnits(a.date, b.date) || byCodeUnits(a.kind, b.kind) || byCodeUnits(a.id, b.id);
  });
}

/** Monday of the week of a calendar date. */
export function weekStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d));
  const shift = (utc.getUTCDay() + 6) % 7;
  utc.setUTCDate(utc.getUTCDate() - shift);
  return utc.toISOString().slice(0, 10);
}

/** Last day of the calendar quarter of a date: the quarterly register export is due then. */
export function quarterEnd(date: string): { end: string; label: string } {
  const year = Number(date.slice(0, 4));
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  const endMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return {
    end: `${String(year)}-${String(endMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`,
    label: `${String(year)}-T${String(quarter)}`,
  };
}
