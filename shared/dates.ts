/** Calendar dates as `YYYY-MM-DD` text: no time zone ever shifts them. */

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] | null {
  const match = pattern.exec(date);
  if (match === null) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function isCalendarDate(date: string): boolean {
  const p = parts(date);
  if (p === null) return false;
  const [year, month, day] = p;
  const utc = new Date(Date.UTC(year, month - 1, day));
  return (
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day
  );
}

/** The calendar date of an instant in UTC (for a clock given as a Date). */
export function calendarDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The user's calendar date today, read in their own time zone. */
export function localCalendarDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The local calendar day of an ISO instant: an activity created at 00:30 in Paris on 1 March is
 * « 01/03 », though its UTC instant still says 28 February.
 */
export function localDateOf(instant: string): string {
  const moment = new Date(instant);
  return Number.isNaN(moment.getTime()) ? '' : localCalendarDate(moment);
}

export function addDays(date: string, days: number): string {
  const p = parts(date);
  if (p === null) throw new Error(`Date invalide : ${date}`);
  const [year, month, day] = p;
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** "2026-11-22" -> "22/11/2026". */
export function formatCalendarDate(date: string): string {
  const p = parts(date);
  if (p === null) return date;
  const [year, month, day] = p;
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year)}`;
}

/**
 * What a person types or pastes in a date field, as `YYYY-MM-DD`: « 22/11/2026 », « 2/3/2026 »
 * (day first, the French order, whatever the system's locale) or « 2026-11-22 ». '' for an empty
 * field; null for text that is no existing date (31/02/2026, 22/11/26, 11-22-2026).
 */
export function parseCalendarDate(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const french = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(typed);
  const [year, month, day] =
    iso !== null
      ? [iso[1], iso[2], iso[3]]
      : french !== null
        ? [french[3], french[2], french[1]]
        : [undefined, undefined, undefined];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}
