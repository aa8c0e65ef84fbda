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
