import { describe, expect, it } from 'vitest';
import { formatCalendarDate, parseCalendarDate } from '../../shared/dates';

describe('dates typed in a field', () => {
  it('reads day first, with or without leading zeros, and ISO as pasted', () => {
    expect(parseCalendarDate('22/11/2026')).toBe('2026-11-22');
    expect(parseCalendarDate('2/3/2026')).toBe('2026-03-02');
    expect(parseCalendarDate(' 02.03.2026 ')).toBe('2026-03-02');
    expect(parseCalendarDate('2026-11-22')).toBe('2026-11-22');
    expect(parseCalendarDate('2026-3-2')).toBe('2026-03-02');
  });

  it('keeps an empty field empty and refuses what is no date', () => {
    expect(parseCalendarDate('')).toBe('');
    expect(parseCalendarDate('   ')).toBe('');
    expect(parseCalendarDate('31/02/2026')).toBeNull();
    expect(parseCalendarDate('29/02/2025')).toBeNull();
    expect(parseCalendarDate('29/02/2028')).toBe('2028-02-29');
    expect(parseCalendarDate('22/11/26')).toBeNull();
    expect(parseCalendarDate('11-22-2026')).toBeNull();
    expect(parseCalendarDate('13/13/2026')).toBeNull();
    expect(parseCalendarDate('demain')).toBeNull();
  });

  it('shows a date as dd/mm/yyyy, and reads back what it shows', () => {
    expect(formatCalendarDate('2026-03-02')).toBe('02/03/2026');
    expect(parseCalendarDate(formatCalendarDate('2026-12-31'))).toBe('2026-12-31');
    // Text that is no date is shown as it was typed, for the person to fix it.
    expect(formatCalendarDate('31/02')).toBe('31/02');
  });
});
