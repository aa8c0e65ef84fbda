import { z } from 'zod';
import { createHash } from 'node:crypto';
import { insertActivity, listActivities } from '../../db/activities';
import { getAttachment, insertAttachment } from '../../db/attachments';
import { insertProcessor, listProcessors } from '../../db/processors';
import { insertAuditEntry } from '../../db/audit';
import { insertClient, listClients } from '../../db/clients';
import { putPreference } from '../../db/preferences';
import {
  insertAction,
  listActions,
  listRules,
  listStoredItems,
  putItem,
  putRule,
  type StoredItem,
} from '../../db/retention';
import {
  retentionActionInputSchema,
  retentionRuleInputSchema,
  trackedItemInputSchema,
  type RetentionAction,
  type RetentionRule,
} from '../../shared/schemas/retention';
import {
  insertRequest,
  insertRequestEvent,
  insertSuppressionEntry,
  linkRequestAttachment,
  listRequestEvents,
  listRequests,
} from '../../db/requests';
import { getOrganisationSettings, putOrganisationSettings } from '../../db/settings';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { activityInputSchema, type ProcessingActivity } from '../../shared/schemas/activity';
import { maxAttachmentBytes } from '../../shared/limits';
import { clientInputSchema, type Client } from '../../shared/schemas/client';
import {
  processorInputSchema,
  type AttachmentInfo,
  type Processor,
} from '../../shared/schemas/processor';
import { toFieldIssues } from '../../shared/schemas/common';
import {
  organisationSettingsSchema,
  preferencesSchema,
  type OrganisationSettings,
  type Preferences,
} from '../../shared/schemas/settings';
import {
  requestEventKinds,
  requestInputSchema,
  type RequestEvent,
  type RightsRequest,
  type SuppressionEntry,
} from '../../shared/schemas/request';
import type { Context } from './context';
import { getPreferences } from './preferences';
import { requestColumnsOf } from './requests';
import { takeBackup } from './backups';
import { transact } from './transact';

/**
 * The whole database as one JSON document, for moving a register between machines and for
 * archiving. Versioned: a later version of the format says so in `version`; every new entity joins
 * it. The audit journal is not part of it: it is the history of one file, and an import starts a
 * new one with an `import` entry.
 */
export const transferFormat = 'dpo-desk';
export const transferVersion = 4;
/** Older versions this one still reads: 1 had no processors, 2 no requests, 3 no retention. */
const readableVersions = [1, 2, 3, 4];

/** An attached document, its bytes in base64. */
export interface TransferAttachment extends AttachmentInfo {
  contentBase64: string;
}

/** A request with its timeline. */
export interface TransferRequest extends RightsRequest {
  events: RequestEvent[];
}

export interface TransferSuppressionEntry extends SuppressionEntry {
  sourceRequestId: string | null;
  createdAt: string;
}

export interface TransferDocument {
  format: typeof transferFormat;
  version: typeof transferVersion;
  organisation: OrganisationSettings | null;
  preferences: Preferences;
  clients: Client[];
  activities: ProcessingActivity[];
  processors: Processor[];
  requests: TransferRequest[];
  suppressionList: TransferSuppressionEntry[];
  retentionRules: RetentionRule[];
  trackedItems: StoredItem[];
  retentionActions: RetentionAction[];
  attachments: TransferAttachment[];
}

export interface ImportReport {
  clients: number;
  activities: number;
  processors: number;
  requests: number;
  backupPath: string | null;
}

const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, {
  error: 'validation.invalid',
});
const id = z.string().min(1).max(64);
const metaSchema = z.object({ id, createdAt: instant, updatedAt: instant });
const activityMetaSchema = metaSchema.extend({ reference: z.string().regex(/^T-\d{4,}$/) });
const requestMetaSchema = metaSchema.extend({ reference: z.string().regex(/^DSR-\d{4}-\d{4,}$/) });
const requestAttachmentInfoSchema = z
  .object({
    id,
    kind: z.enum(['idDocument', 'other']),
    fileName: z.string().min(1).max(255),
    size: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    attachedAt: instant,
  })
  .strict();
const requestEventSchema = z
  .object({
    at: instant,
    actor: z.string().max(200),
    kind: z.enum(requestEventKinds),
    data: z.record(z.string(), z.union([z.string().max(20_000), z.number(), z.boolean()])),
  })
  .strict();
