/**
 * The requests list and the dashboard at 10,000, 100,000 and 1,000,000 generated requests
 * (1,000,000 with DPO_BENCH_MILLION=1: generating it takes minutes, once). Targets (issue 17,
 * point 4): every list query p95 under 20 ms and the dashboard under 50 ms at every size. Each size
 * runs in a fresh process; generated files are kept under /tmp between runs. Not a test.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import { addDays, localCalendarDate } from '../../shared/dates';
import { cachedRequests } from './cache';

const runs = 40;

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

interface Figure {
  label: string;
  target: number;
  median: number;
  p95: number;
}

/** Measures every query on one size, in this process; prints one JSON line for the parent. */
async function measureSize(count: number): Promise<void> {
  const today = localCalendarDate(new Date());
  // A copy: opening migrates the file, and the kept one must stay as generated.
  const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-bench-'));
  const file = join(dir, 'bench.sqlite');
  copyFileSync(await cachedRequests(count, today), file);
  const opening = performance.now();
  const opened = await openContext(file, { actor: 'bench' });
  console.log(
    `  ${count.toLocaleString('en')} requests: opened (and migrated) in ${((performance.now() - opening) / 1000).toFixed(2)} s`,
  );
  const { ctx } = opened;
  const figures: Figure[] = [];
  const measure = async (label: string, target: number, work: () => Promise<unknown>) => {
    await work();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await work();
      samples.push(performance.now() - start);
    }
    figures.push({
      label,
      target,
      median: percentile(samples, 0.5),
      p95: percentile(samples, 0.95),
    });
  };
  let page = 0;
  await measure('newest first, page of 50 (pages 1 to 100)', 20, () =>
    dispatch(ctx, 'requests.list', { page: page++ % 100, pageSize: 50 }),
  );
  await measure('open, right = erasure, due first', 20, () =>
    dispatch(ctx, 'requests.list', {
      openOnly: true,
      right: 'erasure',
      sort: 'dueOn',
      direction: 'asc',
    }),
  );
  await measure('overdue, sorted by due date', 20, () =>
    dispatch(ctx, 'requests.list', { overdue: true, sort: 'dueOn', direction: 'asc' }),
  );
  await measure('received in a quarter, by requester', 20, () =>
    dispatch(ctx, 'requests.list', {
      receivedFrom: addDays(today, -400),
      receivedTo: addDays(today, -310),
      sort: 'requesterName',
      direction: 'asc',
    }),
  );
  await measure('free text "cremieux 4242"', 20, () =>
    dispatch(ctx, 'requests.list', { text: 'cremieux 4242' }),
  );
  await measure('free text "cremieux" (10 % of rows)', 20, () =>
    dispatch(ctx, 'requests.list', { text: 'cremieux' }),
  );
  await measure('status = closed, by reference', 20, () =>
    dispatch(ctx, 'requests.list', { status: 'closed', sort: 'reference', direction: 'asc' }),
  );
  await measure('dashboard.get', 50, () => dispatch(ctx, 'dashboard.get', {}));
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`RESULT ${JSON.stringify({ count, figures, peakMb })}`);
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg !== -1) {
  await measureSize(Number(process.argv[sizeArg + 1]));
} else {
  const sizes = [10_000, 100_000, ...(process.env.DPO_BENCH_MILLION === '1' ? [1_000_000] : [])];
  const results: { count: number; figures: Figure[]; peakMb: number }[] = [];
  for (const size of sizes) {
    // A fresh process per size: one size's cache and memory do not flatter the next.
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1] ?? '', '--size', String(size)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const lines = run.stdout.split('\n');
    for (const line of lines.filter((l) => !l.startsWith('RESULT '))) {
      if (line !== '') console.log(line);
    }
    const result = lines.find((l) => l.startsWith('RESULT '));
    if (run.status !== 0 || result === undefined) throw new Error(`size ${String(size)} failed`);
    results.push(JSON.parse(result.slice('RESULT '.length)) as (typeof results)[number]);
  }
  const heads = results.map((r) => r.count.toLocaleString('en').padStart(20));
  console.log(`\n${'p95 (median), ms'.padEnd(46)}${heads.join('')}  target`);
  const labels = results[0]?.figures.map((f) => f.label) ?? [];
  labels.forEach((label, index) => {
    const cells = results.map((r) => {
      const figure = r.figures[index];
      if (figure === undefined) return ''.padStart(20);
      const mark = figure.p95 < figure.target ? '' : ' OVER';
      return `${figure.p95.toFixed(2)} (${figure.median.toFixed(2)})${mark}`.padStart(20);
    });
    const target = results[0]?.figures[index]?.target ?? 0;
    console.log(`${label.padEnd(46)}${cells.join('')}  < ${String(target)}`);
  });
  const peaks = results.map((r) => `${r.peakMb.toFixed(0)} MB`.padStart(20));
  console.log(`${'peak memory of the process'.padEnd(46)}${peaks.join('')}`);
}
