import type { ApiError, Result, Wording } from './errors';
import type { HistoryEntry } from './history';
import {
  activityIdSchema,
  activityListSchema,
  activityInputSchema,
  activityUpdateSchema,
  type ActivitySummary,
  type ProcessingActivity,
} from './schemas/activity';
import { clientSaveSchema, type Client } from './schemas/client';
import {
  processorDeleteSchema,
  processorIdSchema,
  processorSaveSchema,
  type Processor,
  type ProcessorSummary,
} from './schemas/processor';
import { createIdSchema, emptyInput } from './schemas/common';
import {
  breachCreateSchema,
  breachIdSchema,
  breachUpdateSchema,
  type BreachSummary,
  type BreachView,
} from './schemas/breach';
import {
  breachCommunicationSchema,
  breachDocumentSchema,
  breachLettersSchema,
  type BreachPeopleView,
} from './schemas/breachPeople';
import type { BreachNotification } from './breaches/notification';
import type { NoticeCheck } from './notices/checks';
import type { NoticeDocument } from './notices/document';
import {
  noticeKindSchema,
  noticePreviewSchema,
  noticeSaveSchema,
  noticeTextsSaveSchema,
  type NoticeTexts,
} from './schemas/notice';
import {
  cookieCreateSchema,
  cookieIdSchema,
  cookieUpdateSchema,
  type CookieView,
} from './schemas/cookie';
import {
  restoreBackupSchema,
  type Backup,
  type BackupList,
  type RestoreReport,
} from './schemas/backups';
import { z } from 'zod';
import {
  registerImportApplySchema,
  registerImportRemapSchema,
  registerMappingSaveSchema,
  type ImportApplyReport,
  type RegisterImportChoice,
} from './schemas/registerImport';
import {
  processorImportRemapSchema,
  processorMappingSaveSchema,
  type ProcessorImportChoice,
} from './schemas/processorImport';
import {
  requestImportRemapSchema,
  requestMappingSaveSchema,
  type RequestImportChoice,
} from './schemas/requestImport';
import type { LetterRefusal } from './letters/rules';
import {
  publicationCompareSchema,
  publicationIdSchema,
  publicationListSchema,
  publicationRecordSchema,
  type NoticeComparison,
  type NoticePublication,
  type NoticesOverview,
} from './notices/publications';
import type { LetterDelivery, LetterKind, LetterTemplate } from './letters/templates';
import type { CalendarItem } from './retention/calendar';
import {
  compareExportsSchema,
  exportIdSchema,
  exportRequestSchema,
  type ExportComparison,
  type ExportJob,
  type RegisterExport,
} from './schemas/documents';
import {
  calendarQuerySchema,
  idOnlySchema,
  retentionActionInputSchema,
  ruleSaveSchema,
  trackedSaveSchema,
  type RetentionRule,
  type TrackedItem,
} from './schemas/retention';
import {
  batchIdSchema,
  letterBatchSchema,
  letterFileSchema,
  letterImageSchema,
  letterInputSchema,
  letterRequestSchema,
  recordResponseSchema,
  templateKeySchema,
  templateSaveSchema,
} from './schemas/letters';
import {
  dueListSchema,
  requestAttachmentSchema,
  requestAttachSchema,
  requestCreateSchema,
  requestIdSchema,
  requestListSchema,
  requestUpdateSchema,
  type DashboardFigures,
  type RequestPage,
  type RequestSummary,
  type RequestView,
  type SuppressionEntry,
} from './schemas/request';
import {
  organisationSettingsSchema,
  preferencesUpdateSchema,
  type OrganisationSettings,
  type Preferences,
} from './schemas/settings';

/**
 * The API contract: every call the UI can make, with the schema of its input and the type of its
 * output. Implemented once in electron/services, reached through IPC, the browser host and tests.
 */

export interface AppInfo {
  appVersion: string;
  databasePath: string;
  schemaVersion: number;
  /** 0 on first run: the UI then offers the example register. */
  activityCount: number;
}

export interface ExampleLoaded {
  activities: number;
  clients: number;
  processors: number;
  requests: number;
}

