import { insertActivity, refreshMissingCounts } from '../../db/activities';
import { insertAttachment } from '../../db/attachments';
import { insertProcessor } from '../../db/processors';
import { insertAuditEntry } from '../../db/audit';
import { compactRequestIndex, erasedRequestTrace, scrubRequestJournal } from '../../db/erasure';
import { insertClient } from '../../db/clients';
import { putPreference } from '../../db/preferences';
import { insertAction, putItem, putRule } from '../../db/retention';
import {
  insertRequest,
  insertRequestEvent,
  insertSuppressionEntry,
  linkRequestAttachment,
  listRequests,
} from '../../db/requests';
import { getOrganisationSettings, putOrganisationSettings } from '../../db/settings';
import { AppError } from '../../shared/errors';
import { insertBreach } from '../../db/breaches';
import type { Context } from './context';
import { completeErasure } from './erasureCompletion';
import { requestColumnsOf, requestEntity } from './requests';
import { takeBackup } from './backups';
import { transact } from './transact';
import { parseTransferDocument } from './transferDocument';

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
  return (
    organisation === null &&
    clients.length === 0 &&
    activities.length === 0 &&
    processors.length === 0
  );
}

/**
 * Imports a document into an empty database; with `replace`, into a non-empty one after a checked
 * backup beside it. All or nothing: one transaction, everything validated first.
 */
export async function importJson(
  ctx: Context,
  text: string,
  options: { replace: boolean },
): Promise<ImportReport> {
  const document = parseTransferDocument(text);
  let backupPath: string | null = null;
  if (!(await isEmpty(ctx))) {
    if (!options.replace) {
      throw new AppError('CONFLICT', 'error.import.notEmpty');
    }
    backupPath = (await takeBackup(ctx, 'before-import')).path;
  }
  const now = ctx.clock();
  const keptRequests = new Set(document.requests.map((request) => request.id));
  let erasedRequests = 0;
  await transact(ctx, async (trx) => {
    if (options.replace) {
      // The people whose requests go keep no more in the journal than a delete would leave.
      for (const before of await listRequests(trx)) {
        if (keptRequests.has(before.id)) continue;
        await scrubRequestJournal(trx, before.id);
        await insertAuditEntry(trx, {
          at: now,
          actor: ctx.actor,
          entity: requestEntity,
          entityId: before.id,
          action: 'delete',
          before: erasedRequestTrace(before),
          after: null,
        });
        erasedRequests += 1;
      }
      await trx.deleteFrom('breach').execute();
      await trx.deleteFrom('retention_action').execute();
      await trx.deleteFrom('tracked_item').execute();
      await trx.deleteFrom('retention_rule').execute();
      await trx.deleteFrom('suppression_entry').execute();
      await trx.deleteFrom('rights_request').execute();
      await trx.deleteFrom('activity_processor').execute();
      await trx.deleteFrom('activity_client').execute();
      await trx.deleteFrom('processing_activity').execute();
      await trx.deleteFrom('processor').execute();
      await trx.deleteFrom('attachment').execute();
      await trx.deleteFrom('client').execute();
      await trx.deleteFrom('organisation_settings').execute();
      await trx.deleteFrom('preference').execute();
    }
    if (document.organisation !== null) {
      const { updatedAt, ...fields } = document.organisation;
      await putOrganisationSettings(trx, fields, updatedAt);
    }
    await putPreference(trx, 'language', document.preferences.language);
    await putPreference(trx, 'alsaceMoselle', String(document.preferences.alsaceMoselle));
    await putPreference(trx, 'dpoTitle', document.preferences.dpoTitle);
    await putPreference(trx, 'calendarNames', String(document.preferences.calendarNames));
    await putPreference(trx, 'reminderDays', String(document.preferences.reminderDays));
    for (const client of document.clients) await insertClient(trx, client);
    for (const attachment of document.attachments) {
      const { contentBase64, ...info } = attachment;
      await insertAttachment(trx, { ...info, content: Buffer.from(contentBase64, 'base64') });
    }
    // Parents and links come once every row exists.
    for (const processor of document.processors) {
      await insertProcessor(
        trx,
        { ...processor, parentId: null, activityIds: [] },
        processor.contractDocument?.id ?? null,
      );
    }
    for (const processor of document.processors) {
      if (processor.parentId !== null) {
        await trx
          .updateTable('processor')
          .set({ parent_id: processor.parentId })
          .where('id', '=', processor.id)
          .execute();
      }
    }
    for (const activity of document.activities) await insertActivity(trx, activity);
    for (const processor of document.processors) {
      for (const activityId of processor.activityIds) {
        await trx
          .insertInto('activity_processor')
          .values({ activity_id: activityId, processor_id: processor.id })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
    for (const { events, ...request } of document.requests) {
      await insertRequest(
        trx,
        request,
        requestColumnsOf(request, document.preferences.alsaceMoselle),
      );
      for (const attachment of request.attachments) {
        await linkRequestAttachment(trx, request.id, attachment.id, attachment.kind);
      }
      for (const event of events) await insertRequestEvent(trx, request.id, event);
    }
    for (const entry of document.suppressionList) await insertSuppressionEntry(trx, entry);
    for (const rule of document.retentionRules) await putRule(trx, rule, true);
    for (const item of document.trackedItems) await putItem(trx, item, true);
    for (const action of document.retentionActions) await insertAction(trx, action);
    for (const breach of document.breaches) await insertBreach(trx, breach);
    if (erasedRequests > 0) await compactRequestIndex(trx);
    // The processors' links came after the activities: count their gaps again.
    await refreshMissingCounts(
      trx,
      document.activities.map((activity) => activity.id),
    );
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'database',
      entityId: 'import',
      action: options.replace ? 'update' : 'create',
      before: null,
      after: {
        clients: document.clients.length,
        activities: document.activities.length,
        processors: document.processors.length,
        requests: document.requests.length,
        replaced: backupPath !== null,
        backupPath,
        erasedRequests,
      },
    });
  });
  return {
    erasedRequests,
    erasureComplete: erasedRequests === 0 || (await completeErasure(ctx)),
    clients: document.clients.length,
    activities: document.activities.length,
    processors: document.processors.length,
    requests: document.requests.length,
    backupPath,
  };
}