const suppressionSchema = z
  .object({
    id,
    name: z.string().min(1).max(200),
    email: z.string().max(254),
    phone: z.string().max(40),
    addedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    sourceReference: z.string().max(40),
    sourceRequestId: id.nullable(),
    createdAt: instant,
  })
  .strict();
const attachmentSchema = z
  .object({
    id,
    fileName: z.string().min(1).max(255),
    mimeType: z.string().max(200),
    size: z.number().int().min(0).max(maxAttachmentBytes),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    attachedAt: instant,
    contentBase64: z.string().max(Math.ceil((maxAttachmentBytes * 4) / 3) + 4),
  })
  .strict();

export async function exportDocument(ctx: Context): Promise<TransferDocument> {
  const processors = await listProcessors(ctx.db);
  const requests: TransferRequest[] = [];
  for (const request of await listRequests(ctx.db)) {
    requests.push({ ...request, events: await listRequestEvents(ctx.db, request.id) });
  }
  const attachmentIds = [
    ...processors.flatMap((p) => (p.contractDocument === null ? [] : [p.contractDocument.id])),
    ...requests.flatMap((r) => r.attachments.map((a) => a.id)),
  ];
  const attachments: TransferAttachment[] = [];
  for (const id of attachmentIds) {
    const stored = await getAttachment(ctx.db, id);
    if (stored !== null) {
      const { content, ...info } = stored;
      attachments.push({ ...info, contentBase64: Buffer.from(content).toString('base64') });
    }
  }
  const suppressionList = (
    await ctx.db
      .selectFrom('suppression_entry')
      .selectAll()
      .orderBy('added_on')
      .orderBy('id')
      .execute()
  ).map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    addedOn: row.added_on,
    sourceReference: row.source_reference,
    sourceRequestId: row.source_request_id,
    createdAt: row.created_at,
  }));
  return {
    format: transferFormat,
    version: transferVersion,
    organisation: await getOrganisationSettings(ctx.db),
    preferences: await getPreferences(ctx),
    clients: await listClients(ctx.db),
    activities: await listActivities(ctx.db),
    processors,
    requests,
    suppressionList,
    retentionRules: await listRules(ctx.db),
    trackedItems: await listStoredItems(ctx.db),
    retentionActions: await listActions(ctx.db),
    attachments,
  };
}

/** Stable text: the same database always gives the same bytes. */
export async function exportJson(ctx: Context): Promise<string> {
  return `${JSON.stringify(await exportDocument(ctx), null, 2)}\n`;
}

function fail(where: string, error: z.ZodError): never {
  const [issue] = toFieldIssues(error);
  const field = issue === undefined || issue.path === '' ? '' : ` champ « ${issue.path} »`;
  const message = issue === undefined ? 'valeur invalide' : translate('fr', issue.messageKey);
  throw new AppError(
    'VALIDATION',
    `Import refusé, rien n’a été écrit : ${where}${field} : ${message}`,
    {
      fields: issue === undefined ? [] : [issue],
    },
  );
}

function splitMeta(record: unknown): { meta: unknown; fields: unknown } {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { meta: record, fields: record };
  }
  const { id: i, reference, createdAt, updatedAt, ...fields } = record as Record<string, unknown>;
  const meta: Record<string, unknown> = { id: i, createdAt, updatedAt };
  if (reference !== undefined) meta.reference = reference;
  return { meta, fields };
}

function label(record: unknown, index: number, kind: string): string {
  const value = (record ?? {}) as Record<string, unknown>;
  const reference = typeof value.reference === 'string' ? `${value.reference.slice(0, 20)} ` : '';
  const name = typeof value.name === 'string' ? `« ${value.name.slice(0, 80)} »` : '';
  return `${kind} n° ${String(index + 1)} ${reference}${name}`.trim();
}

