import { describe, expect, it } from 'vitest';
import { requestDeadline } from '../../shared/rights/requestDeadline';
import { emptyRequest, requestInputSchema } from '../../shared/schemas/request';
import { toFieldIssues } from '../../shared/schemas/common';

const base = { ...emptyRequest('2026-03-15'), status: 'inProgress' as const };

describe('a request against its deadline', () => {
  it('counts days left and turns amber under 10 days, red under 5, then overdue', () => {
    // Due Wednesday 15 April 2026.
    expect(requestDeadline(base, '2026-04-01', false)).toMatchObject({ daysLeft: 14, level: 'ok' });
    expect(requestDeadline(base, '2026-04-06', false)).toMatchObject({
      daysLeft: 9,
      level: 'soon',
    });
    expect(requestDeadline(base, '2026-04-11', false)).toMatchObject({
      daysLeft: 4,
      level: 'urgent',
    });
    expect(requestDeadline(base, '2026-04-16', false)).toMatchObject({
      daysLeft: -1,
      level: 'overdue',
    });
    expect(requestDeadline({ ...base, status: 'answered' }, '2026-05-01', false)).toMatchObject({
      daysLeft: null,
      level: 'done',
    });
  });

  it('stops the clock while the identity proof is awaited, and adds the days once it arrives', () => {
    const waiting = { ...base, identityAskedOn: '2026-03-20' };
    expect(requestDeadline(waiting, '2026-03-30', false)).toMatchObject({
      suspended: true,
      suspendedDays: 10,
      level: 'suspended',
    });
    const received = { ...waiting, identityReceivedOn: '2026-03-27' };
    const state = requestDeadline(received, '2026-04-01', false);
    expect(state.suspendedDays).toBe(7);
    // 15 April + 7 days = Wednesday 22 April.
    expect(state.deadline.due).toBe('2026-04-22');
    expect(state.suspended).toBe(false);
  });

  it('runs three months once the extension is notified within the first month, and asks for the notice before it ends', () => {
    const extended = { ...base, extensionMonths: 2, extensionReason: 'Complexité' };
    // Decided but not yet told: still one month.
    expect(requestDeadline(extended, '2026-04-01', false)).toMatchObject({
      extended: false,
      deadline: { due: '2026-04-15' },
    });
    const notified = { ...extended, extensionNotifiedOn: '2026-04-10' };
    expect(requestDeadline(notified, '2026-04-20', false)).toMatchObject({
      extended: true,
      deadline: { due: '2026-06-15' },
      level: 'ok',
    });
    // Told after the first month: no extension, the request stays late.
    expect(
      requestDeadline({ ...extended, extensionNotifiedOn: '2026-04-20' }, '2026-04-25', false),
    ).toMatchObject({ extended: false, deadline: { due: '2026-04-15' }, level: 'overdue' });
    expect(requestDeadline(extended, '2026-04-07', false).extensionNotice).toBeNull();
    expect(requestDeadline(extended, '2026-04-08', false).extensionNotice).toBe('toSend');
    expect(
      requestDeadline({ ...extended, extensionNotifiedOn: '2026-04-10' }, '2026-04-20', false)
        .extensionNotice,
    ).toBeNull();
    expect(
      requestDeadline({ ...extended, extensionNotifiedOn: '2026-04-20' }, '2026-04-25', false)
        .extensionNotice,
    ).toBe('late');
  });
});

describe('request rules', () => {
  const issues = (overrides: Record<string, unknown>) => {
    const result = requestInputSchema.safeParse({
      ...base,
      requesterName: 'Karim Benali',
      rights: ['access'],
      ...overrides,
    });
    return result.success
      ? []
      : toFieldIssues(result.error).map((i) => `${i.path}:${i.messageKey}`);
  };

  it('accepts a plain request', () => {
    expect(issues({})).toEqual([]);
  });

  it('refuses what the law or the calendar forbids', () => {
    expect(issues({ rights: [] })).toEqual(['rights:validation.rightRequired']);
    expect(issues({ rights: ['oubli'] })).toEqual(['rights.0:validation.invalid']);
    expect(issues({ responseOn: '2026-03-10' })).toEqual(['responseOn:validation.beforeReceipt']);
    expect(issues({ extensionMonths: 1 })).toEqual(['extensionReason:validation.extensionReason']);
    expect(issues({ extensionMonths: 3, extensionReason: 'Complexité' })).toEqual([
      'extensionMonths:validation.extensionTooLong',
    ]);
    expect(issues({ identityAskedOn: '2026-03-20', identityReceivedOn: '2026-03-18' })).toEqual([
      'identityReceivedOn:validation.beforeAsked',
    ]);
    expect(
      issues({
        status: 'answered',
        outcomes: [{ right: 'access', outcome: 'granted', reason: '' }],
      }),
    ).toEqual(['responseOn:validation.required']);
    expect(issues({ outcomes: [{ right: 'access', outcome: 'refused', reason: '' }] })).toEqual([
      'outcomes.0.reason:validation.refusalReason',
    ]);
    expect(issues({ receivedTime: '25:00' })).toEqual(['receivedTime:validation.time']);
    expect(issues({ onBehalfOf: true })).toEqual(['dataSubjectName:validation.required']);
  });
});
