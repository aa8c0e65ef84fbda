import { createHash } from 'node:crypto';
import { isCalendarDate } from '../../shared/dates';
import { z } from 'zod';
import { breachInputSchema, type Breach } from '../../shared/schemas/breach';
import type { StoredItem } from '../../db/retention';
import { AppError, type ApiError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { activityInputSchema, type ProcessingActivity } from '../../shared/schemas/activity';
import { attachmentTypes, maxAttachmentBytes } from '../../shared/limits';
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
import {
  retentionActionInputSchema,
  retentionRuleInputSchema,
  trackedItemInputSchema,
  type RetentionAction,
  type RetentionRule,
} from '../../shared/schemas/retention';

/**
 * The whole database as one JSON document, for moving a register between machines and for
 * archiving. Versioned: a later version of the format says so in `version`; every new entity joins
 * it. The audit journal is not part of it: it is the history of one file, and an import starts a
 * new one with an `import` entry.
 */
export const transferFormat = 'dpo-desk';
export const transferVersion = 5;
/**
 * Older versions this one still reads: 1 had no processors, 2 no requests, 3 no retention, 4 no
 * breaches.
 */
const readableVersions = [1, 2, 3, 4, 5];

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
  breaches: Breach[];
  attachments: TransferAttachment[];
}

/** A moment as the app writes it (UTC, ISO 8601), and one that exists: no 2026-02-30T25:00. */
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, { error: 'validation.invalid' })
  .refine((value) => isRealInstant(value), { error: 'validation.invalid' });
/** A day of the calendar, as the forms accept it. */
const calendarDay = z
  .string()
  .refine((value) => isCalendarDate(value), { error: 'validation.date' });
/** Every id the app makes is a UUID (v7 since the first version); nothing else names a record. */
const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
  error: 'validation.invalid',
});
const metaSchema = z.object({ id, createdAt: instant, updatedAt: instant });
const activityMetaSchema = metaSchema.extend({ reference: z.string().regex(/^T-\d{4,}$/) });
const requestMetaSchema = metaSchema.extend({ reference: z.string().regex(/^DSR-\d{4}-\d{4,}$/) });
const breachMetaSchema = metaSchema.extend({ reference: z.string().regex(/^VDP-\d{4}-\d{4,}$/) });
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
    addedOn: calendarDay,
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

