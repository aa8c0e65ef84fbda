/**
 * Which backups to keep: every backup of the 24 hours before the newest one (a manual backup or
 * a safety copy taken this morning does not vanish at the next one), then the newest of each of
 * the last 7 days that have one, of the last 4 weeks (ISO weeks) and of the last 12 months, in
 * the user's local calendar. A backup kept by any rule stays.
 */
export const backupRetention = { daily: 7, weekly: 4, monthly: 12 } as const;

const pad = (n: number) => String(n).padStart(2, '0');

function dayKey(at: Date): string {
  return `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function monthKey(at: Date): string {
  return `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}`;
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeekKey(at: Date): string {
  const thursday = new Date(at.getFullYear(), at.getMonth(), at.getDate());
  thursday.setDate(thursday.getDate() + 3 - ((thursday.getDay() + 6) % 7));
  const firstThursday = new Date(thursday.getFullYear(), 0, 4);
  firstThursday.setDate(firstThursday.getDate() + 3 - ((firstThursday.getDay() + 6) % 7));
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${String(thursday.getFullYear())}-W${pad(week)}`;
}

/** The instants (ISO strings) of the backups to keep, among `takenAt`. */
export function backupsToKeep(
  takenAt: readonly string[],
  retention: { daily: number; weekly: number; monthly: number } = backupRetention,
): Set<string> {
  const newestFirst = [...takenAt].sort((a, b) => Date.parse(b) - Date.parse(a));
  const keep = new Set<string>();
  const newest = newestFirst[0];
  if (newest !== undefined) {
    const since = Date.parse(newest) - 24 * 3_600_000;
    for (const instant of newestFirst) if (Date.parse(instant) > since) keep.add(instant);
  }
  const rules: [(at: Date) => string, number][] = [
    [dayKey, retention.daily],
    [isoWeekKey, retention.weekly],
    [monthKey, retention.monthly],
  ];
  for (const [key, count] of rules) {
    const seen = new Set<string>();
    for (const instant of newestFirst) {
      const period = key(new Date(instant));
      if (seen.has(period)) continue;
      if (seen.size === count) break;
      seen.add(period);
      keep.add(instant);
    }
  }
  return keep;
}
