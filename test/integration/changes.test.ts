import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../electron/services/changes';
import { dispatch } from '../../electron/services/dispatch';
import { changeTopics, type ChangeTopic } from '../../shared/changes';
import type { Backup } from '../../shared/schemas/backups';
import { emptyProcessor } from '../../shared/schemas/processor';
import { useLetterContext } from '../helpers/letters';
import { value } from '../helpers/result';
import { completeActivity, validSettings } from '../helpers/temp';

const { open, newRequest } = useLetterContext(new Date('2026-11-22T09:00:00'));

/** A feed on the open file and what it announced since the last call of `heard`. */
async function listening(ctx: Parameters<typeof dispatch>[0]) {
  const feed = new ChangeFeed(ctx);
  const notices: ChangeTopic[][] = [];
  feed.subscribe((topics) => notices.push(topics));
  await feed.check();
  return {
    async heard(): Promise<ChangeTopic[][]> {
      await feed.check();
      return notices.splice(0);
    },
  };
}

describe('the UI hears about committed writes', () => {
  it('announces the topics each write changes, once, and nothing for reads or refused writes', async () => {
    const { ctx } = await open();
    const feed = await listening(ctx);
    // The example was loaded before the feed started: nothing to announce.
    expect(await feed.heard()).toEqual([]);

    value(await dispatch(ctx, 'activities.create', { activity: completeActivity() }));
    expect(await feed.heard()).toEqual([['activities', 'processors', 'cookies']]);
    expect(await feed.heard()).toEqual([]);

    await newRequest(ctx, {});
    value(await dispatch(ctx, 'requests.list', { page: 0, pageSize: 10 }));
    expect(await feed.heard()).toEqual([['requests']]);

    // Refused: nothing was committed, nothing is announced.
    const refused = await dispatch(ctx, 'processors.save', {
      processor: { ...emptyProcessor(), name: '' },
    });
    expect(refused.ok).toBe(false);
    expect(await feed.heard()).toEqual([]);

    value(await dispatch(ctx, 'settings.save', { ...validSettings, letterPlace: 'Nîmes' }));
    expect(await feed.heard()).toEqual([['letters', 'settings']]);
  });

  it('announces everything when a backup takes the open file’s place', async () => {
    const { ctx } = await open();
    const backup = value<Backup>(await dispatch(ctx, 'backups.create', {}));
    value(await dispatch(ctx, 'activities.create', { activity: completeActivity() }));
    const feed = await listening(ctx);
    value(await dispatch(ctx, 'backups.restore', { name: backup.name }));
    expect(await feed.heard()).toEqual([[...changeTopics]]);
  });
});
