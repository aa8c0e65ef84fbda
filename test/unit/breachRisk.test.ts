import { describe, expect, it } from 'vitest';
import {
  enisaBand,
  enisaSeverity,
  obligationsOf,
  suggestedRiskLevel,
  type EnisaAssessment,
} from '../../shared/breaches/risk';
import { breachIssues, breachState } from '../../shared/breaches/state';
import { emptyBreach, type BreachFields } from '../../shared/schemas/breach';

const assessment = (overrides: Partial<EnisaAssessment>): EnisaAssessment => ({
  context: 1,
  identification: 0.25,
  confidentiality: 0,
  integrity: 0,
  availability: 0,
  malicious: false,
  ...overrides,
});

describe('the ENISA severity and what it owes', () => {
  it('scores the call centre’s ordinary events as worked out by hand', () => {
    // A client file (names, phone numbers: simple data, 1) emailed to one wrong client, who can
    // identify everyone (1), to a known recipient (0.25): 1.25, low.
    const misdirected = assessment({ context: 1, identification: 1, confidentiality: 0.25 });
    expect(enisaSeverity(misdirected)).toBe(1.25);
    expect(enisaBand(1.25)).toBe('low');
    // Bank details (financial, 3), fully identifiable (1), stolen by a hacker (0.5 + 0.5): 4,
    // high; with identity documents on top the context is 4: 5, very high.
    const hacked = assessment({
      context: 3,
      identification: 1,
      confidentiality: 0.5,
      malicious: true,
    });
    expect(enisaSeverity(hacked)).toBe(4);
    expect(enisaBand(4)).toBe('high');
    expect(enisaBand(enisaSeverity({ ...hacked, context: 4 }))).toBe('veryHigh');
    expect(suggestedRiskLevel(hacked)).toBe('highRisk');
    // Call recordings lost for good (behavioural, 2), identifiable (0.75): 1.5 + 0.5 = 2, medium.
    const lost = assessment({ context: 2, identification: 0.75, availability: 0.5 });
    expect(enisaBand(enisaSeverity(lost))).toBe('medium');
    expect(suggestedRiskLevel(lost)).toBe('risk');
  });

  it('says what is owed: document, notify, tell the people or a public communication', () => {
    expect(obligationsOf('none', '')).toEqual({ notifyAuthority: false, tellPeople: 'none' });
    expect(obligationsOf('risk', '')).toEqual({ notifyAuthority: true, tellPeople: 'none' });
    expect(obligationsOf('highRisk', '')).toEqual({
      notifyAuthority: true,
      tellPeople: 'individual',
    });
    expect(obligationsOf('highRisk', 'unintelligible').tellPeople).toBe('none');
    expect(obligationsOf('highRisk', 'laterMeasures').tellPeople).toBe('none');
    expect(obligationsOf('highRisk', 'disproportionateEffort').tellPeople).toBe('public');
  });
});

const breach = (overrides: Partial<BreachFields>): BreachFields => ({
  ...emptyBreach('2026-03-27T14:25'),
  title: 'Fichier client envoyé au mauvais client',
  natures: ['confidentiality'],
  ...overrides,
});
// The deadline of a breach known at 14:25 on 27 March 2026 is 16:00 on the 30th, Paris time.
const beforeDue = new Date('2026-03-30T13:59:00Z');
const afterDue = new Date('2026-03-30T14:00:00Z');

describe('where a breach stands', () => {
  it('runs the clock whether or not the risk is assessed', () => {
    expect(breachState(breach({}), beforeDue)).toBe('toAssess');
    expect(breachState(breach({}), afterDue)).toBe('late');
    expect(breachState(breach({ riskLevel: 'risk' }), beforeDue)).toBe('toNotify');
    expect(breachState(breach({ riskLevel: 'none' }), afterDue)).toBe('documentedOnly');
    const notified = (on: string) =>
      breach({ riskLevel: 'risk', notifications: [{ on, summary: '' }] });
    expect(breachState(notified('2026-03-30T15:59'), afterDue)).toBe('notified');
    expect(breachState(notified('2026-03-30T16:01'), afterDue)).toBe('notifiedLate');
  });

  it('refuses a late notification without its reasons, and other impossible records', () => {
    const now = new Date('2026-04-02T10:00:00Z');
    const late = breach({
      riskLevel: 'risk',
      riskJustification: 'Un seul destinataire, de confiance.',
      notifications: [{ on: '2026-03-31T09:00', summary: 'Notification initiale' }],
    });
    expect(breachIssues(late, now)).toEqual([
      { path: 'delayReasons', messageKey: 'validation.breachDelayReasons' },
    ]);
    expect(breachIssues({ ...late, delayReasons: 'Week-end de Pâques, DPO absent' }, now)).toEqual(
      [],
    );
    // Told and closed are days of the Paris calendar: 2 April is today there, 3 April is not yet.
    expect(
      breachIssues(
        { ...late, delayReasons: 'Pâques', communicatedOn: '2026-04-02', closedOn: '2026-04-03' },
        now,
      ),
    ).toEqual([{ path: 'closedOn', messageKey: 'validation.futureDate' }]);
    expect(
      breachIssues(
        breach({
          awareAt: '2026-04-03T09:00',
          discoveredAt: '2026-04-03T10:00',
          riskLevel: 'highRisk',
          occurredFrom: '2026-03-20T10:00',
          occurredTo: '2026-03-19T10:00',
        }),
        now,
      ).map((issue) => `${issue.path} ${issue.messageKey}`),
    ).toEqual([
      'awareAt validation.futureDate',
      'discoveredAt validation.futureDate',
      'occurredTo validation.breachOccurredOrder',
      'discoveredAt validation.breachDiscoveredAfterAware',
      'riskJustification validation.breachJustification',
      'communicationReason validation.breachCommunicationReason',
    ]);
  });
});
