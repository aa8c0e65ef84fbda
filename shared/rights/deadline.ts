import {
  daysInMonth,
  holidayOn,
  shiftDays,
  splitDate,
  toCalendarDate,
  weekday,
  type HolidayName,
} from './calendar';

/**
 * The answer deadline of a rights request (GDPR Art. 12(3)), computed as Regulation (EEC,
 * Euratom) No 1182/71 Art. 3 says, on calendar dates only:
 * 1. the period in months ends on the day of the last month with the same number as the day of
 *    receipt (the day of receipt itself is not counted), or on that month's last day if it has no
 *    such day;
 * 2. the days the time limit was suspended (waiting for the identity proof asked for) are added;
 * 3. a Saturday, Sunday or public holiday moves the end to the next working day.
 * Every step is returned so that the UI can show how the date was found.
 */

export interface DeadlineInput {
  /** `YYYY-MM-DD`, the day the request was received. */
  received: string;
  /** 1, or 3 once extended (Art. 12(3): two further months). */
  months: number;
  /** Calendar days during which the time limit was suspended. */
  suspendedDays: number;
  /** Alsace-Moselle also rests on Good Friday and 26 December. */
  alsaceMoselle: boolean;
}

export type DeadlineStep =
  | { kind: 'received'; date: string }
  | { kind: 'monthsAdded'; months: number; date: string }
  | { kind: 'endOfMonthClipped'; missingDay: number; date: string }
  | { kind: 'suspensionAdded'; days: number; date: string }
  | { kind: 'weekendSkipped'; from: string; date: string }
  | { kind: 'holidaySkipped'; from: string; holiday: HolidayName; date: string }
  | { kind: 'due'; date: string };

export interface Deadline {
  due: string;
  /** The end of the period before the working-day rule (after any suspension). */
  unadjusted: string;
  steps: DeadlineStep[];
}

export function computeDeadline(input: DeadlineInput): Deadline {
  const steps: DeadlineStep[] = [{ kind: 'received', date: input.received }];
  const [year, month, day] = splitDate(input.received);
  const monthIndex = month - 1 + input.months;
  const endYear = year + Math.floor(monthIndex / 12);
  const endMonth = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(endYear, endMonth);
  let end = toCalendarDate(endYear, endMonth, Math.min(day, lastDay));
  steps.push({ kind: 'monthsAdded', months: input.months, date: end });
  if (day > lastDay) steps.push({ kind: 'endOfMonthClipped', missingDay: day, date: end });

  if (input.suspendedDays > 0) {
    end = shiftDays(end, input.suspendedDays);
    steps.push({ kind: 'suspensionAdded', days: input.suspendedDays, date: end });
  }
  const unadjusted = end;

  for (;;) {
    const holiday = holidayOn(end, input.alsaceMoselle);
    const dayOfWeek = weekday(end);
    if (holiday === null && dayOfWeek !== 0 && dayOfWeek !== 6) break;
    const next = shiftDays(end, 1);
    steps.push(
      holiday !== null
        ? { kind: 'holidaySkipped', from: end, holiday, date: next }
        : { kind: 'weekendSkipped', from: end, date: next },
    );
    end = next;
  }
  steps.push({ kind: 'due', date: end });
  return { due: end, unadjusted, steps };
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = splitDate(from);
  const [y2, m2, d2] = splitDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}
