import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { dueRequestsQuery } from '../../db/requests';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('the deadline list (dpo-desk due, calendar, daily reminder)', () => {
  it('is read from the open requests index alone, without a read of each row', async () => {
    const { handle } = await openDatabase(join(tempDir(), 'due.sqlite'));
    try {
      const query = dueRequestsQuery(handle.db, '2027-01-31').compile();
      const plan = (
        handle.sqlite.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as {
          detail: string;
        }[]
      ).map((row) => row.detail);
      expect(plan).toEqual([expect.stringContaining('USING COVERING INDEX rights_request_open')]);
    } finally {
      await handle.close();
    }
  });
});
