/** Generated databases kept under /tmp between bench runs: 1,000,000 requests take minutes. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../db/connection';
import { generateRequests } from './generate';

const cacheDir = '/tmp/dpo-desk-bench-cache';

/**
 * A generated database of `count` requests, made once per version of the generator. Its dates are
 * relative to the day it was made: a bench run days later sees the same shape, its windows a few
 * days off, which does not move the figures (and a million requests take many minutes to make).
 */
export async function cachedRequests(count: number, today: string): Promise<string> {
  const generator = readFileSync(join(import.meta.dirname, 'generate.ts'));
  const key = createHash('sha256').update(generator).digest('hex').slice(0, 12);
  const file = join(cacheDir, `requests-${String(count)}-${key}.sqlite`);
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const { handle } = await openDatabase(partial);
  const start = performance.now();
  generateRequests(handle.sqlite, count, today);
  console.log(
    `  generated ${String(count)} requests in ${((performance.now() - start) / 1000).toFixed(1)} s (kept in ${file})`,
  );
  handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await handle.close();
  for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  renameSync(partial, file);
  return file;
}
