import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import {
  dashboardLists,
  requestFieldsOf,
  type DashboardFigures,
  type RequestPage,
  type RequestView,
} from '../../shared/schemas/request';
import { useLetterContext } from '../helpers/letters';
import { value } from '../helpers/result';

const { open, newRequest } = useLetterContext(new Date('2026-11-22T09:00:00'));

describe('one truth for the identity check', () => {
  it('asking for proof by any field sets the status and the date together, and each dashboard figure counts the list it opens', async () => {
    const { ctx } = await open();
    // By the request's status alone, by the date alone (the identity status « asked » without
    // its date is refused by the form's own check).
    const byStatus = await newRequest(ctx, { status: 'awaitingIdentity' });
    const byDate = await newRequest(ctx, { identityAskedOn: '2026-11-20' });
    for (const [created, askedOn] of [
      [byStatus, '2026-11-22'],
      [byDate, '2026-11-20'],
    ] as const) {
      expect(created.request).toMatchObject({
        status: 'awaitingIdentity',
        identityStatus: 'asked',
        identityAskedOn: askedOn,
      });
      expect(created.deadline.suspended).toBe(true);
    }
    // The proof received: the request goes on, and its time limit with it.
    const received = value<RequestView>(
      await dispatch(ctx, 'requests.update', {
        id: byDate.request.id,
        expectedUpdatedAt: byDate.request.updatedAt,
        request: { ...requestFieldsOf(byDate.request), identityReceivedOn: '2026-11-22' },
      }),
    );
    expect(received.request).toMatchObject({ status: 'inProgress', identityStatus: 'received' });

    const figures = value<DashboardFigures>(await dispatch(ctx, 'dashboard.get', {}));
    for (const key of Object.keys(dashboardLists) as (keyof typeof dashboardLists)[]) {
      const list = value<RequestPage>(await dispatch(ctx, 'requests.list', dashboardLists[key]));
      expect({ key, total: list.total }).toEqual({ key, total: figures[key] });
    }
    expect(figures.awaitingIdentity).toBeGreaterThanOrEqual(2);
  });

  it('refuses a proof received, an identity verified or an answer sent tomorrow, and writes nothing', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, { identityAskedOn: '2026-11-20' });
    for (const [field, changes] of [
      ['identityReceivedOn', { identityReceivedOn: '2026-11-23' }],
      [
        'identityVerifiedOn',
        {
          identityStatus: 'verified',
          identityVerifiedOn: '2026-11-30',
          identityReceivedOn: '2026-11-21',
        },
      ],
      [
        'responseOn',
        {
          status: 'answered',
          responseOn: '2026-12-01',
          outcomes: [{ right: 'access', outcome: 'granted', reason: '' }],
        },
      ],
    ] as const) {
      const result = await dispatch(ctx, 'requests.update', {
        id: request.request.id,
        expectedUpdatedAt: request.request.updatedAt,
        request: { ...requestFieldsOf(request.request), ...changes },
      });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          details: { fields: [{ path: field, messageKey: 'validation.futureDate' }] },
        },
      });
    }
    const after = value<RequestView>(
      await dispatch(ctx, 'requests.get', { id: request.request.id }),
    );
    expect(after.request.updatedAt).toBe(request.request.updatedAt);
  });
});
