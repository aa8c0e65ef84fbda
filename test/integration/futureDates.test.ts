import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { emptyProcessor, type ProcessorSummary } from '../../shared/schemas/processor';
import { requestFieldsOf } from '../../shared/schemas/request';
import { useLetterContext } from '../helpers/letters';
import { completeActivity } from '../helpers/temp';
import { value } from '../helpers/result';

const { open, newRequest } = useLetterContext(new Date('2026-11-22T09:00:00'));

const refusedAt = (path: string) => ({
  ok: false,
  error: {
    code: 'VALIDATION',
    details: { fields: [{ path, messageKey: 'validation.futureDate' }] },
  },
});

describe('what has happened cannot be dated tomorrow', () => {
  it('refuses a contract signed or an audit done tomorrow, and takes a review date to come', async () => {
    const { ctx } = await open();
    const base = { ...emptyProcessor(), name: 'Hébergeur Tomorrow' };
    for (const field of ['contractSignedOn', 'lastAuditOn'] as const) {
      const result = await dispatch(ctx, 'processors.save', {
        processor: { ...base, [field]: '2026-11-23' },
      });
      expect(result).toMatchObject(refusedAt(field));
    }
    value(
      await dispatch(ctx, 'processors.save', {
        processor: { ...base, contractSignedOn: '2026-11-22', contractReviewOn: '2027-11-22' },
      }),
    );
    const names = value<ProcessorSummary[]>(await dispatch(ctx, 'processors.list', {})).map(
      (p) => p.name,
    );
    expect(names.filter((name) => name === 'Hébergeur Tomorrow')).toHaveLength(1);
  });

  it('refuses a DPIA done tomorrow, but not the planned date of one in progress', async () => {
    const { ctx } = await open();
    const done = completeActivity({ dpiaStatus: 'done', dpiaDate: '2026-12-01' });
    expect(await dispatch(ctx, 'activities.create', { activity: done })).toMatchObject(
      refusedAt('dpiaDate'),
    );
    const planned = completeActivity({ dpiaStatus: 'inProgress', dpiaDate: '2026-12-01' });
    expect(await dispatch(ctx, 'activities.create', { activity: planned })).toMatchObject({
      ok: true,
    });
  });

  it('refuses an Art. 19 recipient notified tomorrow', async () => {
    const { ctx } = await open();
    const request = await newRequest(ctx, {});
    const processors = value<ProcessorSummary[]>(await dispatch(ctx, 'processors.list', {}));
    const processorId = processors[0]?.id ?? '';
    const result = await dispatch(ctx, 'requests.update', {
      id: request.request.id,
      expectedUpdatedAt: request.request.updatedAt,
      request: {
        ...requestFieldsOf(request.request),
        art19Notifications: [{ processorId, notifiedOn: '2026-11-23' }],
      },
    });
    expect(result).toMatchObject(refusedAt('art19Notifications.0.notifiedOn'));
  });
});