export interface LetterRecordView {
  id: string;
  kind: LetterTemplate['kind'];
  language: LetterTemplate['language'];
  fileName: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface LetterPreviewView {
  subject: string;
  paragraphs: string[];
  missing: string[];
  problems: Wording[];
  settingsMissing: string[];
  /** Why the letter does not fit the request, as a key and values the UI words. */
  refusal: LetterRefusal | null;
  delivery: LetterDelivery;
  /** Values the DPO types for this letter. */
  inputs: string[];
}

export interface LetterChoicesView {
  letters: { kind: LetterKind; refusal: LetterRefusal | null }[];
  /** How the file says the answer goes. */
  delivery: LetterDelivery;
  /** A phone or in-person request: the DPO chooses post or email. */
  deliveryIsChoice: boolean;
  /** The date the answer was recorded as sent, '' while none was. */
  answeredOn: string;
}

export interface GeneratedLetterView {
  letter: LetterRecordView;
  email: LetterRecordView | null;
  delivery: LetterDelivery;
}

export interface BatchStatusView {
  id: string;
  total: number;
  done: number;
  finished: boolean;
  skipped: { reference: string; reason: ApiError }[];
  error: ApiError | null;
  ready: boolean;
}

/** The letter to the people (Art. 34) and the public text, or why they cannot be made yet. */
export interface BreachCommunicationView {
  letter: { subject: string; paragraphs: string[] } | null;
  publicText: string | null;
  refusal: ApiError | null;
}

export interface CalendarSummaryView {
  overdue: number;
  within7: number;
  items: CalendarItem[];
  text: string;
}

export interface DeleteProcessorResult {
  deleted: boolean;
  /** When not deleted: the activities that still use it ("T-0003 Relation client"), to ask first. */
  usedBy: string[];
}

const activityCreateSchema = z
  .object({ createId: createIdSchema.optional(), activity: activityInputSchema })
  .strict();
const idSchema = activityIdSchema;

/**
 * Calls that need the user's files: `choose` asks for one (a dialog, shown by the entry point:
 * Electron's in the app, the browser's in the browser host); `open` shows a stored document;
 * `save` asks where to write one the app made (a download in the browser host).
 */
export type FileUse = 'choose' | 'open' | 'save';

interface Entry<Input extends z.ZodType, Output> {
  input: Input;
  file?: FileUse;
  /** Type-only marker: never read at run time. */
  output?: Output;
}

/** What an import of processors or requests wrote, and the backup made just before. */
interface SpreadsheetImportReport {
  created: number;
  updated: number;
  backupPath: string;
}

function entry<Input extends z.ZodType, Output>(
  input: Input,
  file?: FileUse,
): Entry<Input, Output> {
  return file === undefined ? { input } : { input, file };
}

export const api = {
  'app.info': entry<typeof emptyInput, AppInfo>(emptyInput),
  'settings.get': entry<typeof emptyInput, OrganisationSettings | null>(emptyInput),
  'settings.save': entry<typeof organisationSettingsSchema, OrganisationSettings>(
    organisationSettingsSchema,
  ),
  'preferences.get': entry<typeof emptyInput, Preferences>(emptyInput),
  'preferences.save': entry<typeof preferencesUpdateSchema, Preferences>(preferencesUpdateSchema),
  'activities.list': entry<typeof activityListSchema, ActivitySummary[]>(activityListSchema),
  'activities.get': entry<typeof idSchema, ProcessingActivity>(idSchema),
  'activities.create': entry<typeof activityCreateSchema, ProcessingActivity>(activityCreateSchema),
  'activities.update': entry<typeof activityUpdateSchema, ProcessingActivity>(activityUpdateSchema),
  'activities.duplicate': entry<typeof idSchema, ProcessingActivity>(idSchema),
  'activities.archive': entry<typeof idSchema, ProcessingActivity>(idSchema),
  'activities.restore': entry<typeof idSchema, ProcessingActivity>(idSchema),
  'activities.delete': entry<typeof idSchema, { reference: string }>(idSchema),
  'activities.history': entry<typeof idSchema, HistoryEntry[]>(idSchema),
  'clients.list': entry<typeof emptyInput, Client[]>(emptyInput),
  'clients.save': entry<typeof clientSaveSchema, Client>(clientSaveSchema),
  'clients.delete': entry<typeof idSchema, { id: string }>(idSchema),
  'example.load': entry<typeof emptyInput, ExampleLoaded>(emptyInput),
  'processors.list': entry<typeof emptyInput, ProcessorSummary[]>(emptyInput),
  'processors.get': entry<typeof processorIdSchema, Processor>(processorIdSchema),
  'processors.save': entry<typeof processorSaveSchema, Processor>(processorSaveSchema),
  'processors.delete': entry<typeof processorDeleteSchema, DeleteProcessorResult>(
    processorDeleteSchema,
  ),
  'processors.history': entry<typeof processorIdSchema, HistoryEntry[]>(processorIdSchema),
  /** null: the user cancelled the dialog. */
  'processors.attachContract': entry<typeof processorIdSchema, Processor | null>(
    processorIdSchema,
    'choose',
  ),
  'processors.openContract': entry<typeof processorIdSchema, { fileName: string }>(
    processorIdSchema,
    'open',
  ),
  'processors.removeContract': entry<typeof processorIdSchema, Processor>(processorIdSchema),
  'cookies.list': entry<typeof emptyInput, CookieView[]>(emptyInput),
  'cookies.get': entry<typeof cookieIdSchema, CookieView>(cookieIdSchema),
  'cookies.create': entry<typeof cookieCreateSchema, CookieView>(cookieCreateSchema),
  'cookies.update': entry<typeof cookieUpdateSchema, CookieView>(cookieUpdateSchema),
  'cookies.delete': entry<typeof cookieIdSchema, { name: string }>(cookieIdSchema),
  'cookies.history': entry<typeof cookieIdSchema, HistoryEntry[]>(cookieIdSchema),
  'breaches.list': entry<typeof emptyInput, BreachSummary[]>(emptyInput),
  'breaches.get': entry<typeof breachIdSchema, BreachView>(breachIdSchema),
  'breaches.create': entry<typeof breachCreateSchema, BreachView>(breachCreateSchema),
  'breaches.update': entry<typeof breachUpdateSchema, BreachView>(breachUpdateSchema),
  'breaches.delete': entry<typeof breachIdSchema, { reference: string }>(breachIdSchema),
  'breaches.history': entry<typeof breachIdSchema, HistoryEntry[]>(breachIdSchema),
  'breaches.notification': entry<
    typeof breachDocumentSchema,
    { notification: BreachNotification; text: string }
  >(breachDocumentSchema),
  'breaches.saveNotificationPdf': entry<
    typeof breachDocumentSchema,
    { saved: boolean; name: string }
  >(breachDocumentSchema, 'save'),
  'breaches.people': entry<typeof breachIdSchema, BreachPeopleView>(breachIdSchema),
  'notices.texts': entry<typeof noticeKindSchema, NoticeTexts>(noticeKindSchema),
  'notices.saveTexts': entry<typeof noticeTextsSaveSchema, NoticeTexts>(noticeTextsSaveSchema),
  'notices.preview': entry<typeof noticePreviewSchema, NoticeDocument>(noticePreviewSchema),
  'notices.save': entry<typeof noticeSaveSchema, { saved: boolean; name: string }>(
    noticeSaveSchema,
    'save',
  ),
  'notices.publish': entry<typeof noticeSaveSchema, NoticePublication>(noticeSaveSchema),
  'notices.checks': entry<typeof noticeKindSchema, NoticeCheck[]>(noticeKindSchema),
  /** null: the user cancelled the dialog. */
  'breaches.importPeople': entry<typeof breachIdSchema, BreachPeopleView | null>(
    breachIdSchema,
    'choose',
  ),
  'breaches.erasePeople': entry<typeof breachIdSchema, BreachPeopleView>(breachIdSchema),
  'breaches.communication': entry<typeof breachCommunicationSchema, BreachCommunicationView>(
    breachCommunicationSchema,
  ),
  'breaches.startLetters': entry<typeof breachLettersSchema, BatchStatusView>(breachLettersSchema),
  'requests.list': entry<typeof requestListSchema, RequestPage>(requestListSchema),
  'requests.get': entry<typeof requestIdSchema, RequestView>(requestIdSchema),
  'requests.create': entry<typeof requestCreateSchema, RequestView>(requestCreateSchema),
  'requests.update': entry<typeof requestUpdateSchema, RequestView>(requestUpdateSchema),
  'requests.delete': entry<typeof requestIdSchema, { reference: string; erasureComplete: boolean }>(
    requestIdSchema,
  ),
  /** null: the user cancelled the dialog. */
  'requests.attach': entry<typeof requestAttachSchema, RequestView | null>(
    requestAttachSchema,
    'choose',
  ),
  'requests.openAttachment': entry<typeof requestAttachmentSchema, { fileName: string }>(
    requestAttachmentSchema,
    'open',
  ),
  'requests.removeAttachment': entry<typeof requestAttachmentSchema, RequestView>(
    requestAttachmentSchema,
  ),
  'requests.due': entry<typeof dueListSchema, RequestSummary[]>(dueListSchema),
  'dashboard.get': entry<typeof emptyInput, DashboardFigures>(emptyInput),
  'suppression.list': entry<typeof emptyInput, SuppressionEntry[]>(emptyInput),
  'suppression.erase': entry<
    typeof requestIdSchema,
    { sourceReference: string; erasureComplete: boolean }
  >(requestIdSchema),
  'letters.images': entry<typeof emptyInput, { logo: string | null; signature: string | null }>(
    emptyInput,
  ),
  'letters.chooseImage': entry<
    typeof letterImageSchema,
    { logo: string | null; signature: string | null }
  >(letterImageSchema, 'choose'),
  'letters.removeImage': entry<
    typeof letterImageSchema,
    { logo: string | null; signature: string | null }
  >(letterImageSchema),
  'letters.templates': entry<typeof emptyInput, LetterTemplate[]>(emptyInput),
  'letters.saveTemplate': entry<typeof templateSaveSchema, LetterTemplate>(templateSaveSchema),
  'letters.restoreTemplate': entry<typeof templateKeySchema, LetterTemplate>(templateKeySchema),
  'letters.preview': entry<typeof letterInputSchema, LetterPreviewView>(letterInputSchema),
  'letters.choices': entry<typeof letterRequestSchema, LetterChoicesView>(letterRequestSchema),
  'letters.generate': entry<typeof letterInputSchema, GeneratedLetterView>(letterInputSchema),
  'letters.recordResponse': entry<typeof recordResponseSchema, { responseOn: string }>(
    recordResponseSchema,
  ),
  'letters.list': entry<typeof requestIdSchema, LetterRecordView[]>(requestIdSchema),
  'letters.open': entry<typeof letterFileSchema, { fileName: string }>(letterFileSchema, 'open'),
  'letters.saveAs': entry<typeof letterFileSchema, { saved: boolean; name: string }>(
    letterFileSchema,
    'save',
  ),
  'letters.startBatch': entry<typeof letterBatchSchema, BatchStatusView>(letterBatchSchema),
  'letters.batchStatus': entry<typeof batchIdSchema, BatchStatusView>(batchIdSchema),
  'letters.saveBatch': entry<typeof batchIdSchema, { saved: boolean; name: string }>(
    batchIdSchema,
    'save',
  ),
  'retention.rules': entry<typeof emptyInput, RetentionRule[]>(emptyInput),
  'retention.saveRule': entry<typeof ruleSaveSchema, RetentionRule>(ruleSaveSchema),
  'retention.deleteRule': entry<typeof idOnlySchema, { id: string }>(idOnlySchema),
  'retention.items': entry<typeof emptyInput, TrackedItem[]>(emptyInput),
  'retention.saveItem': entry<typeof trackedSaveSchema, TrackedItem>(trackedSaveSchema),
  'retention.deleteItem': entry<typeof idOnlySchema, { id: string }>(idOnlySchema),
  'retention.record': entry<typeof retentionActionInputSchema, TrackedItem>(
    retentionActionInputSchema,
  ),
  'calendar.list': entry<typeof calendarQuerySchema, CalendarItem[]>(calendarQuerySchema),
  'calendar.summary': entry<typeof emptyInput, CalendarSummaryView>(emptyInput),
  'calendar.exportIcs': entry<typeof emptyInput, { saved: boolean; name: string }>(
    emptyInput,
    'save',
  ),
  'suppression.exportCsv': entry<
    typeof emptyInput,
    { saved: boolean; name: string; count: number }
  >(emptyInput, 'save'),
  'documents.startExport': entry<typeof exportRequestSchema, ExportJob>(exportRequestSchema),
  'documents.exportStatus': entry<typeof exportIdSchema, ExportJob>(exportIdSchema),
  'documents.saveExport': entry<
    typeof exportIdSchema,
    { saved: boolean; name: string; record: RegisterExport | null }
  >(exportIdSchema, 'save'),
  'documents.exports': entry<typeof emptyInput, RegisterExport[]>(emptyInput),
  'documents.saveCnilExport': entry<
    typeof emptyInput,
    { saved: boolean; name: string; record: RegisterExport | null }
  >(emptyInput, 'save'),
  'documents.compare': entry<typeof compareExportsSchema, ExportComparison>(compareExportsSchema),
  'registerImport.choose': entry<typeof emptyInput, RegisterImportChoice | null>(
    emptyInput,
    'choose',
  ),
  'registerImport.apply': entry<typeof registerImportApplySchema, ImportApplyReport>(
    registerImportApplySchema,
  ),
  'registerImport.remap': entry<typeof registerImportRemapSchema, RegisterImportChoice>(
    registerImportRemapSchema,
  ),
  'registerImport.saveMapping': entry<typeof registerMappingSaveSchema, { saved: true }>(
    registerMappingSaveSchema,
  ),
  'processorImport.choose': entry<typeof emptyInput, ProcessorImportChoice | null>(
    emptyInput,
    'choose',
  ),
  'processorImport.remap': entry<typeof processorImportRemapSchema, ProcessorImportChoice>(
    processorImportRemapSchema,
  ),
  'processorImport.saveMapping': entry<typeof processorMappingSaveSchema, { saved: true }>(
    processorMappingSaveSchema,
  ),
  'processorImport.apply': entry<typeof registerImportApplySchema, SpreadsheetImportReport>(
    registerImportApplySchema,
  ),
  'requestImport.choose': entry<typeof emptyInput, RequestImportChoice | null>(
    emptyInput,
    'choose',
  ),
  'requestImport.remap': entry<typeof requestImportRemapSchema, RequestImportChoice>(
    requestImportRemapSchema,
  ),
  'requestImport.saveMapping': entry<typeof requestMappingSaveSchema, { saved: true }>(
    requestMappingSaveSchema,
  ),
  'requestImport.apply': entry<typeof registerImportApplySchema, SpreadsheetImportReport>(
    registerImportApplySchema,
  ),
  /** Keeps a notice as published; the « Publier » button builds the document and its file. */
  'noticeVersions.record': entry<typeof publicationRecordSchema, NoticePublication>(
    publicationRecordSchema,
  ),
  'noticeVersions.list': entry<typeof publicationListSchema, NoticePublication[]>(
    publicationListSchema,
  ),
  'noticeVersions.get': entry<
    typeof publicationIdSchema,
    NoticePublication & { document: NoticeDocument }
  >(publicationIdSchema),
  'noticeVersions.save': entry<typeof publicationIdSchema, { saved: boolean; name: string }>(
    publicationIdSchema,
    'save',
  ),
  'noticeVersions.compare': entry<typeof publicationCompareSchema, NoticeComparison>(
    publicationCompareSchema,
  ),
  'noticeVersions.overview': entry<typeof emptyInput, NoticesOverview>(emptyInput),
  'backups.list': entry<typeof emptyInput, BackupList>(emptyInput),
  'backups.create': entry<typeof emptyInput, Backup>(emptyInput),
  'backups.restore': entry<typeof restoreBackupSchema, RestoreReport>(restoreBackupSchema),
};

/** The calls that need the user's files, and how. */
export function fileUseOf(name: ApiName): FileUse | undefined {
  const found: { file?: FileUse } = api[name];
  return found.file;
}

export type Api = typeof api;
export type ApiName = keyof Api;
export const apiNames = Object.keys(api) as ApiName[];

/** What a caller may send (before parsing). */
export type ApiInput<N extends ApiName> = z.input<Api[N]['input']>;
/** What a service receives (after parsing). */
export type ApiParsedInput<N extends ApiName> = z.output<Api[N]['input']>;
export type ApiOutput<N extends ApiName> = Exclude<Api[N]['output'], undefined>;

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

/** Calls one contract entry of a client by its name (`requests.get`). */
export function callByName(client: DpoClient, name: ApiName, input: unknown) {
  const [ns, method] = name.split('.') as [string, string];
  // The client holds one method per contract name, so the name finds one.
  const methods = (client as unknown as Record<string, Record<string, Invoke>>)[ns];
  return (methods?.[method] as (input: unknown) => Promise<Result<unknown>>)(input);
}

type Namespace<N> = N extends `${infer Ns}.${string}` ? Ns : never;
type Method<N> = N extends `${string}.${infer M}` ? M : never;
type Call<N extends ApiName, E> =
  Record<string, never> extends ApiInput<N>
    ? (input?: ApiInput<N>) => Promise<Result<ApiOutput<N>, E>>
    : (input: ApiInput<N>) => Promise<Result<ApiOutput<N>, E>>;

/**
 * The shape of `window.dpo`: one method per contract entry, grouped by namespace. `E` is what a
 * refused call carries: the wire's ApiError, or the renderer's worded one.
 */
export type DpoClient<E = ApiError> = {
  [Ns in Namespace<ApiName>]: {
    [N in ApiName as N extends `${Ns}.${string}` ? Method<N> : never]: Call<N, E>;
  };
};

export type Invoke<E = ApiError> = (name: ApiName, input: unknown) => Promise<Result<unknown, E>>;

/** Builds the `window.dpo` object over a transport (IPC in Electron, HTTP in the browser host). */
export function createDpoClient<E = ApiError>(invoke: Invoke<E>): DpoClient<E> {
  const client: Record<
    string,
    Record<string, (input?: unknown) => Promise<Result<unknown, E>>>
  > = {};
  for (const name of apiNames) {
    const [ns, method] = name.split('.') as [string, string];
    const group = (client[ns] ??= {});
    group[method] = (input?: unknown) => invoke(name, input ?? {});
  }
  // The object is built from the very names DpoClient is derived from.
  return client as unknown as DpoClient<E>;
}
