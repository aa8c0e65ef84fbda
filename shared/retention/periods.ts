import { daysInMonth, splitDate, toCalendarDate } from '../rights/calendar';
import { addDays } from '../dates';
import type { PeriodUnit } from './vocabulary';
import { fromPhrase } from '../i18n/grammar';

export interface Period {
  value: number;
  unit: PeriodUnit;
}

/** Adds a period to a calendar date; a month end that does not exist falls on the month's last day. */
export function addPeriod(date: string, period: Period): string {
  if (period.unit === 'days') return addDays(date, period.value);
  const [year, month, day] = splitDate(date);
  const months = period.unit === 'years' ? period.value * 12 : period.value;
  const index = month - 1 + months;
  const targetYear = year + Math.floor(index / 12);
  const targetMonth = (((index % 12) + 12) % 12) + 1;
  return toCalendarDate(
    targetYear,
    targetMonth,
    Math.min(day, daysInMonth(targetYear, targetMonth)),
  );
}

/** Roughly in days, to compare a period with a limit (100 years). */
export function periodDays(period: Period): number {
  return period.unit === 'days'
    ? period.value
    : period.unit === 'months'
      ? period.value * 31
      : period.value * 366;
}

/** "3 ans", "1 an", "1 year", or `none` for a period of zero (no archive phase). */
export function periodText(
  period: { value: number; unit: string },
  t: (key: string, params?: Record<string, string | number>) => string,
  none = '—',
): string {
  return period.value === 0 ? none : t(`period.${period.unit}`, { count: period.value });
}

/** « à compter de la fin du contrat », « from end of contract »: the words a language needs. */
export function fromEventText(
  event: string,
  t: (key: string, params?: Record<string, string | number>) => string,
  key: 'describe.from' | 'letter.from' = 'describe.from',
): string {
  return t(key, { event, fromEvent: fromPhrase(event) });
}
