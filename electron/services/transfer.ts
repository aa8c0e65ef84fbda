import { z } from 'zod';
import { insertActivity, listActivities } from '../../db/activities';
import { insertAuditEntry } from '../../db/audit';
import { insertClient, listClients } from '../../db/clients';
import { backupDatabase, backupPathBeside } from '../../db/connection';
import { getPreference, putPreference } from '../../db/preferences';
import { getOrganisationSettings, putOrganisationSettings } from '../../db/settings';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { activityInputSchema, type ProcessingActivity } from '../../shared/schemas/activity';
import { clientInputSchema, type Client } from '../../shared/schemas/client';
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
export const transferVersion = 1;

export interface TransferDocument {
  format: typeof transferFormat;
  version: typeof transferVersion;
  organisation: OrganisationSettings | null;
  preferences: Preferences;
  clients: Client[];
  activities: ProcessingActivity[];
}

export interface ImportReport {
  clients: number;
  activities: number;
  backupPath: string | null;
}

const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, {
  error: 'validation.invalid',
});
const id = z.string().min(1).max(64);
const metaSchema = z.object({ id, createdAt: instant, updatedAt: instant });
const activityMetaSchema = metaSchema.extend({ reference: z.string().regex(/^T-\d{4,}$/) });

export async function exportDocument(ctx: Context): Promise<TransferDocument> {
  const language = await getPreference(ctx.db, 'language');
  return {
    format: transferFormat,
    version: transferVersion,
    organisation: await getOrganisationSettings(ctx.db),
    preferences: { language: language === 'en' ? 'en' : 'fr' },
    clients: await listClients(ctx.db),
    activities: await listActivities(ctx.db),
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
  if (document.version !== transferVersion) {
    throw new AppError(
      'VALIDATION',
      `Import refusé, rien n’a été écrit : version de format ${String(document.version)} non prise en charge (cette version de DPO Desk lit la version ${String(transferVersion)}).`,
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

  return {
    format: transferFormat,
    version: transferVersion,
    organisation,
    preferences: preferences.data,
    clients,
    activities,
  };
}

async function isEmpty(ctx: Context): Promise<boolean> {
  const [organisation, clients, activities] = await Promise.all([
    getOrganisationSettings(ctx.db),
    ctx.db.selectFrom('client').select('id').limit(1).execute(),
    ctx.db.selectFrom('processing_activity').select('id').limit(1).execute(),
  ]);
  return organisation === null && clients.length === 0 && activities.length === 0;
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
      await trx.deleteFrom('activity_client').execute();
      await trx.deleteFrom('processing_activity').execute();
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
    for (const activity of document.activities) await insertActivity(trx, activity);
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
        replaced: backupPath !== null,
        backupPath,
      },
    });
  });
  return { clients: document.clients.length, activities: document.activities.length, backupPath };
}
