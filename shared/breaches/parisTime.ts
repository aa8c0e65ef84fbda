/**
 * French legal time (Europe/Paris) without the machine's time zone: a breach's clock is shown as
 * the CNIL reads it, whether the DPO's laptop is set to Paris, UTC or Tokyo.
 */
import { lazy } from '../lazy';

const parisParts = lazy(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }),
);

const hourMs = 3_600_000;

/** A wall-clock reading in Paris: `2026-03-27` and `14:25`. */
export interface ParisWallTime {
  date: string;
  time: string;
}

function wallFields(
  instant: Date,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of parisParts().formatToParts(instant)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  return fields;
}

/** Minutes ahead of UTC in Paris at this instant: 60 in winter, 120 in summer. */
export function parisOffsetMinutes(instant: Date): number {
  const f = wallFields(instant);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const pad = (value: number) => String(value).padStart(2, '0');

export function parisWallTime(instant: Date): ParisWallTime {
  const f = wallFields(instant);
  return {
    date: `${String(f.year)}-${pad(f.month)}-${pad(f.day)}`,
    time: `${pad(f.hour)}:${pad(f.minute)}`,
  };
}

/** `2026-03-30T16:00+02:00`: the instant as read in Paris, with the offset of that moment. */
export function toParisIso(instant: Date): string {
  const wall = parisWallTime(instant);
  const offset = parisOffsetMinutes(instant);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall.date}T${wall.time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** True for `YYYY-MM-DDTHH:mm` naming a real calendar day and time of day. */
export function isParisLocalTime(text: string): boolean {
  const match = localPattern.exec(text);
  if (match === null) return false;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && h < 24 && mi < 60;
}

/**
 * The instant a Paris wall-clock reading (`2026-03-27T14:25`) names. In October one hour happens
 * twice: the first one is taken, which gives the earlier deadline. In March one hour does not
 * exist (02:00 to 03:00): a reading in it is taken with the winter offset, as a clock not yet
 * moved would show it (02:30 is 03:30 summer time).
 */
export function instantFromParis(local: string): Date {
  const match = localPattern.exec(local);
  if (match === null || !isParisLocalTime(local)) {
    throw new RangeError(`Not a Paris local time (YYYY-MM-DDTHH:mm): ${local}`);
  }
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const offsets = new Set([
    parisOffsetMinutes(new Date(asUtc - 3 * hourMs)),
    parisOffsetMinutes(new Date(asUtc + 3 * hourMs)),
  ]);
  const readings = [...offsets]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((instant) => {
      const wall = parisWallTime(instant);
      return `${wall.date}T${wall.time}` === local;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  const [first] = readings;
  if (first !== undefined) return first;
  // In the spring gap: the offset in force just before it.
  return new Date(asUtc - parisOffsetMinutes(new Date(asUtc - 3 * hourMs)) * 60_000);
}
