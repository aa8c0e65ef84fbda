/**
 * `export json` and `import json` on 1,000 activities, 500 processors and 10,000 / 100,000
 * requests (and 1,000,000 with `--million`, or alone with `--million-only`: many minutes; `--quick`: 10,000
 * only). Targets (issue 17, point
 * 1): peak memory under 300 MB whatever the size, and time within 3 times the floor (reading the
 * same rows with better-sqlite3 and writing the same bytes; reading the same bytes and writing the
 * same rows). Each figure is a fresh process of the built command line, as a user runs it: its
 * whole time (start-up included) and its peak resident memory. Prints figures; not a test.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../db/connection';
import { createActivityIn } from '../../electron/services/activities';
import { dispatch } from '../../electron/services/dispatch';
import { exampleActivities } from '../../electron/services/example';
import { openContext } from '../../electron/services/open';
import { withTransaction } from '../../electron/services/transact';
import { localCalendarDate } from '../../shared/dates';
import { emptyProcessor } from '../../shared/schemas/processor';
import { generateRequests } from './generate';

const sizes = process.argv.includes('--million')
  ? [10_000, 100_000, 1_000_000]
  : process.argv.includes('--million-only')
    ? [1_000_000]
    : process.argv.includes('--quick')
      ? [10_000]
      : [10_000, 100_000];
const cli = join(import.meta.dirname, '../../out/main/cli.js');
const floorScript = join(import.meta.dirname, 'transferFloor.ts');
/** Prints the process's peak resident memory (kB) as it exits. */
const peakProbe =
  'data:text/javascript,process.on("exit",()=>process.stderr.write(`peak-kb=${process.resourceUsage().maxRSS}\\n`))';

interface Run {
  ms: number;
  peakMb: number;
}

/** Runs `node args…` in a fresh process: its wall time and peak memory. */
function run(args: string[]): Run {
  const start = performance.now();
  const done = spawnSync(process.execPath, ['--import', peakProbe, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const ms = performance.now() - start;
  const peak = /peak-kb=(\d+)/.exec(done.stderr)?.[1];
  if (done.status !== 0 || peak === undefined) {
    throw new Error(`node ${args.join(' ')} failed: ${done.stderr}`);
  }
  return { ms, peakMb: Number(peak) / 1024 };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER TARGET');

function line(label: string, ours: Run, floor: Run): void {
  const ratio = ours.ms / floor.ms;
  console.log(
    `  ${label.padEnd(12)} ${seconds(ours.ms).padStart(9)}, peak ${ours.peakMb.toFixed(0).padStart(4)} MB` +
      `  | floor ${seconds(floor.ms).padStart(9)}, peak ${floor.peakMb.toFixed(0).padStart(4)} MB` +
      `  | ratio ${ratio.toFixed(2)} (target ≤ 3: ${verdict(ratio <= 3)}; memory < 300 MB: ${verdict(ours.peakMb < 300)})`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-bench-'));
try {
  // The register once: 1,000 activities and 500 processors, copied for each size.
  const base = join(dir, 'base.sqlite');
  const opened = await openContext(base, { actor: 'bench' });
  const { ctx } = opened;
  const templates = exampleActivities([]).filter((a) => a.register === 'controller');
  await ctx.db.transaction().execute(async (trx) => {
    const inTrx = withTransaction(ctx, trx);
    for (let i = 0; i < 1_000; i++) {
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
  for (let i = 0; i < 500; i++) {
    const result = await dispatch(ctx, 'processors.save', {
      processor: {
        ...emptyProcessor(),
        name: `Prestataire n° ${String(i + 1)}`,
        country: i % 5 === 0 ? 'États-Unis' : 'France',
        services: 'Hébergement, support et maintenance des applications métier.',
        contractStatus: 'signed',
        contractSignedOn: '2025-01-15',
        contractReviewOn: '2027-01-15',
      },
    });
    if (!result.ok) throw new Error(result.error.key);
  }
  await opened.close();

  for (const size of sizes) {
    const file = join(dir, `${String(size)}.sqlite`);
    copyFileSync(base, file);
    const raw = await openDatabase(file);
    generateRequests(raw.handle.sqlite, size, localCalendarDate(new Date()));
    await raw.handle.close();
    // Opened once, as the app opens a base before anyone exports it: the first opening after a
    // million new rows refreshes the planner's statistics, which is not the export's work.
    await (await openDatabase(file)).handle.close();
    const json = join(dir, `${String(size)}.json`);
    const exported = run([cli, 'export', 'json', '--db', file, '--out', json]);
    const bytes = statSync(json).size;
    console.log(
      `${size.toLocaleString('en')} requests (1,000 activities, 500 processors): JSON ${(bytes / 1024 / 1024).toFixed(0)} MB`,
    );
    const exportFloor = run([floorScript, 'export', file, String(bytes), join(dir, 'floor.out')]);
    line('export json', exported, exportFloor);
    const target = join(dir, `${String(size)}-import.sqlite`);
    const imported = run([cli, 'import', 'json', '--db', target, '--in', json]);
    const floorTarget = join(dir, `${String(size)}-floor.sqlite`);
    run([cli, 'init', '--db', floorTarget]);
    const importFloor = run([floorScript, 'import', file, json, floorTarget]);
    line('import json', imported, importFloor);
    for (const path of [file, json, target, floorTarget, join(dir, 'floor.out')]) {
      rmSync(path, { force: true });
      rmSync(`${path}-wal`, { force: true });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
