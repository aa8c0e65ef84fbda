import { parisOffsetMinutes, toParisIso } from './parisTime';

/**
 * Who notifies within which period: every controller within 72 hours (GDPR Art. 33(1)); providers
 * of publicly available electronic communications services within 24 hours (Regulation 611/2013).
 */
export const notificationRegimes = ['standard', 'electronicCommunications'] as const;
export type NotificationRegime = (typeof notificationRegimes)[number];

export const periodHoursOf: Record<NotificationRegime, number> = {
  standard: 72,
  electronicCommunications: 24,
};

const hourMs = 3_600_000;

/** One step of the count, worded by `explainClockStep` in the reader's language. */
export type BreachClockStep =
  | { kind: 'aware'; at: string; onTheHour: boolean }
  | { kind: 'hourNotCounted'; hourFrom: string; hourTo: string }
  | { kind: 'periodStarts'; at: string }
  | { kind: 'hoursCounted'; hours: number; regime: NotificationRegime; due: string }
  | { kind: 'clockChanged'; fromOffset: string; toOffset: string }
  | { kind: 'cautious'; hours: number; at: string };

export interface NotificationDeadline {
  regime: NotificationRegime;
  hours: number;
  /** ISO 8601 in Paris time with its offset (`2026-03-27T14:25+01:00`). */
  aware: string;
  start: string;
  due: string;
  /**
   * The period counted from the very minute of awareness, up to an hour before `due`: the moment a
   * cautious DPO aims for, since the CNIL counts « 72 heures au plus tard » loosely.
   */
  cautiousDue: string;
  steps: BreachClockStep[];
}

function offsetText(instant: Date): string {
  const offset = parisOffsetMinutes(instant);
  return `UTC${offset < 0 ? '-' : '+'}${String(Math.abs(offset) / 60)}`;
}

/**
 * The notification deadline as Regulation 1182/71 counts a period in hours: the hour in which the
 * organisation became aware is not counted (Art. 3(1)); the period starts at the beginning of the
 * next hour (Art. 3(2)(a)) and runs hour after hour, Saturdays, Sundays and holidays included,
 * never moved (Art. 3(3); the working-day rule of Art. 3(4) is not for periods in hours).
 * Awareness exactly on the hour (14:00:00) falls in the hour 14:00 to 15:00, which is not counted:
 * the period starts at 15:00, 73 hours before the deadline. Hours are counted as they pass, so a
 * change of clock in Paris shows as a deadline one hour earlier or later on the wall.
 */
export function notificationDeadline(
  aware: Date,
  regime: NotificationRegime = 'standard',
): NotificationDeadline {
  const hours = periodHoursOf[regime];
  const hourStart = Math.floor(aware.getTime() / hourMs) * hourMs;
  const start = new Date(hourStart + hourMs);
  const due = new Date(start.getTime() + hours * hourMs);
  const onTheHour = aware.getTime() === hourStart;
  const cautiousDue = new Date(aware.getTime() + hours * hourMs);
  const steps: BreachClockStep[] = [
    { kind: 'aware', at: toParisIso(aware), onTheHour },
    {
      kind: 'hourNotCounted',
      hourFrom: toParisIso(new Date(hourStart)),
      hourTo: toParisIso(start),
    },
    { kind: 'periodStarts', at: toParisIso(start) },
    { kind: 'hoursCounted', hours, regime, due: toParisIso(due) },
  ];
  if (parisOffsetMinutes(start) !== parisOffsetMinutes(due)) {
    steps.push({ kind: 'clockChanged', fromOffset: offsetText(start), toOffset: offsetText(due) });
  }
  steps.push({ kind: 'cautious', hours, at: toParisIso(cautiousDue) });
  return {
    regime,
    hours,
    aware: toParisIso(aware),
    start: toParisIso(start),
    due: toParisIso(due),
    cautiousDue: toParisIso(cautiousDue),
    steps,
  };
}

/** How urgent the deadline looks: green, amber under 24 hours, red under 6, then late. */
export type ClockLevel = 'ok' | 'soon' | 'urgent' | 'late';

export interface TimeLeft {
  /** Whole minutes left, negative once late. */
  minutes: number;
  level: ClockLevel;
}

export function timeLeft(due: Date, now: Date): TimeLeft {
  const ms = due.getTime() - now.getTime();
  const minutes = Math.floor(ms / 60_000);
  const level: ClockLevel =
    ms <= 0 ? 'late' : ms < 6 * 3_600_000 ? 'urgent' : ms < 24 * 3_600_000 ? 'soon' : 'ok';
  return { minutes, level };
}
