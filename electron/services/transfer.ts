import { insertActivity, refreshMissingCounts } from '../../db/activities';
import { insertAttachment } from '../../db/attachments';
import { insertProcessor } from '../../db/processors';
import { insertAuditEntry } from '../../db/audit';
import { compactRequestIndex } from '../../db/erasure';
import { insertClient } from '../../db/clients';
import { putPreference } from '../../db/preferences';
import { insertAction, putItem, putRule } from '../../db/retention';
import { insertSuppressionEntry } from '../../db/requests';
import {
  insertRequestBatch,
  preparedRequestWriter,
  requestExists,
  type RequestToWrite,
} from '../../db/requestBatches';
import { sqliteOf } from '../../db/connection';
import { getOrganisationSettings, putOrganisationSettings } from '../../db/settings';
import { AppError } from '../../shared/errors';
import { createReadStream, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { sql } from 'kysely';
import { setFullTextAside } from '../../db/fullText';
import { insertBreach } from '../../db/breaches';
import { insertCookie } from '../../db/cookies';
import { putNoticeParagraph } from '../../db/noticeParagraphs';
import { insertPublication } from '../../db/noticePublications';
import { checkedPublication } from './transferPublications';
import type { Context } from './context';
import { completeErasure } from './erasureCompletion';
import { requestColumnsOf } from './requests';
import { takeBackup } from './backups';
import { transact } from './transact';
import { checkWritten, emptyDatabase, eraseReplacedRequests, isDuplicate } from './transferWritten';
import { rotateBackups } from '../../db/backups';
import { readJsonPieces, JsonSyntaxError } from './jsonRecords';
import { TransferChecker, type TransferList } from './transferChecker';
import { refuse } from './transferDocument';

export { exportJson, exportJsonFile } from './transferExport';

/** What an import wrote, for the command's last line. */
export interface ImportReport {
  clients: number;
  activities: number;
  processors: number;
  requests: number;
  backupPath: string | null;
  /**
   * With `replace`: the requests of the replaced base that the document does not hold. Their
   * journal entries are reduced to the trace a delete leaves (the backup still holds them whole).
   */
  erasedRequests: number;
  /** False when a reader kept the erased data in the WAL; the app finishes the work later. */
  erasureComplete: boolean;
}

async function isEmpty(ctx: Context): Promise<boolean> {
  const [organisation, clients, activities, processors] = await Promise.all([
    getOrganisationSettings(ctx.db),
    ctx.db.selectFrom('client').select('id').limit(1).execute(),
    ctx.db.selectFrom('processing_activity').select('id').limit(1).execute(),
    ctx.db.selectFrom('processor').select('id').limit(1).execute(),
  ]);
  const requests = await ctx.db.selectFrom('rights_request').select('id').limit(1).execute();
  if (requests.length > 0) return false;
  const rules = await ctx.db.selectFrom('retention_rule').select('id').limit(1).execute();
  if (rules.length > 0) return false;
  const breaches = await ctx.db.selectFrom('breach').select('id').limit(1).execute();
  if (breaches.length > 0) return false;
  const cookies = await ctx.db.selectFrom('cookie').select('id').limit(1).execute();
  if (cookies.length > 0) return false;
  const paragraphs = await ctx.db.selectFrom('notice_paragraph').select('kind').limit(1).execute();
  if (paragraphs.length > 0) return false;
  const publications = await ctx.db
    .selectFrom('notice_publication')
    .select('id')
    .limit(1)
    .execute();
  if (publications.length > 0) return false;
  return (
    organisation === null &&
    clients.length === 0 &&
    activities.length === 0 &&
    processors.length === 0
  );
}

/** Requests written per statement (see insertRequestBatch). */
const requestsPerBatch = 200;

/** Options of an import; `onRecord` hears of each record once it is checked and written. */
export interface ImportOptions {
  replace: boolean;
  onRecord?: (list: TransferList, index: number) => void;
}

/**
 * Imports a document read piece by piece from `chunks` (text) into an empty database; with
 * `replace`, into a non-empty one after a checked backup beside it. All or nothing: one
 * transaction; each record is checked as it is read and written at once, and the first problem
 * (record and field named) rolls everything back. Memory stays flat whatever the file's size.
 */
export async function importJsonFrom(
  ctx: Context,
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions,
): Promise<ImportReport> {
  let backupPath: string | null = null;
  if (!(await isEmpty(ctx))) {
    if (!options.replace) {
      throw new AppError('CONFLICT', 'error.import.notEmpty');
    }
    // Rotated only once the import holds: a refused file leaves the backups as they were.
    backupPath = (await takeBackup(ctx, 'before-import', { rotate: false })).path;
  }
  const now = ctx.clock();
  const counts: Record<TransferList, number> = {
    clients: 0,
    activities: 0,
    processors: 0,
    requests: 0,
    suppressionList: 0,
    retentionRules: 0,
    trackedItems: 0,
    retentionActions: 0,
    breaches: 0,
    cookies: 0,
    noticeParagraphs: 0,
    noticePublications: 0,
    attachments: 0,
  };
  let erasedRequests = 0;
  // Outside a caller's transaction, requests go through statements prepared once.
  const sqlite = sqliteOf(ctx.db);
  try {
    await transact(ctx, async (trx) => {
      // Records come in the file's order (documents last): links are checked when it is read.
      await sql`pragma defer_foreign_keys = on`.execute(trx);
      if (options.replace) await emptyDatabase(trx);
      const buildFullText = await setFullTextAside(trx);
      const checker: TransferChecker = new TransferChecker();
      const activityIds: string[] = [];
      const processorLinks: { id: string; parentId: string | null; activityIds: string[] }[] = [];
      let batch: (RequestToWrite & { where: string })[] = [];
      const writeOne = sqlite === undefined ? undefined : preparedRequestWriter(sqlite);
      const flush = async () => {
        const written = batch;
        batch = [];
        if (writeOne !== undefined) {
          for (const item of written) {
            try {
              writeOne(item);
            } catch (error) {
              if (isDuplicate(error)) refuse(`${item.where} : référence ou identifiant en double.`);
              throw error;
            }
          }
          return;
        }
        try {
          await insertRequestBatch(trx, written);
        } catch (error) {
          if (!isDuplicate(error)) throw error;
          // The statement wrote nothing: find the request that repeats an id or a reference.
          const seen = new Set<string>();
          for (const { request, where } of written) {
            if (
              seen.has(request.id) ||
              seen.has(request.reference) ||
              (await requestExists(trx, request.id, request.reference))
            ) {
              refuse(`${where} : référence ou identifiant en double.`);
            }
            seen.add(request.id).add(request.reference);
          }
          throw error;
        }
      };
      const write = async (list: TransferList, record: unknown, index: number) => {
        checker.count(list, index);
        switch (list) {
          case 'clients':
            return insertClient(trx, checker.client(record, index));
          case 'activities': {
            const activity = checker.activity(record, index);
            activityIds.push(activity.id);
            return insertActivity(trx, activity);
          }
          case 'processors': {
            const processor = checker.processor(record, index);
            processorLinks.push(processor);
            return insertProcessor(
              trx,
              { ...processor, parentId: null, activityIds: [] },
              processor.contractDocument?.id ?? null,
            );
          }
          case 'requests': {
            const { request, where } = checker.request(record, index);
            const { events, ...fields } = request;
            const columns = requestColumnsOf(fields, checker.alsaceMoselle());
            batch.push({ request: fields, columns, events, where });
            // With statements prepared once, each request goes at once: nothing waits in memory.
            if (writeOne !== undefined || batch.length >= requestsPerBatch) await flush();
            return;
          }
          case 'suppressionList':
            return insertSuppressionEntry(trx, checker.suppressionEntry(record, index));
          case 'retentionRules':
            return putRule(trx, checker.retentionRule(record, index), true);
          case 'trackedItems':
            return putItem(trx, checker.trackedItem(record, index), true);
          case 'retentionActions':
            return insertAction(trx, checker.retentionAction(record, index));
          case 'breaches':
            return insertBreach(trx, checker.breach(record, index));
          case 'cookies':
            return insertCookie(trx, checker.cookie(record, index));
          case 'noticeParagraphs':
            return putNoticeParagraph(trx, checker.noticeParagraph(record, index));
          case 'noticePublications': {
            const publication = checkedPublication(record, index);
            try {
              await insertPublication(trx, publication);
              return;
            } catch (error) {
              if (isDuplicate(error)) {
                refuse(
                  `publication n° ${String(index + 1)} : version ${String(publication.version)} en double.`,
                );
              }
              throw error;
            }
          }
          case 'attachments': {
            const { contentBase64, ...info } = checker.attachment(record, index);
            return insertAttachment(trx, {
              ...info,
              content: Buffer.from(contentBase64, 'base64'),
            });
          }
        }
      };
      try {
        for await (const piece of readJsonPieces(chunks)) {
          if (piece.kind === 'notObject') checker.notObject(piece.value);
          else if (piece.kind === 'member') {
            const value = checker.member(piece.key, piece.value);
            if (piece.key === 'organisation' && value !== null && 'updatedAt' in value) {
              const { updatedAt, ...fields } = value;
              await putOrganisationSettings(trx, fields, updatedAt);
            }
            if (piece.key === 'preferences' && value !== null && 'language' in value) {
              await putPreference(trx, 'language', value.language);
              await putPreference(trx, 'alsaceMoselle', String(value.alsaceMoselle));
              await putPreference(trx, 'dpoTitle', value.dpoTitle);
              await putPreference(trx, 'calendarNames', String(value.calendarNames));
              await putPreference(trx, 'reminderDays', String(value.reminderDays));
              await putPreference(trx, 'consentChoiceMonths', String(value.consentChoiceMonths));
            }
          } else if (piece.kind === 'list') checker.list(piece.key);
          else if (piece.kind === 'end') {
            if (piece.key === 'requests') await flush();
            checker.ended(piece.key as TransferList);
            counts[piece.key as TransferList] = piece.count;
          } else {
            await write(piece.key as TransferList, piece.value, piece.index);
            options.onRecord?.(piece.key as TransferList, piece.index);
          }
        }
      } catch (error) {
        if (error instanceof JsonSyntaxError) {
          refuse(`le fichier n’est pas du JSON lisible (${error.message}).`);
        }
        throw error;
      }
      checker.finish();
      await checkWritten(trx);
      // Parents and the processors' links come once every row exists.
      for (const processor of processorLinks) {
        if (processor.parentId !== null) {
          await trx
            .updateTable('processor')
            .set({ parent_id: processor.parentId })
            .where('id', '=', processor.id)
            .execute();
        }
        for (const activityId of processor.activityIds) {
          await trx
            .insertInto('activity_processor')
            .values({ activity_id: activityId, processor_id: processor.id })
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
      }
      if (options.replace) {
        erasedRequests = await eraseReplacedRequests(ctx, trx, now);
        await sql`drop table temp.replaced_request`.execute(trx);
      }
      await buildFullText();
      if (erasedRequests > 0) await compactRequestIndex(trx);
      // The processors' links came after the activities: count their gaps again.
      await refreshMissingCounts(trx, activityIds);
      await insertAuditEntry(trx, {
        at: now,
        actor: ctx.actor,
        entity: 'database',
        entityId: 'import',
        action: options.replace ? 'update' : 'create',
        before: null,
        after: {
          clients: counts.clients,
          activities: counts.activities,
          processors: counts.processors,
          requests: counts.requests,
          replaced: backupPath !== null,
          backupPath,
          erasedRequests,
        },
      });
    });
  } catch (error) {
    if (backupPath !== null) await rm(backupPath, { force: true });
    throw error;
  }
  if (backupPath !== null) rotateBackups(ctx.paths.database);
  return {
    erasedRequests,
    erasureComplete: erasedRequests === 0 || (await completeErasure(ctx)),
    clients: counts.clients,
    activities: counts.activities,
    processors: counts.processors,
    requests: counts.requests,
    backupPath,
  };
}

/** The import of a document held in memory (tests, small files). */
export function importJson(
  ctx: Context,
  text: string,
  options: ImportOptions,
): Promise<ImportReport> {
  function* chunks() {
    for (let at = 0; at < text.length; at += 65_536) yield text.slice(at, at + 65_536);
  }
  return importJsonFrom(ctx, chunks(), options);
}

/**
 * The import of a file, read 64 kB at a time; `onRead` hears how many of its bytes are read (a
 * progress for a file that takes minutes).
 */
export function importJsonFile(
  ctx: Context,
  file: string,
  options: ImportOptions & { onRead?: (read: number, size: number) => void },
): Promise<ImportReport> {
  const stream = createReadStream(file, { highWaterMark: 65_536 });
  // A byte order mark stays in the text, as it did when the stream decoded it.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  async function* chunks() {
    const size = statSync(file).size;
    let read = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read += chunk.length;
      options.onRead?.(read, size);
      yield decoder.decode(chunk, { stream: true });
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  }
  return importJsonFrom(ctx, chunks(), options);
}
