/**
 * The thread that turns request rows into the transfer document's text (see
 * requestFormatThread.ts): one answer per batch, its bytes handed over without a copy.
 */
import { parentPort } from 'node:worker_threads';
import type { FormattedRequests } from './requestFormatThread';
import { requestRecordsText, type RequestRow } from './transferRequests';

parentPort?.on('message', (rows: RequestRow[]) => {
  const attachmentIds: string[] = [];
  const { bytes, length } = requestRecordsText(rows, attachmentIds);
  const answer: FormattedRequests = { bytes, length, attachmentIds };
  parentPort?.postMessage(answer, [bytes.buffer]);
});
