import { Worker } from 'node:worker_threads';
import { AppError, type ApiError } from '../../shared/errors';
import type { ImportReport } from './transfer';
import { workerEntry, workerFailure, workerStopped } from './workerEntry';

/** What the import thread is given. */
export interface ImportWorkerInput {
  database: string;
  file: string;
  replace: boolean;
}

export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'imported'; report: ImportReport }
  | { type: 'failed'; error: ApiError };

/**
 * The import thread's heap. Records stream through one at a time, so a small young generation is
 * all it needs: left to itself V8 grows it to tens of megabytes of garbage kept between
 * collections, which is most of what made a million requests' import pass 300 MB. The old
 * generation bound turns a runaway import into an error instead of a frozen computer.
 */
export const importThreadLimits = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 1024 };

/**
 * Runs `import json` of a file in a worker thread with its own connection and bounded heap
 * (importWorker.ts). The caller keeps the file's lock for the whole import and must not be in a
 * transaction on its own connection.
 */
export function importJsonFileInThread(
  input: ImportWorkerInput,
  /** Bytes of the file read so far, of its size: at most once per percent. */
  progress: (done: number, total: number) => void = () => undefined,
): Promise<ImportReport> {
  const entry = workerEntry('importWorker');
  const worker = new Worker(entry.file, {
    workerData: input,
    execArgv: entry.execArgv,
    resourceLimits: importThreadLimits,
  });
  return new Promise<ImportReport>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') {
        progress(message.done, message.total);
        return;
      }
      settled = true;
      if (message.type === 'imported') resolve(message.report);
      else reject(AppError.from(message.error));
    });
    worker.on('error', (error: Error) => {
      settled = true;
      reject(workerFailure('import', error));
    });
    worker.on('exit', (code) => {
      if (!settled) reject(workerStopped('import', code));
    });
  });
}