function isRealInstant(value: string): boolean {
  const time = Date.parse(value);
  // Date.parse rolls 2026-02-30 over to March; a real moment reads back as written.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

/** The same types a user may attach in the app: by extension, with the type that goes with it. */
function acceptedType(fileName: string, mimeType: string): boolean {
  const dot = fileName.lastIndexOf('.');
  const expected = dot < 0 ? undefined : attachmentTypes[fileName.slice(dot + 1).toLowerCase()];
  return expected !== undefined && expected === mimeType;
}

/**
 * The import runs from the command line only, which speaks French: the reason names records and
 * fields of the file in French, as data of one key.
 */
function refuse(reason: string, details?: ApiError['details']): never {
  throw new AppError('VALIDATION', 'error.import.refused', { reason }, details);
}

function fail(where: string, error: z.ZodError): never {
  const [issue] = toFieldIssues(error);
  const field = issue === undefined || issue.path === '' ? '' : ` champ « ${issue.path} »`;
  const message = issue === undefined ? 'valeur invalide' : translate('fr', issue.messageKey);
  refuse(`${where}${field} : ${message}`, { fields: issue === undefined ? [] : [issue] });
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
    refuse(`le fichier n’est pas du JSON lisible (${(error as Error).message}).`);
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
      breaches: z.array(z.unknown()).max(100_000).optional(),
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
      refuse('ce fichier n’est pas un export DPO Desk (format « dpo-desk » attendu).');
    }
    fail('le document', top.error);
  }
  const document = top.data;
  if (!readableVersions.includes(document.version)) {
    refuse(
      `version de format ${String(document.version)} non prise en charge (cette version de DPO Desk lit les versions ${readableVersions.join(', ')}).`,
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
      calendarNames: z.boolean().default(false),
      reminderDays: z.number().int().min(0).max(30).default(1),
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
    refuse('deux clients portent le même identifiant.');
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
      refuse(`${where} : référence ou identifiant en double.`);
    }
    references.add(parsedMeta.data.reference);
    activityIds.add(parsedMeta.data.id);
    const unknown = parsed.data.clientIds.find((clientId) => !clientIds.has(clientId));
    if (unknown !== undefined) {
      refuse(`${where} champ « clientIds » : client ${unknown.slice(0, 64)} absent du fichier.`);
    }
    const { id: activityId, reference, createdAt, updatedAt } = parsedMeta.data;
    return { id: activityId, reference, ...parsed.data, createdAt, updatedAt };
  });

  const attachments: TransferAttachment[] = (document.attachments ?? []).map((record, index) => {
    const where = `pièce jointe n° ${String(index + 1)}`;
    const parsed = attachmentSchema.safeParse(record);
    if (!parsed.success) fail(where, parsed.error);
    if (!acceptedType(parsed.data.fileName, parsed.data.mimeType)) {
      refuse(
        `${where} « ${parsed.data.fileName} » (${parsed.data.mimeType.slice(0, 80)}) : type de fichier non accepté (${Object.keys(attachmentTypes).join(', ')}).`,
      );
    }
    const content = Buffer.from(parsed.data.contentBase64, 'base64');
    if (
      content.length !== parsed.data.size ||
      createHash('sha256').update(content).digest('hex') !== parsed.data.sha256
    ) {
      refuse(
        `${where} « ${parsed.data.fileName} » : contenu altéré (taille ou SHA-256 différents).`,
      );
    }
    return parsed.data;
  });
  const attachmentById = new Map(attachments.map((attachment) => [attachment.id, attachment]));
  const attachmentIds = new Set(attachmentById.keys());
  /** Ids of the attachments a request or a processor names, to find those nothing names. */
  const referenced = new Set<string>();
  /** A record's description of its document must be the document's (name, size, digest). */
  const sameDocument = (
    where: string,
    info: { id: string; fileName: string; size: number; sha256: string },
  ) => {
    const stored = attachmentById.get(info.id);
    if (stored === undefined) return;
    referenced.add(info.id);
    if (
      stored.fileName !== info.fileName ||
      stored.size !== info.size ||
      stored.sha256 !== info.sha256
    ) {
      refuse(
        `${where} : la pièce jointe « ${info.fileName.slice(0, 200)} » ne correspond pas au document joint au fichier.`,
      );
    }
  };

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
      refuse(`${where} : contrat joint absent du fichier.`);
    }
    if (documentInfo.data !== null) sameDocument(`${where} (contrat joint)`, documentInfo.data);
    const unknownActivity = parsed.data.activityIds.find(
      (activityId) => !activityIds.has(activityId),
    );
    if (unknownActivity !== undefined) {
      refuse(
        `${where} champ « activityIds » : activité ${unknownActivity.slice(0, 64)} absente du fichier.`,
      );
    }
    processorIds.add(parsedMeta.data.id);
    return { ...parsedMeta.data, ...parsed.data, contractDocument: documentInfo.data };
  });
  for (const [index, processor] of processors.entries()) {
    if (processor.parentId !== null && !processorIds.has(processor.parentId)) {
      refuse(
        `${label(processor, index, 'sous-traitant')} champ « parentId » : sous-traitant parent absent du fichier.`,
      );
    }
  }
  for (const activity of activities) {
    const unknownProcessor = activity.processorIds.find(
      (processorId) => !processorIds.has(processorId),
    );
    if (unknownProcessor !== undefined) {
      refuse(
        `activité ${activity.reference} « ${activity.name} » champ « processorIds » : sous-traitant ${unknownProcessor.slice(0, 64)} absent du fichier.`,
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
      refuse(`${where} : référence ou identifiant en double.`);
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
      refuse(`${where} : élément lié ${missing.slice(0, 64)} absent du fichier.`);
    }
    for (const file of files.data) sameDocument(where, file);
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
    refuse(`liste d’opposition : demande ${unknownSource.sourceReference} absente du fichier.`);
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
      refuse(`${where} : activité absente du fichier.`);
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
      refuse(`${where} : règle absente du fichier.`);
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
        refuse(`${where} : suivi absent du fichier.`);
      }
      return { ...parsed.data, ...parsedMeta.data };
    },
  );

  const breaches: Breach[] = (document.breaches ?? []).map((record, index) => {
    const where = label(record, index, 'violation');
    const { meta, fields } = splitMeta(record);
    const parsedMeta = breachMetaSchema.safeParse(meta);
    if (!parsedMeta.success) fail(where, parsedMeta.error);
    const parsed = breachInputSchema.safeParse(fields);
    if (!parsed.success) fail(where, parsed.error);
    const unknownActivity = parsed.data.activityIds.find((a) => !activityIds.has(a));
    const unknownProcessor = parsed.data.processorIds.find((p) => !processorIds.has(p));
    if (unknownActivity !== undefined || unknownProcessor !== undefined) {
      refuse(`${where} : activité ou sous-traitant absent du fichier.`);
    }
    return { ...parsed.data, ...parsedMeta.data };
  });

  const orphan = attachments.find((attachment) => !referenced.has(attachment.id));
  if (orphan !== undefined) {
    refuse(
      `pièce jointe « ${orphan.fileName.slice(0, 200)} » : rattachée à aucune demande ni à aucun sous-traitant.`,
    );
  }
  // One id names one record: an activity's id cannot also be a request's or a document's.
  const seen = new Set<string>();
  const everyId = [
    ...clients,
    ...activities,
    ...processors,
    ...requests,
    ...suppressionList.data,
    ...retentionRules,
    ...trackedItems,
    ...retentionActions,
    ...breaches,
    ...attachments,
  ].map((record) => record.id);
  for (const recordId of everyId) {
    if (seen.has(recordId)) refuse(`l’identifiant ${recordId} désigne deux éléments du fichier.`);
    seen.add(recordId);
  }

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
    breaches,
    attachments,
  };
}
