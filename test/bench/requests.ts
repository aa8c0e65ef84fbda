/**
 * Requests with 100,000 generated rows. Targets (issue "rights requests"): one page of 50 sorted
 * and filtered requests p95 under 20 ms, dashboard figures under 50 ms, generating the 100,000
 * under 10 s. Prints figures; it is not a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../db/connection';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import { addDays, localCalendarDate } from '../../shared/dates';
import { generateRequests } from './generate';

const count = 100_000;
const runs = 40;

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function measure(label: string, target: number, work: () => Promise<unknown>): Promise<void> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  const p95 = percentile(samples, 0.95);
  console.log(
    `${label.padEnd(52)} median ${percentile(samples, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms  (target p95 < ${String(target)} ms: ${p95 < target ? 'OK' : 'OVER TARGET'})`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-bench-'));
try {
  const file = join(dir, 'bench.sqlite');
  const today = localCalendarDate(new Date());
  const { handle } = await openDatabase(file);
  const start = performance.now();
  generateRequests(handle.sqlite, count, today);
  const generation = performance.now() - start;
  await handle.close();
  console.log(
    `Generated ${String(count)} requests in ${(generation / 1000).toFixed(2)} s (target < 10 s: ${generation < 10_000 ? 'OK' : 'OVER TARGET'})\n`,
  );

  const opened = await openContext(file, { actor: 'bench' });
  const { ctx } = opened;
  let page = 0;
  await measure('requests.list: newest first, page of 50', 20, () =>
    dispatch(ctx, 'requests.list', { page: page++ % 100, pageSize: 50 }),
  );
  await measure('requests.list: open, due first, right = erasure', 20, () =>
    dispatch(ctx, 'requests.list', {
      openOnly: true,
      right: 'erasure',
      sort: 'dueOn',
      direction: 'asc',
    }),
  );
  await measure('requests.list: overdue, sorted by due date', 20, () =>
    dispatch(ctx, 'requests.list', { overdue: true, sort: 'dueOn', direction: 'asc' }),
  );
  await measure('requests.list: received in a quarter, by requester', 20, () =>
    dispatch(ctx, 'requests.list', {
      receivedFrom: addDays(today, -400),
      receivedTo: addDays(today, -310),
      sort: 'requesterName',
      direction: 'asc',
    }),
  );
  await measure('requests.list: free text "cremieux 4242"', 20, () =>
    dispatch(ctx, 'requests.list', { text: 'cremieux 4242' }),
  );
  await measure('dashboard.get', 50, () => dispatch(ctx, 'dashboard.get', {}));
  await opened.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
