import { sha256Hex } from './sha256';
import { defaultConsentChoiceMonths } from '../../shared/cookies/vocabulary';
import { isCalendarDate } from '../../shared/dates';
import { z } from 'zod';
import type { Breach } from '../../shared/schemas/breach';
import type { Cookie } from '../../shared/schemas/cookie';
import type { StoredItem } from '../../db/retention';
import type { NoticeParagraph } from '../../db/noticeParagraphs';
import { noticeKinds } from '../../shared/notices/document';
import { noticeParts } from '../../shared/schemas/notice';
import { AppError, type ApiError } from '../../shared/errors';
import { languages, translate } from '../../shared/i18n';
import type { ProcessingActivity } from '../../shared/schemas/activity';
import { attachmentTypes, maxAttachmentBytes, maxLength } from '../../shared/limits';
import type { Client } from '../../shared/schemas/client';
import { type AttachmentInfo, type Processor } from '../../shared/schemas/processor';
import { toFieldIssues } from '../../shared/schemas/common';
import {
  preferencesSchema,
  type OrganisationSettings,
  type Preferences,
} from '../../shared/schemas/settings';
import {
  requestEventKinds,
  type RequestEvent,
  type RightsRequest,
  type SuppressionEntry,
} from '../../shared/schemas/request';
import { type RetentionAction, type RetentionRule } from '../../shared/schemas/retention';

/**
 * The whole database as one JSON document, for moving a register between machines and for
 * archiving. Versioned: a later version of the format says so in `version`; every new entity joins
 * it. The audit journal is not part of it: it is the history of one file, and an import starts a
 * new one with an `import` entry.
 */
export const transferFormat = 'dpo-desk';
export const transferVersion = 6;
/**
 * Older versions this one still reads: 1 had no processors, 2 no requests, 3 no retention, 4 no
 * breaches, 5 no cookie inventory, privacy-notice paragraphs nor publications of the notices (nor
 * the activities' « concerns the public », false).
 */
export const readableVersions = [1, 2, 3, 4, 5, 6];

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
  cookies: Cookie[];
  noticeParagraphs: NoticeParagraph[];
  /** Each publication of a notice, its file in base64 (see transferPublications.ts). */
  noticePublications: unknown[];
  attachments: TransferAttachment[];
}

/** A moment as the app writes it (UTC, ISO 8601), and one that exists: no 2026-02-30T25:00. */
export const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, { error: 'validation.invalid' })
  .refine((value) => isRealInstant(value), { error: 'validation.invalid' });
/** A day of the calendar, as the forms accept it. */
const calendarDay = z
  .string()
  .refine((value) => isCalendarDate(value), { error: 'validation.date' });
/** Every id the app makes is a UUID (v7 since the first version); nothing else names a record. */
export const id = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    error: 'validation.invalid',
  });
export const metaSchema = z.object({ id, createdAt: instant, updatedAt: instant });
export const activityMetaSchema = metaSchema.extend({ reference: z.string().regex(/^T-\d{4,}$/) });
export const requestMetaSchema = metaSchema.extend({
  reference: z.string().regex(/^DSR-\d{4}-\d{4,}$/),
});
/** A paragraph the DPO wrote around a notice (introduction, closing), in one language. */
export const noticeParagraphSchema = z
  .object({
    kind: z.enum(noticeKinds),
    part: z.enum(noticeParts),
    language: z.enum(languages),
    text: z.string().max(maxLength.freeText),
    updatedAt: instant,
  })
  .strict();
export const breachMetaSchema = metaSchema.extend({
  reference: z.string().regex(/^VDP-\d{4}-\d{4,}$/),
});
export const requestAttachmentInfoSchema = z
  .object({
    id,
    kind: z.enum(['idDocument', 'other']),
    fileName: z.string().min(1).max(255),
    size: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    attachedAt: instant,
  })
  .strict();
export const requestEventSchema = z
  .object({
    at: instant,
    actor: z.string().max(200),
    kind: z.enum(requestEventKinds),
    data: z.record(z.string(), z.union([z.string().max(20_000), z.number(), z.boolean()])),
  })
  .strict();
export const suppressionSchema = z
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
export const attachmentSchema = z
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
export function acceptedType(fileName: string, mimeType: string): boolean {
  const dot = fileName.lastIndexOf('.');
  const expected = dot < 0 ? undefined : attachmentTypes[fileName.slice(dot + 1).toLowerCase()];
  return expected !== undefined && expected === mimeType;
}

