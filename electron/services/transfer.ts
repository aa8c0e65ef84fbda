import { z } from 'zod';
import { createHash } from 'node:crypto';
import { insertActivity, listActivities } from '../../db/activities';
import { getAttachment, insertAttachment } from '../../db/attachments';
import { insertProcessor, listProcessors } from '../../db/processors';
import { insertAuditEntry } from '../../db/audit';
import { insertClient, listClients } from '../../db/clients';
import { backupDatabase, backupPathBeside } from '../../db/connection';
import { getPreference, putPreference } from '../../db/preferences';
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
import type { Context } from './context';
import { transact } from './transact';

/**
 * The whole database as one JSON document, for moving a register between machines and for
 * archiving. Versioned: a later version of the format says so in `version`; every new entity joins
 * it. The audit journal is not part of it: it is the history of one file, and an import starts a
 * new one with an `import` entry.
 */
export const transferFormat = 'dpo-desk';
export const transferVersion = 2;
/** Older versions this one still reads: version 1 had no processors. */
const readableVersions = [1, 2];

/** An attached document, its bytes in base64. */
export interface TransferAttachment extends AttachmentInfo {
  contentBase64: string;
}

export interface TransferDocument {
  format: typeof transferFormat;
  version: typeof transferVersion;
  organisation: OrganisationSettings | null;
  preferences: Preferences;
  clients: Client[];
  activities: ProcessingActivity[];
  processors: Processor[];
  attachments: TransferAttachment[];
}

export interface ImportReport {
  clients: number;
  activities: number;
  processors: number;
  backupPath: string | null;
}

const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, {
  error: 'validation.invalid',
});
const id = z.string().min(1).max(64);
const metaSchema = z.object({ id, createdAt: instant, updatedAt: instant });
const activityMetaSchema = metaSchema.extend({ reference: z.string().regex(/^T-\d{4,}$/) });
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
  const language = await getPreference(ctx.db, 'language');
  const processors = await listProcessors(ctx.db);
  const attachments: TransferAttachment[] = [];
  for (const processor of processors) {
    const stored =
      processor.contractDocument === null
        ? null
        : await getAttachment(ctx.db, processor.contractDocument.id);
    if (stored !== null) {
      const { content, ...info } = stored;
      attachments.push({ ...info, contentBase64: Buffer.from(content).toString('base64') });
    }
  }
  return {
    format: transferFormat,
    version: transferVersion,
    organisation: await getOrganisationSettings(ctx.db),
    preferences: { language: language === 'en' ? 'en' : 'fr' },
    clients: await listClients(ctx.db),
    activities: await listActivities(ctx.db),
    processors,
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
      `Import refusé, rien n’a été écrit : version de format ${String(document.version)} non prise en charge (cette version de DPO Desk lit les versions ${readableVersions.join(' et ')}).`,
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
  const preferences = preferencesSchema.safeParse(document.preferences);
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

  return {
    format: transferFormat,
    version: transferVersion,
    organisation,
    preferences: preferences.data,
    clients,
    activities,
    processors,
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
    const now = ctx.clock();
    backupPath = backupPathBeside(ctx.paths.database, 'before-import', now);
    await backupDatabase(ctx.db, backupPath);
  }
  const now = ctx.clock();
  await transact(ctx, async (trx) => {
    if (options.replace) {
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
        replaced: backupPath !== null,
        backupPath,
      },
    });
  });
  return {
    clients: document.clients.length,
    activities: document.activities.length,
    processors: document.processors.length,
    backupPath,
  };
}
