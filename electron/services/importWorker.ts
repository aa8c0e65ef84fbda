/**
 * The import worker thread (see importThread.ts): opens the database on its own connection,
 * imports the file in one transaction, and reports the bytes read (once per percent) and then the
 * outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { asApiError } from '../../shared/errors';
import type { ImportWorkerInput, ImportWorkerMessage } from './importThread';
import { openContext } from './open';
import { storageError } from './storageError';
import { importJsonFile, type ImportReport } from './transfer';

const input = workerData as ImportWorkerInput;
const post = (message: ImportWorkerMessage) => parentPort?.postMessage(message);

try {
  const opened = await openContext(input.database);
  let report: ImportReport;
  try {
    let percent = -1;
    report = await importJsonFile(opened.ctx, input.file, {
      replace: input.replace,
      onRead: (read, size) => {
        const now = Math.floor((read / Math.max(size, 1)) * 100);
        if (now === percent) return;
        percent = now;
        post({ type: 'progress', done: read, total: size });
      },
    });
  } finally {
    await opened.close();
  }
  // Told once this connection is closed: the command releases the file's lock as soon as it hears.
  post({ type: 'imported', report });
} catch (error) {
  post({ type: 'failed', error: asApiError(storageError(error) ?? error) });
}
