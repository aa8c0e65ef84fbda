import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../shared/errors';

/** The worker threads the main bundle ships (each an entry of electron.vite.config.ts). */
export type WorkerName = 'exportWorker' | 'importWorker' | 'requestFormatWorker';

/**
 * A worker's entry: the bundled `<name>.js` beside the main bundle (or one folder up from the
 * shared chunks), or the TypeScript source run through tsx in tests and `npm run host`.
 */
export function workerEntry(name: WorkerName): { file: string; execArgv: string[] } {
  const here = import.meta.dirname;
  if (import.meta.filename.endsWith('.ts')) {
    return { file: join(here, `${name}.ts`), execArgv: ['--import', 'tsx'] };
  }
  for (const dir of [here, dirname(here)]) {
    const file = join(dir, `${name}.js`);
    if (existsSync(file)) return { file, execArgv: [] };
  }
  throw new AppError('INTERNAL', 'error.workerMissing', { file: `${name}.js`, folder: here });
}

/** The words of a worker's end for one kind of work: `error.export.*` or `error.import.*`. */
export type WorkerWork = 'export' | 'import';

/** A worker's 'error' event in the user's words: running out of memory said apart. */
export function workerFailure(work: WorkerWork, error: Error): AppError {
  const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
  return outOfMemory
    ? new AppError('INTERNAL', `error.${work}.outOfMemory`)
    : new AppError('INTERNAL', `error.${work}.failed`, { detail: error.message });
}

/** A worker that stopped before it answered. */
export function workerStopped(work: WorkerWork, code: number): AppError {
  return new AppError('INTERNAL', `error.${work}.stopped`, { code: String(code) });
}
