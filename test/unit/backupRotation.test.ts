import { describe, expect, it } from 'vitest';
import { backupsToKeep, isoWeekKey } from '../../shared/backups/rotation';

/** One backup a day at 09:00 local time, for `days` days up to 2026-11-22 (newest first). */
function daily(days: number, hour = 9): string[] {
  return Array.from({ length: days }, (_, i) =>
    new Date(2026, 10, 22 - i, hour, 0, 0).toISOString(),
  );
}

const local = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('backup rotation', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly backups of a year of daily backups', () => {
    const kept = [...backupsToKeep(daily(400))].map(local).sort();
    // The last 7 days.
    for (const day of ['2026-11-16', '2026-11-17', '2026-11-20', '2026-11-22']) {
      expect(kept).toContain(day);
    }
    // The newest of each of the 4 weeks: Sundays 2026-11-15, -08 (the week of the 16th-22nd
    // is already kept by its Sunday the 22nd).
    expect(kept).toContain('2026-11-15');
    expect(kept).toContain('2026-11-08');
    expect(kept).toContain('2026-11-01');
    expect(kept).not.toContain('2026-11-09');
    // The newest of each of 12 months: the last day of each month back to December 2025.
    expect(kept).toContain('2026-10-31');
    expect(kept).toContain('2026-02-28');
    expect(kept).toContain('2025-12-31');
    expect(kept).not.toContain('2025-11-30');
    expect(kept).not.toContain('2026-10-30');
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
  });

  it('keeps every backup of the last 24 hours, then only the newest of an older day', () => {
    const backups = [
      new Date(2026, 10, 20, 8).toISOString(),
      new Date(2026, 10, 20, 12).toISOString(),
      new Date(2026, 10, 22, 8).toISOString(),
      new Date(2026, 10, 22, 12).toISOString(),
      new Date(2026, 10, 22, 17).toISOString(),
    ];
    expect([...backupsToKeep(backups)].sort()).toEqual(backups.slice(1).sort());
    expect(backupsToKeep([])).toEqual(new Set());
  });

  it('numbers weeks the ISO way, across a year end', () => {
    expect(isoWeekKey(new Date(2026, 10, 22))).toBe('2026-W47');
    expect(isoWeekKey(new Date(2027, 0, 1))).toBe('2026-W53');
    expect(isoWeekKey(new Date(2025, 11, 29))).toBe('2026-W01');
  });
});
