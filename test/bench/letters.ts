/**
 * Letters. Targets (issue "letters"): one letter under 150 ms; 1,000 letters in a batch under 60 s
 * with memory flat. Prints figures; it is not a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/services/dispatch';
import { batchStatus, saveBatch, startBatch } from '../../electron/services/letterBatch';
import { generateLetter } from '../../electron/services/letters';
import { openContext } from '../../electron/services/open';
import { createRequestIn } from '../../electron/services/requests';
import { withTransaction } from '../../electron/services/transact';
import { addDays, localCalendarDate } from '../../shared/dates';
import { emptyRequest } from '../../shared/schemas/request';
import type { ActivitySummary } from '../../shared/schemas/activity';

const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-bench-'));
let savedBytes = 0;
try {
  const opened = await openContext(join(dir, 'bench.sqlite'), {
    actor: 'bench',
    files: {
      choose: () => Promise.resolve(null),
      open: () => Promise.resolve(),
      save: (file) => {
        savedBytes = file.content.length;
        return Promise.resolve({ saved: true, name: file.fileName });
      },
    },
  });
  const { ctx } = opened;
  await dispatch(ctx, 'example.load', {});
  const list = await dispatch(ctx, 'activities.list', {});
  const activityIds = list.ok ? (list.value as ActivitySummary[]).slice(0, 3).map((a) => a.id) : [];
  const today = localCalendarDate(new Date());
  const ids: string[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    const inTrx = withTransaction(ctx, trx);
    for (let i = 0; i < 1_000; i++) {
      const request = await createRequestIn(
        trx,
        inTrx,
        {
          ...emptyRequest(addDays(today, -(i % 25))),
          requesterName: `Personne Żółć ${String(i)}`,
          requesterAddress: `${String(i)} rue de l’Église\n34000 Montpellier`,
          channel: 'post',
          rights: ['access'],
          activityIds,
          status: 'answered',
          outcomes: [{ right: 'access', outcome: 'granted', reason: '' }],
          responseOn: today,
        },
        new Date(),
      );
      ids.push(request.id);
    }
  });

  const samples: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    await generateLetter(ctx, {
      requestId: ids[i] ?? '',
      kind: 'answer',
      language: 'fr',
      inputs: {},
    });
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const p95 = samples[Math.floor(samples.length * 0.95)] ?? 0;
  console.log(
    `One access answer (2 pages, generated and stored): median ${(samples[15] ?? 0).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target < 150 ms: ${p95 < 150 ? 'OK' : 'OVER TARGET'})`,
  );

  globalThis.gc?.();
  const memory: number[] = [];
  const start = performance.now();
  const batch = await startBatch(ctx, {
    requestIds: ids,
    kind: 'answer',
    language: 'fr',
    mode: 'onePdf',
  });
  let status = batch;
  while (!status.finished) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    status = batchStatus(batch.id);
    memory.push(process.memoryUsage().rss / (1024 * 1024));
  }
  const seconds = (performance.now() - start) / 1000;
  await saveBatch(ctx, batch.id);
  const quarter = Math.max(1, Math.floor(memory.length / 4));
  const early = Math.max(...memory.slice(0, quarter));
  const late = Math.max(...memory.slice(-quarter));
  console.log(
    `Batch of 1,000 access answers into one PDF: ${seconds.toFixed(1)} s, ${(savedBytes / (1024 * 1024)).toFixed(1)} MB, ${String(status.skipped.length)} skipped (target < 60 s: ${seconds < 60 ? 'OK' : 'OVER TARGET'})`,
  );
  console.log(
    `  memory (RSS): peak in the first quarter ${early.toFixed(0)} MB, in the last quarter ${late.toFixed(0)} MB (flat if close)`,
  );
  await opened.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
