/**
 * `dpo-desk export xlsx` at 10,000, 100,000 and 1,000,000 requests (1,000,000 with
 * DPO_BENCH_MILLION=1), each in a fresh process as a user runs it: time and peak memory, for the
 * README's scaling table (issue 17, point 8). Uses the built command line (npm run build) and the
 * generated files kept under /tmp (see cache.ts). Not a test.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openContext } from '../../electron/services/open';
import { localCalendarDate } from '../../shared/dates';
import { cachedRequests } from './cache';

const cli = join(import.meta.dirname, '../../out/main/cli.js');
/** Prints the process's peak resident memory (kB, worker threads included) as it exits. */
const peakProbe =
  'data:text/javascript,process.on("exit",()=>process.stderr.write(`peak-kb=${process.resourceUsage().maxRSS}\\n`))';

if (!existsSync(cli)) throw new Error('Build first (npm run build): out/main/cli.js is missing.');
const today = localCalendarDate(new Date());
const sizes = [10_000, 100_000, ...(process.env.DPO_BENCH_MILLION === '1' ? [1_000_000] : [])];
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-bench-'));
  try {
    const file = join(dir, 'bench.sqlite');
    copyFileSync(await cachedRequests(size, today), file);
    // Migrated here, so that the export's figures are the export's alone.
    await (await openContext(file, { actor: 'bench' })).close();
    const out = join(dir, 'registre.xlsx');
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      ['--import', peakProbe, cli, 'export', 'xlsx', '--db', file, '--out', out],
      { encoding: 'utf8' },
    );
    const ms = performance.now() - start;
    const peak = /peak-kb=(\d+)/.exec(run.stderr)?.[1];
    if (run.status !== 0 || peak === undefined) throw new Error(`export failed: ${run.stderr}`);
    console.log(
      `${size.toLocaleString('en').padStart(9)} requests: dpo-desk export xlsx ${(ms / 1000).toFixed(2)} s, peak memory ${(Number(peak) / 1024).toFixed(0)} MB, file ${(statSync(out).size / 1024 / 1024).toFixed(1)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
