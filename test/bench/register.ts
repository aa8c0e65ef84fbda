/**
 * `npm run bench`: the register's figures with 2,000 activities. Targets (issue "register"):
 * the list query under 50 ms, one record under 10 ms. Prints figures; it is not a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createActivityIn } from '../../electron/services/activities';
import { dispatch } from '../../electron/services/dispatch';
import { exampleActivities } from '../../electron/services/example';
import { openContext } from '../../electron/services/open';
import { withTransaction } from '../../electron/services/transact';

const count = 2_000;
const runs = 30;

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`;
}

async function measure(label: string, target: number, work: () => Promise<unknown>): Promise<void> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  const median = [...samples].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
  const verdict = median < target ? 'OK' : 'OVER TARGET';
  console.log(
    `${label.padEnd(42)} ${summary(samples)}  (target < ${String(target)} ms: ${verdict})`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-bench-'));
try {
  const opened = await openContext(join(dir, 'bench.sqlite'), { actor: 'bench' });
  const { ctx } = opened;
  const templates = exampleActivities([]).filter((activity) => activity.register === 'controller');
  const fill = performance.now();
  await ctx.db.transaction().execute(async (trx) => {
    const inTrx = withTransaction(ctx, trx);
    for (let i = 0; i < count; i++) {
      const template = templates[i % templates.length];
      if (template === undefined) continue;
      await createActivityIn(
        trx,
        inTrx,
        { ...template, name: `${template.name} n° ${String(i + 1)}` },
        new Date(),
      );
    }
  });
  console.log(
    `Register filled with ${String(count)} activities in ${(performance.now() - fill).toFixed(0)} ms\n`,
  );

  const list = await dispatch(ctx, 'activities.list', {});
  const ids = list.ok ? (list.value as { id: string }[]).map((row) => row.id) : [];
  let next = 0;

  await measure('activities.list (all 2,000)', 50, () => dispatch(ctx, 'activities.list', {}));
  await measure('activities.list (search "videosurveillance")', 50, () =>
    dispatch(ctx, 'activities.list', { search: 'videosurveillance' }),
  );
  await measure('activities.list (legal basis + incomplete)', 50, () =>
    dispatch(ctx, 'activities.list', { legalBasis: 'legitimateInterest', incomplete: false }),
  );
  await measure('activities.get (one record)', 10, () =>
    dispatch(ctx, 'activities.get', { id: ids[next++ % ids.length] ?? '' }),
  );
  await opened.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
