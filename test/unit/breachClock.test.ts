import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { notificationDeadline, timeLeft } from '../../shared/breaches/clock';
import { explainClockStep } from '../../shared/breaches/explain';
import { instantFromParis, toParisIso } from '../../shared/breaches/parisTime';

const deadline = (local: string, regime?: 'standard' | 'electronicCommunications') =>
  notificationDeadline(instantFromParis(local), regime);

describe('the 72 hours, counted by hand', () => {
  it('gives the deadlines worked out with Regulation 1182/71, Art. 3', () => {
    // Each case: awareness in Paris, then the start and the due time worked out on paper.
    const cases: [string, string, string, string][] = [
      // DOMAIN.md: Friday before the spring change (Sunday 29 March 2026, 02:00 → 03:00).
      [
        '2026-03-27T14:25',
        '2026-03-27T14:25+01:00',
        '2026-03-27T15:00+01:00',
        '2026-03-30T16:00+02:00',
      ],
      // Friday before the autumn change (Sunday 25 October 2026, 03:00 → 02:00): 72 hours
      // elapsed read one hour earlier on the wall.
      [
        '2026-10-23T14:25',
        '2026-10-23T14:25+02:00',
        '2026-10-23T15:00+02:00',
        '2026-10-26T14:00+01:00',
      ],
      // One minute before midnight on New Year's Eve: the next hour is the new year's first.
      [
        '2026-12-31T23:59',
        '2026-12-31T23:59+01:00',
        '2027-01-01T00:00+01:00',
        '2027-01-04T00:00+01:00',
      ],
      // Before the long weekend of 1 May 2026 (a Friday): the period ends on a Sunday evening and
      // is not moved to the Monday.
      [
        '2026-04-30T18:40',
        '2026-04-30T18:40+02:00',
        '2026-04-30T19:00+02:00',
        '2026-05-03T19:00+02:00',
      ],
      // Exactly on the hour: the hour 14:00–15:00 is the one awareness falls in, not counted.
      [
        '2026-11-04T14:00',
        '2026-11-04T14:00+01:00',
        '2026-11-04T15:00+01:00',
        '2026-11-07T15:00+01:00',
      ],
      // 02:30 on 29 March 2026 does not exist in Paris: read as the clock not yet moved shows it.
      [
        '2026-03-29T02:30',
        '2026-03-29T03:30+02:00',
        '2026-03-29T04:00+02:00',
        '2026-04-01T04:00+02:00',
      ],
      // 02:30 on 25 October 2026 happens twice: the first one, the earlier deadline; the next
      // hour begins at 01:00 UTC, when Paris has just gone back to 02:00.
      [
        '2026-10-25T02:30',
        '2026-10-25T02:30+02:00',
        '2026-10-25T02:00+01:00',
        '2026-10-28T02:00+01:00',
      ],
    ];
    for (const [local, aware, start, due] of cases) {
      expect({ local, ...pick(deadline(local)) }).toEqual({ local, aware, start, due });
    }
  });

  it('gives 24 hours to a provider of electronic communications services', () => {
    expect(pick(deadline('2026-03-28T09:10', 'electronicCommunications'))).toEqual({
      aware: '2026-03-28T09:10+01:00',
      start: '2026-03-28T10:00+01:00',
      due: '2026-03-29T11:00+02:00',
    });
  });

  it('explains each step in French and in English', () => {
    const steps = deadline('2026-03-27T14:25').steps;
    expect(steps.map((step) => explainClockStep(step, 'fr'))).toEqual([
      'Connaissance de la violation : vendredi 27 mars 2026 à 14:25 (heure de Paris).',
      'L’heure au cours de laquelle elle survient (14:00 – 15:00) n’est pas comptée (règlement n° 1182/71, art. 3, § 1).',
      'Le délai commence au début de l’heure suivante : vendredi 27 mars 2026 à 15:00 (heure de Paris) (art. 3, § 2, a).',
      '72 heures comptées de suite, samedis, dimanches et jours fériés compris, sans report (art. 3, § 3) : échéance le lundi 30 mars 2026 à 16:00 (heure de Paris).',
      'Changement d’heure pendant le délai : les heures sont comptées telles qu’elles s’écoulent, l’heure de Paris passe de UTC+1 à UTC+2.',
      'Par prudence, 72 heures après l’instant même de la connaissance : le lundi 30 mars 2026 à 15:25 (heure de Paris).',
    ]);
    expect(explainClockStep(steps[3] ?? { kind: 'periodStarts', at: '' }, 'en')).toBe(
      '72 hours counted in a row, Saturdays, Sundays and public holidays included, never moved (Art. 3(3)): due Monday, 30 March 2026 at 16:00 (Paris time).',
    );
    const [onTheHour] = deadline('2026-11-04T14:00').steps;
    expect(onTheHour && explainClockStep(onTheHour, 'fr')).toContain('à l’heure pile');
  });

  it('shows the time left green, amber under 24 hours, red under 6, then late', () => {
    const due = new Date('2026-03-30T14:00:00Z');
    const at = (iso: string) => timeLeft(due, new Date(iso)).level;
    expect(at('2026-03-29T13:59:00Z')).toBe('ok');
    expect(at('2026-03-29T14:00:01Z')).toBe('soon');
    expect(at('2026-03-30T08:00:01Z')).toBe('urgent');
    expect(at('2026-03-30T13:59:30Z')).toBe('urgent');
    expect(at('2026-03-30T14:00:00Z')).toBe('late');
    expect(timeLeft(due, new Date('2026-03-30T15:30:00Z')).minutes).toBe(-90);
  });
});

function pick(found: { aware: string; start: string; due: string }) {
  return { aware: found.aware, start: found.start, due: found.due };
}

describe('the same deadline whatever the machine’s time zone', () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });
  for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
    it(`in ${zone}: due on a whole hour, more than 72 and at most 73 hours after awareness`, () => {
      process.env.TZ = zone;
      expect(pick(deadline('2026-03-27T14:25'))).toEqual({
        aware: '2026-03-27T14:25+01:00',
        start: '2026-03-27T15:00+01:00',
        due: '2026-03-30T16:00+02:00',
      });
      fc.assert(
        fc.property(
          fc.date({
            min: new Date('2000-01-01T00:00:00Z'),
            max: new Date('2100-01-01T00:00:00Z'),
            noInvalidDate: true,
          }),
          fc.constantFrom('standard' as const, 'electronicCommunications' as const),
          (aware, regime) => {
            const found = notificationDeadline(aware, regime);
            const due = new Date(found.due);
            const elapsed = due.getTime() - aware.getTime();
            const hours = regime === 'standard' ? 72 : 24;
            expect(due.getUTCMinutes()).toBe(0);
            expect(due.getUTCSeconds()).toBe(0);
            expect(elapsed).toBeGreaterThan(hours * 3_600_000);
            expect(elapsed).toBeLessThanOrEqual((hours + 1) * 3_600_000);
            // What is shown is the same instant, read in Paris.
            expect(toParisIso(due)).toBe(found.due);
            expect(instantFromParis(found.due.slice(0, 16)).getTime()).toBeLessThanOrEqual(
              due.getTime(),
            );
          },
        ),
        { numRuns: 2000 },
      );
    });
  }
});
