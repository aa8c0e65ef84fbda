import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '../../db/ids';
import type { BatchStatusView } from '../../shared/api';
import { getRequest } from '../../db/requests';
import { AppError, asApiError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { LetterKind, LetterLanguage } from '../../shared/letters/templates';
import { lettersPdfToFile } from '../documents/letterPdf';
import type { Context } from './context';
import { keepLetter, prepare, refuseIfIncomplete, sharedSources } from './letters';
import { todayOf } from './requests';
import { resourcesDir } from './resources';

/** Letters refused (missing values, template problems) are listed with their reason. */
export type BatchStatus = BatchStatusView;

const batches = new Map<string, BatchStatus>();
/** The finished one-PDF batches, waiting for the DPO to choose where to save them. */
const batchFiles = new Map<string, BatchFile & { folder: string }>();

/** The file a finished batch made, in its temporary folder. */
export interface BatchFile {
  path: string;
  fileName: string;
  mimeType: string;
}

/**
 * Generates one kind of letter for many requests in the background; `batchStatus` reports the
 * progress. Each letter is kept with its request (and by email with its draft); "onePdf" also
 * makes one file of them all to print (pages streamed to disk, memory flat), then asks where to
 * save it.
 */
export async function startBatch(
  ctx: Context,
  input: {
    requestIds: string[];
    kind: LetterKind;
    language: LetterLanguage;
    mode: 'onePdf' | 'perRequest';
  },
): Promise<BatchStatus> {
  const shared = await sharedSources(ctx.db);
  // Each letter asks the same rule as a single one: a request it does not fit is skipped, with
  // the sentence that says why; a one-PDF batch goes by post.
  const letterOf = (requestId: string) => ({
    requestId,
    kind: input.kind,
    language: input.language,
    inputs: {},
    ...(input.mode === 'onePdf' ? { delivery: 'post' as const } : {}),
  });
  return runBatch(ctx.clock(), input.requestIds.length, async (status, folder) => {
    const skip = async (requestId: string, error: unknown) => {
      const reference = (await getRequest(ctx.db, requestId))?.reference ?? requestId;
      status.skipped.push({ reference, reason: asApiError(error) });
    };
    const now = ctx.clock();
    if (input.mode === 'perRequest') {
      for (const requestId of input.requestIds) {
        try {
          const prepared = await prepare(ctx, ctx.db, letterOf(requestId), shared);
          refuseIfIncomplete(prepared);
          await keepLetter(ctx, prepared, input, now);
        } catch (error) {
          await skip(requestId, error);
        }
        status.done++;
      }
      return null;
    }
    const path = join(folder, 'courriers.pdf');
    let index = 0;
    await lettersPdfToFile(
      path,
      async () => {
        while (index < input.requestIds.length) {
          const requestId = input.requestIds[index++] ?? '';
          try {
            const prepared = await prepare(ctx, ctx.db, letterOf(requestId), shared);
            refuseIfIncomplete(prepared);
            // Each letter of the printed batch is kept with its request, as a single one is:
            // the proof asked, the extension notified, the timeline.
            await keepLetter(ctx, prepared, input, now);
            status.done++;
            return prepared.print;
          } catch (error) {
            await skip(requestId, error);
            status.done++;
          }
        }
        return null;
      },
      {
        resources: resourcesDir(),
        title: translate(input.language, `letter.kind.${input.kind}`),
        author: shared.organisation?.legalName ?? '',
        createdAt: now,
      },
    );
    return {
      path,
      fileName: `courriers-${input.kind}-${todayOf(ctx)}.pdf`,
      mimeType: 'application/pdf',
    };
  });
}

/**
 * Runs a batch in the background; `batchStatus` reports its progress. The work counts what it has
 * done in `status`, writes into its own temporary folder and returns the one file to save, if any.
 */
export function runBatch(
  now: Date,
  total: number,
  work: (status: BatchStatus, folder: string) => Promise<BatchFile | null>,
): BatchStatus {
  const status: BatchStatus = {
    id: newId(now),
    total,
    done: 0,
    finished: false,
    skipped: [],
    error: null,
    ready: false,
  };
  batches.set(status.id, status);
  const folder = mkdtempSync(join(tmpdir(), 'dpo-desk-letters-'));
  void work(status, folder)
    .then((file) => {
      if (file === null) {
        rmSync(folder, { recursive: true, force: true });
        return;
      }
      batchFiles.set(status.id, { ...file, folder });
      status.ready = true;
    })
    .catch((error: unknown) => {
      rmSync(folder, { recursive: true, force: true });
      status.error = asApiError(error);
    })
    .finally(() => {
      status.finished = true;
    });
  return { ...status };
}

/** Asks where to save a finished batch's file, then forgets the temporary file. */
export async function saveBatch(
  ctx: Context,
  id: string,
): Promise<{ saved: boolean; name: string }> {
  const file = batchFiles.get(id);
  if (file === undefined) throw new AppError('NOT_FOUND', 'error.batch.noPdf');
  const result = await ctx.files.save({
    fileName: file.fileName,
    mimeType: file.mimeType,
    content: readFileSync(file.path),
  });
  if (result.saved) {
    rmSync(file.folder, { recursive: true, force: true });
    batchFiles.delete(id);
  }
  return result;
}

export function batchStatus(id: string): BatchStatus {
  const status = batches.get(id);
  if (status === undefined) throw new AppError('NOT_FOUND', 'error.batch.notFound');
  return { ...status, skipped: [...status.skipped] };
}