/** Checks a whole document and returns it typed; the first problem is named, record and field. */
export function parseTransferDocument(text: string): TransferDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new AppError(
      'VALIDATION',
      `Import refusé, rien n’a été écrit : le fichier n’est pas du JSON lisible (${(error as Error).message}).`,
    );
  }
  const top = z
    .object({
      format: z.literal(transferFormat),
      version: z.number(),
      organisation: z.unknown(),
      preferences: z.unknown(),
      clients: z.array(z.unknown()).max(100_000),
      activities: z.array(z.unknown()).max(100_000),
      processors: z.array(z.unknown()).max(100_000).optional(),
      requests: z.array(z.unknown()).max(1_000_000).optional(),
      suppressionList: z.array(z.unknown()).max(1_000_000).optional(),
      retentionRules: z.array(z.unknown()).max(100_000).optional(),
      trackedItems: z.array(z.unknown()).max(100_000).optional(),
      retentionActions: z.array(z.unknown()).max(1_000_000).optional(),
      attachments: z.array(z.unknown()).max(100_000).optional(),
    })
    .strict()
    .safeParse(raw);
  if (!top.success) {
    if (
      raw !== null &&
      typeof raw === 'object' &&
      (raw as Record<string, unknown>).format !== transferFormat
    ) {
      throw new AppError(
        'VALIDATION',
        'Import refusé, rien n’a été écrit : ce fichier n’est pas un export DPO Desk (format « dpo-desk » attendu).',
      );
    }
    fail('le document', top.error);
  }
  const document = top.data;
  if (!readableVersions.includes(document.version)) {
    throw new AppError(
      'VALIDATION',
      `Import refusé, rien n’a été écrit : version de format ${String(document.version)} non prise en charge (cette version de DPO Desk lit les versions ${readableVersions.join(', ')}).`,
    );
  }

  let organisation: OrganisationSettings | null = null;
  if (document.organisation !== null) {
    const { meta, fields } = splitMeta(document.organisation);
    const parsed = organisationSettingsSchema.safeParse(fields);
    if (!parsed.success) fail('l’organisation', parsed.error);
    const updatedAt = instant.safeParse((meta as Record<string, unknown>).updatedAt);
    if (!updatedAt.success) fail('l’organisation', updatedAt.error);
    organisation = { ...parsed.data, updatedAt: updatedAt.data };
  }
  const preferences = preferencesSchema
    .extend({
      alsaceMoselle: z.boolean().default(false),
      dpoTitle: z.string().max(200).default('Délégué à la protection des données'),
    })
    .safeParse(document.preferences);
  if (!preferences.success) fail('les préférences', preferences.error);

  const clients: Client[] = document.clients.map((record, index) => {
    const { meta, fields } = splitMeta(record);
    const parsedMeta = metaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(label(record, index, 'client'), parsedMeta.error);
    const parsed = clientInputSchema.safeParse(fields);
    if (!parsed.success) fail(label(record, index, 'client'), parsed.error);
    return { ...parsedMeta.data, ...parsed.data };
  });
  const clientIds = new Set(clients.map((client) => client.id));
  if (clientIds.size !== clients.length) {
    throw new AppError(
      'VALIDATION',
      'Import refusé, rien n’a été écrit : deux clients portent le même identifiant.',
    );
  }

  const references = new Set<string>();
  const activityIds = new Set<string>();
  const activities: ProcessingActivity[] = document.activities.map((record, index) => {
    const where = label(record, index, 'activité');
    const { meta, fields } = splitMeta(record);
    const parsedMeta = activityMetaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = activityInputSchema.safeParse(fields);
    if (!parsed.success) fail(where, parsed.error);
    if (references.has(parsedMeta.data.reference) || activityIds.has(parsedMeta.data.id)) {
      throw new AppError(
        'VALIDATION',
        `Import refusé, rien n’a été écrit : ${where} : référence ou identifiant en double.`,
      );
    }
    references.add(parsedMeta.data.reference);
    activityIds.add(parsedMeta.data.id);
    const unknown = parsed.data.clientIds.find((clientId) => !clientIds.has(clientId));
    if (unknown !== undefined) {
      throw new AppError(
        'VALIDATION',
        `Import refusé, rien n’a été écrit : ${where} champ « clientIds » : client ${unknown.slice(0, 64)} absent du fichier.`,
      );
    }
    const { id: activityId, reference, createdAt, updatedAt } = parsedMeta.data;
    return { id: activityId, reference, ...parsed.data, createdAt, updatedAt };
  });

  const attachments: TransferAttachment[] = (document.attachments ?? []).map((record, index) => {
    const where = `pièce jointe n° ${String(index + 1)}`;
    const parsed = attachmentSchema.safeParse(record);
    if (!parsed.success) fail(where, parsed.error);
    const content = Buffer.from(parsed.data.contentBase64, 'base64');
    if (
      content.length !== parsed.data.size ||
      createHash('sha256').update(content).digest('hex') !== parsed.data.sha256
    ) {
      throw new AppError(
        'VALIDATION',
        `Import refusé, rien n’a été écrit : ${where} « ${parsed.data.fileName} » : contenu altéré (taille ou SHA-256 différents).`,
      );
    }
    return parsed.data;
  });
  const attachmentIds = new Set(attachments.map((attachment) => attachment.id));

  const processorIds = new Set<string>();
  const processors: Processor[] = (document.processors ?? []).map((record, index) => {
    const where = label(record, index, 'sous-traitant');
    const { meta, fields } = splitMeta(record);
    const { contractDocument, ...rest } = (fields ?? {}) as Record<string, unknown>;
    const parsedMeta = metaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = processorInputSchema.safeParse(rest);
    if (!parsed.success) fail(where, parsed.error);
    const documentInfo = z
      .object({
        id,
        fileName: z.string(),
        mimeType: z.string(),
        size: z.number(),
        sha256: z.string(),
        attachedAt: instant,
      })
      .strict()
      .nullable()
      .safeParse(contractDocument ?? null);
    if (!documentInfo.success) fail(`${where} (contrat joint)`, documentInfo.error);
    if (documentInfo.data !== null && !attachmentIds.has(documentInfo.data.id)) {
      throw new AppError(
        'VALIDATION',
        `Import refusé, rien n’a été écrit : ${where} : contrat joint absent du fichier.`,
      );
    }
    const unknownActivity = parsed.data.activityIds.find(
      (activityId) => !activityIds.has(activityId),
    );
    if (unknownActivity !== undefined) {
      throw new AppError(
        'VALIDATION',
        `Import refusé, rien n’a été écrit : ${where} champ « activityIds » : activité ${unknownActivity.slice(0, 64)} absente du fichier.`,
      );
    }
    processorIds.add(parsedMeta.data.id);
    return { ...parsedMeta.data, ...parsed.data, contractDocument: documentInfo.data };
  });
  for (const [index, processor] of processors.entries()) {
    if (processor.parentId !== null && !processorIds.has(processor.parentId)) {
      throw new AppError(
        'VALIDATION',
        `Import refusé, rien n’a été écrit : ${label(processor, index, 'sous-traitant')} champ « parentId » : sous-traitant parent absent du fichier.`,
      );
    }
  }
  for (const activity of activities) {
    const unknownProcessor = activity.processorIds.find(
      (processorId) => !processorIds.has(processorId),
    );
    if (unknownProcessor !== undefined) {
      throw new AppError(
        'VALIDATION',
        `Import refusé, rien n’a été écrit : activité ${activity.reference} « ${activity.name} » champ « processorIds » : sous-traitant ${unknownProcessor.slice(0, 64)} absent du fichier.`,
      );
    }
  }

  const requestIds = new Set<string>();
  const requestReferences = new Set<string>();
  const requests: TransferRequest[] = (document.requests ?? []).map((record, index) => {
    const value = (record ?? {}) as Record<string, unknown>;
    const where = `demande n° ${String(index + 1)}${typeof value.reference === 'string' ? ` ${value.reference.slice(0, 20)}` : ''}`;
    const { meta, fields } = splitMeta(record);
    const {
      attachments: requestFiles,
      events,
      ...rest
    } = (fields ?? {}) as Record<string, unknown>;
    const parsedMeta = requestMetaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = requestInputSchema.safeParse(rest);
    if (!parsed.success) fail(where, parsed.error);
    const files = z
      .array(requestAttachmentInfoSchema)
      .max(1_000)
      .safeParse(requestFiles ?? []);
    if (!files.success) fail(`${where} (pièces jointes)`, files.error);
    const timeline = z
      .array(requestEventSchema)
      .max(10_000)
      .safeParse(events ?? []);
    if (!timeline.success) fail(`${where} (historique)`, timeline.error);
    if (requestIds.has(parsedMeta.data.id) || requestReferences.has(parsedMeta.data.reference)) {
      throw new AppError(
        'VALIDATION',
        `Import refusé, rien n’a été écrit : ${where} : référence ou identifiant en double.`,
      );
    }
    requestIds.add(parsedMeta.data.id);
    requestReferences.add(parsedMeta.data.reference);
    const missing =
      parsed.data.activityIds.find((activityId) => !activityIds.has(activityId)) ??
      parsed.data.art19Notifications
        .map((n) => n.processorId)
        .find((id) => !processorIds.has(id)) ??
      files.data.map((f) => f.id).find((id) => !attachmentIds.has(id));
    if (missing !== undefined) {
      throw new AppError(
        'VALIDATION',
        `Import refusé, rien n’a été écrit : ${where} : élément lié ${missing.slice(0, 64)} absent du fichier.`,
      );
    }
    return { ...parsedMeta.data, ...parsed.data, attachments: files.data, events: timeline.data };
  });
  const suppressionList = z
    .array(suppressionSchema)
    .max(1_000_000)
    .safeParse(document.suppressionList ?? []);
  if (!suppressionList.success) fail('la liste d’opposition', suppressionList.error);
  const unknownSource = suppressionList.data.find(
    (entry) => entry.sourceRequestId !== null && !requestIds.has(entry.sourceRequestId),
  );
  if (unknownSource !== undefined) {
    throw new AppError(
      'VALIDATION',
      `Import refusé, rien n’a été écrit : liste d’opposition : demande ${unknownSource.sourceReference} absente du fichier.`,
    );
  }

  const ruleIds = new Set<string>();
  const retentionRules: RetentionRule[] = (document.retentionRules ?? []).map((record, index) => {
    const where = label(record, index, 'règle de conservation');
    const { meta, fields } = splitMeta(record);
    const parsedMeta = metaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = retentionRuleInputSchema.safeParse(fields);
    if (!parsed.success) fail(where, parsed.error);
    if (parsed.data.activityId !== null && !activityIds.has(parsed.data.activityId)) {
      throw new AppError(
        'VALIDATION',
        `Import refusé, rien n’a été écrit : ${where} : activité absente du fichier.`,
      );
    }
    ruleIds.add(parsedMeta.data.id);
    return { ...parsedMeta.data, ...parsed.data };
  });
  const itemIds = new Set<string>();
  const trackedItems: StoredItem[] = (document.trackedItems ?? []).map((record, index) => {
    const where = label(record, index, 'suivi');
    const { meta, fields } = splitMeta(record);
    const parsedMeta = metaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = trackedItemInputSchema.safeParse(fields);
    if (!parsed.success) fail(where, parsed.error);
    if (!ruleIds.has(parsed.data.ruleId)) {
      throw new AppError(
        'VALIDATION',
        `Import refusé, rien n’a été écrit : ${where} : règle absente du fichier.`,
      );
    }
    itemIds.add(parsedMeta.data.id);
    return { ...parsedMeta.data, ...parsed.data };
  });
  const retentionActions: RetentionAction[] = (document.retentionActions ?? []).map(
    (record, index) => {
      const where = `preuve de purge n° ${String(index + 1)}`;
      const value = (record ?? {}) as Record<string, unknown>;
      const { id: actionId, actor, createdAt, ...fields } = value;
      const parsedMeta = z
        .object({ id, actor: z.string().max(200), createdAt: instant })
        .strict()
        .safeParse({ id: actionId, actor, createdAt });
      if (!parsedMeta.success) fail(where, parsedMeta.error);
      const parsed = retentionActionInputSchema.safeParse(fields);
      if (!parsed.success) fail(where, parsed.error);
      if (!itemIds.has(parsed.data.trackedItemId)) {
        throw new AppError(
          'VALIDATION',
          `Import refusé, rien n’a été écrit : ${where} : suivi absent du fichier.`,
        );
      }
      return { ...parsed.data, ...parsedMeta.data };
    },
  );

  return {
    format: transferFormat,
    version: transferVersion,
    organisation,
    preferences: preferences.data,
    clients,
    activities,
    processors,
    requests,
    suppressionList: suppressionList.data,
    retentionRules,
    trackedItems,
    retentionActions,
    attachments,
  };
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
      throw new AppError(
        'CONFLICT',
        'Import refusé, rien n’a été écrit : la base n’est pas vide. Utilisez --replace pour la remplacer (une sauvegarde est faite avant).',
      );
    }
    backupPath = (await takeBackup(ctx, 'before-import')).path;
  }
  const now = ctx.clock();
  await transact(ctx, async (trx) => {
    if (options.replace) {
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
      },
    });
  });
  return {
    clients: document.clients.length,
    activities: document.activities.length,
    processors: document.processors.length,
    requests: document.requests.length,
    backupPath,
  };
}
