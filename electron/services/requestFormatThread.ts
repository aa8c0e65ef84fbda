import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import type { RequestRow } from './transferRequests';
import { workerEntry, workerFailure, workerStopped } from './workerEntry';

/** What the formatting thread answers for each batch of rows, in the order they were sent. */
export interface FormattedRequests {
  /** UTF-8 text of the batch's records, separators between them; `length` bytes are used. */
  bytes: Uint8Array<ArrayBuffer>;
  length: number;
  /** The documents the batch's requests hold, in their order. */
  attachmentIds: string[];
}

/** The formatting thread's heap: a few batches of rows and their text at a time. */
export const formatThreadLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 };

/**
 * The text of request rows, made on a second thread (requestFormatWorker.ts) while this one goes
 * on reading: `perBatch` rows per message, at most `inFlight` batches out at once, so memory stays
 * flat. Batches come back in the order of the rows.
 */
export async function* formattedInThread(
  rows: Iterable<RequestRow>,
  perBatch = 128,
  inFlight = 4,
): AsyncGenerator<FormattedRequests> {
  const entry = workerEntry('requestFormatWorker');
  const worker = new Worker(entry.file, {
    execArgv: entry.execArgv,
    resourceLimits: formatThreadLimits,
  });
  const waiting: PromiseWithResolvers<FormattedRequests>[] = [];
  let failure: AppError | null = null;
  const failAll = (error: AppError) => {
    failure ??= error;
    for (const batch of waiting.splice(0)) batch.reject(failure);
  };
  worker.on('message', (message: FormattedRequests) => waiting.shift()?.resolve(message));
  worker.on('error', (error: Error) => {
    failAll(workerFailure('export', error));
  });
  worker.on('exit', (code) => {
    failAll(workerStopped('export', code));
  });
  const sent: Promise<FormattedRequests>[] = [];
  const send = (batch: RequestRow[]) => {
    if (failure !== null) throw failure;
    const answer = Promise.withResolvers<FormattedRequests>();
    // Awaited in turn below; a failure before its turn must not count as unhandled.
    answer.promise.catch(() => undefined);
    waiting.push(answer);
    sent.push(answer.promise);
    worker.postMessage(batch);
  };
  try {
    let batch: RequestRow[] = [];
    for (const row of rows) {
      batch.push(row);
      if (batch.length < perBatch) continue;
      send(batch);
      batch = [];
      const oldest = sent.length >= inFlight ? sent.shift() : undefined;
      if (oldest !== undefined) yield await oldest;
    }
    if (batch.length > 0) send(batch);
    for (let oldest = sent.shift(); oldest !== undefined; oldest = sent.shift()) {
      yield await oldest;
    }
  } finally {
    await worker.terminate();
  }
}
