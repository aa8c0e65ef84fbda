import { errorText } from '../../shared/errors';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import type { ActivitySummary } from '../../shared/schemas/activity';
import type { ProcessorSummary } from '../../shared/schemas/processor';
import type { RetentionRule, TrackedItem } from '../../shared/schemas/retention';
import { value } from '../helpers/result';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
let opened: OpenedContext | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

describe('deleting what the example register holds', () => {
  it('deletes every example activity and processor, or says in French what holds it: never INTERNAL', async () => {
    opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), { actor: 'dpo' });
    const { ctx } = opened;
    value(await dispatch(ctx, 'example.load', {}));
    const rules = value<RetentionRule[]>(await dispatch(ctx, 'retention.rules', {}));
    const items = value<TrackedItem[]>(await dispatch(ctx, 'retention.items', {}));
    let held = 0;
    for (const activity of value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', {}))) {
      const first = await dispatch(ctx, 'activities.delete', { id: activity.id });
      if (first.ok) continue;
      held++;
      expect(first.error.code, activity.reference).toBe('CONFLICT');
      const ownRules = rules.filter((r) => r.activityId === activity.id);
      const ownItems = items.filter((i) => ownRules.some((r) => r.id === i.ruleId));
      expect(ownItems.length).toBeGreaterThan(0);
      expect(errorText('fr', first.error)).toContain(
        `L’activité ${activity.reference} ne peut pas être supprimée`,
      );
      for (const item of ownItems)
        expect(errorText('fr', first.error)).toContain(`« ${item.name} »`);
      // Once the tracked datasets are dealt with, the activity goes, its own rules with it.
      for (const item of ownItems)
        value(await dispatch(ctx, 'retention.deleteItem', { id: item.id }));
      value(await dispatch(ctx, 'activities.delete', { id: activity.id }));
    }
    expect(held).toBe(4);
    expect(value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', {}))).toEqual([]);
    expect(
      value<RetentionRule[]>(await dispatch(ctx, 'retention.rules', {})).filter(
        (r) => r.activityId !== null,
      ),
    ).toEqual([]);
    for (const processor of value<ProcessorSummary[]>(await dispatch(ctx, 'processors.list', {}))) {
      const result = await dispatch(ctx, 'processors.delete', {
        id: processor.id,
        confirmLinked: true,
      });
      expect(
        result.ok ? '' : `${result.error.code} ${errorText('fr', result.error)}`,
        processor.name,
      ).toBe('');
    }
    expect(value<ProcessorSummary[]>(await dispatch(ctx, 'processors.list', {}))).toEqual([]);
  });
});
