/**
 * The export worker thread (see exportThread.ts): reads the register through its own read-only
 * connection inside one read transaction, writes the document, and reports by messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openReadOnly } from '../../db/connection';
import { AppError } from '../../shared/errors';
import type { Context } from './context';
import { exportFileName, exportSteps, gather, writeRegisterDocument } from './documents';
import type { ExportWorkerInput, ExportWorkerMessage } from './exportThread';
import { noFileAccess } from './files';

const input = workerData as ExportWorkerInput;
const post = (message: ExportWorkerMessage) => parentPort?.postMessage(message);

const handle = openReadOnly(input.database);
try {
  const written = await handle.db.transaction().execute(async (trx) => {
    const ctx: Context = {
      db: trx,
      clock: () => new Date(input.now),
      actor: input.actor,
      paths: { database: input.database },
      appVersion: input.appVersion,
      files: noFileAccess,
      replaceDatabase: () => Promise.reject(new AppError('UNAVAILABLE', 'error.readOnly')),
    };
    const data = await gather(ctx, input.request);
    post({
      type: 'gathered',
      total: exportSteps(input.request.kind, data),
      fileName: exportFileName(input.request.kind, data.quarter, data.today),
    });
    return writeRegisterDocument(ctx, input.request, data, input.path, (done, total) => {
      post({ type: 'progress', done, total });
    });
  });
  post({ type: 'written', written });
} catch (error) {
  post({
    type: 'failed',
    error:
      error instanceof AppError
        ? error.toApiError()
        : {
            code: 'INTERNAL',
            key: 'error.export.failed',
            values: { detail: error instanceof Error ? error.message : String(error) },
          },
  });
} finally {
  await handle.close();
}
