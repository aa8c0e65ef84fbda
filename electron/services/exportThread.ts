import { Worker } from 'node:worker_threads';
import { AppError, type ApiError } from '../../shared/errors';
import type {
  ExportRequest,
  RegisterExportKind,
  RegisterSnapshot,
} from '../../shared/schemas/documents';
import type { Progress } from '../documents/registerData';
import type { Context } from './context';
import { workerEntry, workerFailure, workerStopped } from './workerEntry';

/** A document written and not yet recorded: what the evidence will say of it. */
export interface WrittenExport {
  path: string;
  fileName: string;
  kind: RegisterExportKind;
  quarter: string;
  counts: Record<string, number>;
  snapshot: RegisterSnapshot;
}

/** What the export thread is given. */
export interface ExportWorkerInput {
  database: string;
  request: ExportRequest;
  path: string;
  /** The Context's clock, read once: the document's date and quarter. */
  now: string;
  actor: string;
  appVersion: string;
}

export type ExportWorkerMessage =
  | { type: 'gathered'; total: number; fileName: string }
  | { type: 'progress'; done: number; total: number }
  | { type: 'written'; written: WrittenExport }
  | { type: 'failed'; error: ApiError };

/**
 * The worker's heap limits. A small young generation keeps the export's memory flat (V8 would
 * otherwise grow it to 128 MB on a big machine while 100,000 rows stream through); the old
 * generation bound turns a runaway export into an error instead of a frozen computer.
 */
export const exportThreadLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 };

export interface ExportThread {
  /** Resolves once the register is read: the progress total and the document's name. */
  gathered: Promise<{ total: number; fileName: string }>;
  /** Resolves when the document is complete on disk. */
  written: Promise<WrittenExport>;
}

/**
 * Writes a register document in a worker thread: its own read-only connection and one read
 * transaction (a consistent picture while the app goes on writing), its own bounded heap, and the
 * main process stays free to answer the window.
 */
export function startExportThread(
  ctx: Context,
  request: ExportRequest,
  path: string,
  progress: Progress = () => undefined,
): ExportThread {
  const input: ExportWorkerInput = {
    database: ctx.paths.database,
    request,
    path,
    now: ctx.clock().toISOString(),
    actor: ctx.actor,
    appVersion: ctx.appVersion,
  };
  const entry = workerEntry('exportWorker');
  const worker = new Worker(entry.file, {
    workerData: input,
    execArgv: entry.execArgv,
    resourceLimits: exportThreadLimits,
  });
  const gathered = Promise.withResolvers<{ total: number; fileName: string }>();
  const written = Promise.withResolvers<WrittenExport>();
  const fail = (error: AppError) => {
    gathered.reject(error);
    written.reject(error);
  };
  // Whoever awaits only one of the two must not see the other's rejection as unhandled.
  gathered.promise.catch(() => undefined);
  written.promise.catch(() => undefined);
  let settled = false;
  worker.on('message', (message: ExportWorkerMessage) => {
    switch (message.type) {
      case 'gathered':
        gathered.resolve({ total: message.total, fileName: message.fileName });
        break;
      case 'progress':
        progress(message.done, message.total);
        break;
      case 'written':
        settled = true;
        written.resolve(message.written);
        break;
      case 'failed':
        settled = true;
        fail(AppError.from(message.error));
        break;
    }
  });
  worker.on('error', (error: Error) => {
    settled = true;
    fail(workerFailure('export', error));
  });
  worker.on('exit', (code) => {
    if (!settled) {
      fail(workerStopped('export', code));
    }
  });
  return { gathered: gathered.promise, written: written.promise };
}