/**
 * The import runs from the command line only, which speaks French: the reason names records and
 * fields of the file in French, as data of one key.
 */
export function refuse(reason: string, details?: ApiError['details']): never {
  throw new AppError('VALIDATION', 'error.import.refused', { reason }, details);
}

/**
 * Refuses with the first problem zod found, named by field; `prefix` places the record in its list
 * when the field's path is counted from the list (`3.name`).
 */
export function fail(where: string, error: z.ZodError, prefix?: number): never {
  const [first] = toFieldIssues(error);
  const issue =
    first === undefined || prefix === undefined
      ? first
      : { ...first, path: first.path === '' ? String(prefix) : `${String(prefix)}.${first.path}` };
  const field = issue === undefined || issue.path === '' ? '' : ` champ « ${issue.path} »`;
  const message = issue === undefined ? 'valeur invalide' : translate('fr', issue.messageKey);
  refuse(`${where}${field} : ${message}`, { fields: issue === undefined ? [] : [issue] });
}

export function splitMeta(record: unknown): { meta: unknown; fields: unknown } {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { meta: record, fields: record };
  }
  const { id: i, reference, createdAt, updatedAt, ...fields } = record as Record<string, unknown>;
  const meta: Record<string, unknown> = { id: i, createdAt, updatedAt };
  if (reference !== undefined) meta.reference = reference;
  return { meta, fields };
}

export function label(record: unknown, index: number, kind: string): string {
  const value = (record ?? {}) as Record<string, unknown>;
  const reference = typeof value.reference === 'string' ? `${value.reference.slice(0, 20)} ` : '';
  const name = typeof value.name === 'string' ? `« ${value.name.slice(0, 80)} »` : '';
  return `${kind} n° ${String(index + 1)} ${reference}${name}`.trim();
}

/** The lists of the document, in the order DPO Desk writes them, with how many each may hold. */
export const transferLists = {
  clients: 100_000,
  activities: 100_000,
  processors: 100_000,
  requests: 1_000_000,
  suppressionList: 1_000_000,
  retentionRules: 100_000,
  trackedItems: 100_000,
  retentionActions: 1_000_000,
  breaches: 100_000,
  cookies: 100_000,
  noticeParagraphs: 100,
  noticePublications: 10_000,
  attachments: 100_000,
} as const;
export type TransferList = keyof typeof transferLists;

export function isTransferList(key: string): key is TransferList {
  return Object.hasOwn(transferLists, key);
}

export const topMembers = z
  .object({
    format: z.literal(transferFormat),
    version: z.number(),
    organisation: z.unknown(),
    preferences: z.unknown(),
  })
  .strict();

export const preferencesWithDefaults = z.lazy(() =>
  preferencesSchema.unwrap().extend({
    alsaceMoselle: z.boolean().default(false),
    dpoTitle: z.string().max(200).default('Délégué à la protection des données'),
    calendarNames: z.boolean().default(false),
    reminderDays: z.number().int().min(0).max(30).default(1),
    consentChoiceMonths: z.number().int().min(1).max(13).default(defaultConsentChoiceMonths),
  }),
);

export const contractDocumentSchema = z
  .object({
    id,
    fileName: z.string(),
    mimeType: z.string(),
    size: z.number(),
    sha256: z.string(),
    attachedAt: instant,
  })
  .strict()
  .nullable();

/** An attached document, checked: an accepted type, and bytes that match their size and digest. */
export function checkedAttachment(record: unknown, index: number): TransferAttachment {
  const where = `pièce jointe n° ${String(index + 1)}`;
  const parsed = attachmentSchema.safeParse(record);
  if (!parsed.success) fail(where, parsed.error);
  if (!acceptedType(parsed.data.fileName, parsed.data.mimeType)) {
    refuse(
      `${where} « ${parsed.data.fileName} » (${parsed.data.mimeType.slice(0, 80)}) : type de fichier non accepté (${Object.keys(attachmentTypes).join(', ')}).`,
    );
  }
  const content = Buffer.from(parsed.data.contentBase64, 'base64');
  if (content.length !== parsed.data.size || sha256Hex(content) !== parsed.data.sha256) {
    refuse(`${where} « ${parsed.data.fileName} » : contenu altéré (taille ou SHA-256 différents).`);
  }
  return parsed.data;
}
