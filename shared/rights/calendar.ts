/**
 * French public holidays, on calendar dates only (`YYYY-MM-DD`): no instant, no time zone.
 * Alsace-Moselle adds Good Friday and 26 December (local law, a setting).
 */

export type HolidayName =
  | 'newYear'
  | 'goodFriday'
  | 'easterMonday'
  | 'labourDay'
  | 'victoryInEurope'
  | 'ascension'
  | 'whitMonday'
  | 'bastilleDay'
  | 'assumption'
  | 'allSaints'
  | 'armistice'
  | 'christmas'
  | 'saintStephen';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function toCalendarDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function splitDate(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 Sunday ... 6 Saturday; computed in UTC from the date's numbers, so the same everywhere. */
export function weekday(date: string): number {
  const [year, month, day] = splitDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function shiftDays(date: string, days: number): string {
  const [year, month, day] = splitDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return toCalendarDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toCalendarDate(year, month, day);
}

export function frenchHolidays(year: number, alsaceMoselle: boolean): Map<string, HolidayName> {
  const easter = easterSunday(year);
  const holidays = new Map<string, HolidayName>([
    [toCalendarDate(year, 1, 1), 'newYear'],
    [shiftDays(easter, 1), 'easterMonday'],
    [toCalendarDate(year, 5, 1), 'labourDay'],
    [toCalendarDate(year, 5, 8), 'victoryInEurope'],
    [shiftDays(easter, 39), 'ascension'],
    [shiftDays(easter, 50), 'whitMonday'],
    [toCalendarDate(year, 7, 14), 'bastilleDay'],
    [toCalendarDate(year, 8, 15), 'assumption'],
    [toCalendarDate(year, 11, 1), 'allSaints'],
    [toCalendarDate(year, 11, 11), 'armistice'],
    [toCalendarDate(year, 12, 25), 'christmas'],
  ]);
  if (alsaceMoselle) {
    holidays.set(shiftDays(easter, -2), 'goodFriday');
    holidays.set(toCalendarDate(year, 12, 26), 'saintStephen');
  }
  return holidays;
}

export function holidayOn(date: string, alsaceMoselle: boolean): HolidayName | null {
  const [year] = splitDate(date);
  return frenchHolidays(year, alsaceMoselle).get(date) ?? null;
}

export function isWorkingDay(date: string, alsaceMoselle: boolean): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && holidayOn(date, alsaceMoselle) === null;
}
