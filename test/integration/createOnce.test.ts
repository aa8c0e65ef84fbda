import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import { newId } from '../../shared/ids';
import type { ProcessingActivity } from '../../shared/schemas/activity';
import type { Processor } from '../../shared/schemas/processor';
import { emptyProcessor } from '../../shared/schemas/processor';
import { emptyRequest, type RequestView } from '../../shared/schemas/request';
import { value } from '../helpers/result';
import { completeActivity, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
let opened: OpenedContext | null = null;

afterEach(async () => {
  await opened?.close();
  opened = null;
});

async function open() {
  opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), { actor: 'dpo' });
  return opened.ctx;
}

const request = {
  ...emptyRequest('2026-03-15'),
  requesterName: 'Karim Benali',
  requesterEmail: 'karim.benali@exemple.fr',
  rights: ['access' as const],
};

describe('a create sent twice with the id its form made', () => {
  it('makes one request, and the second answer is the first request', async () => {
    const ctx = await open();
    const createId = newId();
    const first = value<RequestView>(await dispatch(ctx, 'requests.create', { createId, request }));
    const again = value<RequestView>(
      await dispatch(ctx, 'requests.create', {
        createId,
        request: { ...request, requesterName: 'Karim Benali (2)' },
      }),
    );
    expect(again.request.id).toBe(createId);
    expect(again.request.reference).toBe(first.request.reference);
    expect(again.request.requesterName).toBe('Karim Benali');
    const page = value<{ total: number }>(await dispatch(ctx, 'requests.list', {}));
    expect(page.total).toBe(1);
  });

  it('makes one activity and one processor', async () => {
    const ctx = await open();
    const activityId = newId();
    for (let i = 0; i < 2; i++) {
      const activity = value<ProcessingActivity>(
        await dispatch(ctx, 'activities.create', {
          createId: activityId,
          activity: completeActivity(),
        }),
      );
      expect(activity.id).toBe(activityId);
      expect(activity.reference).toBe('T-0001');
    }
    expect(value<unknown[]>(await dispatch(ctx, 'activities.list', {}))).toHaveLength(1);

    const processorId = newId();
    const processor = { ...emptyProcessor(), name: 'Infogérance Occitanie' };
    for (let i = 0; i < 2; i++) {
      const saved = value<Processor>(
        await dispatch(ctx, 'processors.save', { createId: processorId, processor }),
      );
      expect(saved.id).toBe(processorId);
    }
    expect(value<unknown[]>(await dispatch(ctx, 'processors.list', {}))).toHaveLength(1);
  });

  it('refuses an id of another shape, and without an id two creates make two records', async () => {
    const ctx = await open();
    const refused = await dispatch(ctx, 'requests.create', { createId: 'T-0001', request });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('VALIDATION');
    await dispatch(ctx, 'requests.create', { request });
    await dispatch(ctx, 'requests.create', { request });
    const page = value<{ total: number }>(await dispatch(ctx, 'requests.list', {}));
    expect(page.total).toBe(2);
  });
});
