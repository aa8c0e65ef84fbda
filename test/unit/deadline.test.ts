import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  easterSunday,
  isWorkingDay,
  shiftDays,
  toCalendarDate,
  weekday,
} from '../../shared/rights/calendar';
import { computeDeadline, daysBetween } from '../../shared/rights/deadline';
import { explainDeadline } from '../../shared/rights/explain';

const due = (received: string, months = 1, suspendedDays = 0, alsaceMoselle = false) =>
  computeDeadline({ received, months, suspendedDays, alsaceMoselle }).due;

describe('the worked examples of DOMAIN.md', () => {
  it('gives the dates a lawyer would', () => {
    expect(due('2026-03-15')).toBe('2026-04-15');
    expect(due('2026-01-31')).toBe('2026-03-02');
    expect(due('2024-01-31')).toBe('2024-02-29');
    expect(due('2025-07-15')).toBe('2025-08-18');
  });

  it('makes the extension three months from receipt in all', () => {
    expect(due('2026-01-31', 3)).toBe('2026-04-30');
    expect(due('2025-11-30', 3)).toBe('2026-03-02');
  });

  it('adds suspended days to the unadjusted end, then applies the working-day rule', () => {
    const deadline = computeDeadline({
      received: '2026-03-15',
      months: 1,
      suspendedDays: 10,
      alsaceMoselle: false,
    });
    expect(deadline.unadjusted).toBe('2026-04-25');
    expect(deadline.due).toBe('2026-04-27');
  });

  it('knows Alsace-Moselle rests on Good Friday and 26 December', () => {
    // 3 April 2026 is Good Friday.
    expect(due('2026-03-03', 1, 0, false)).toBe('2026-04-03');
    expect(due('2026-03-03', 1, 0, true)).toBe('2026-04-07');
    expect(due('2025-11-26', 1, 0, true)).toBe('2025-12-29');
  });

  it('explains each step, in French', () => {
    const steps = explainDeadline(
      computeDeadline({
        received: '2026-01-31',
        months: 1,
        suspendedDays: 0,
        alsaceMoselle: false,
      }),
      'fr',
    );
    expect(steps).toEqual([
      'Demande reçue le samedi 31 janvier 2026 ; le jour de réception n’est pas compté.',
      '+1 mois : le même quantième du mois d’arrivée, samedi 28 février 2026.',
      'Ce mois n’a pas de 31 : la période finit son dernier jour, samedi 28 février 2026.',
      'Le samedi 28 février 2026 tombe un week-end : jour ouvrable suivant, dimanche 1er mars 2026.',
      'Le dimanche 1er mars 2026 tombe un week-end : jour ouvrable suivant, lundi 2 mars 2026.',
      'Date limite de réponse : lundi 2 mars 2026.',
    ]);
    expect(
      explainDeadline(
        computeDeadline({
          received: '2025-07-15',
          months: 1,
          suspendedDays: 0,
          alsaceMoselle: false,
        }),
        'fr',
      )[2],
    ).toBe(
      'Le vendredi 15 août 2025 est férié (Assomption) : jour ouvrable suivant, samedi 16 août 2025.',
    );
  });

  it('finds Easter', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(1943)).toBe('1943-04-25');
  });
});

describe('the same answer in every time zone', () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });

  for (const zone of [
    'UTC',
    'America/Los_Angeles',
    'Pacific/Kiritimati',
    'Asia/Tokyo',
    'Europe/Paris',
  ]) {
    it(`in ${zone}`, () => {
      process.env.TZ = zone;
      expect(due('2026-03-15')).toBe('2026-04-15');
      expect(due('2026-01-31')).toBe('2026-03-02');
      expect(due('2024-01-31')).toBe('2024-02-29');
      expect(due('2025-07-15')).toBe('2025-08-18');
      expect(weekday('2026-11-22')).toBe(0);
      expect(
        explainDeadline(
          computeDeadline({
            received: '2026-03-15',
            months: 1,
            suspendedDays: 0,
            alsaceMoselle: false,
          }),
          'fr',
        )[0],
      ).toBe('Demande reçue le dimanche 15 mars 2026 ; le jour de réception n’est pas compté.');
    });
  }
});

describe('properties over 1900-2100', () => {
  const date = fc
    .record({
      year: fc.integer({ min: 1900, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) =>
      toCalendarDate(year, month, Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate())),
    );
  const input = fc.record({
    received: date,
    months: fc.constantFrom(1, 3),
    suspendedDays: fc.integer({ min: 0, max: 120 }),
    alsaceMoselle: fc.boolean(),
  });

  it('falls on a working day, never before the unadjusted end, at most 4 days after it', () => {
    fc.assert(
      fc.property(input, (request) => {
        const result = computeDeadline(request);
        expect(isWorkingDay(result.due, request.alsaceMoselle)).toBe(true);
        const slip = daysBetween(result.unadjusted, result.due);
        expect(slip).toBeGreaterThanOrEqual(0);
        expect(slip).toBeLessThanOrEqual(4);
        expect(result.steps.at(-1)).toEqual({ kind: 'due', date: result.due });
      }),
      { numRuns: 2000 },
    );
  });

  it('ends the period in the right month, on the same day or the month’s last', () => {
    fc.assert(
      fc.property(date, fc.constantFrom(1, 3), (received, months) => {
        const result = computeDeadline({
          received,
          months,
          suspendedDays: 0,
          alsaceMoselle: false,
        });
        const [y, m, d] = received.split('-').map(Number) as [number, number, number];
        const target = new Date(Date.UTC(y, m - 1 + months, 1));
        const last = new Date(
          Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
        ).getUTCDate();
        expect(result.unadjusted).toBe(
          toCalendarDate(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d, last)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('never gives a later receipt an earlier due date', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 400 }), (request, laterBy) => {
        const later = { ...request, received: shiftDays(request.received, laterBy) };
        expect(computeDeadline(later).due >= computeDeadline(request).due).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
