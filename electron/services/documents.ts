import { newSha256, sha256Hex } from './sha256';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listActivities } from '../../db/activities';
import { insertAuditEntry } from '../../db/audit';
import { listClients } from '../../db/clients';
import { newId } from '../../db/ids';
import { listProcessors } from '../../db/processors';
import {
  getRegisterExport,
  insertRegisterExport,
  listRegisterExports,
} from '../../db/registerExports';
import { countRequestRows, requestLogPage } from '../../db/requests';
import { listRules } from '../../db/retention';
import { getOrganisationSettings } from '../../db/settings';
import { addDays } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { quarterEnd } from '../../shared/retention/calendar';
import type { ProcessingActivity } from '../../shared/schemas/activity';
import type {
  ExportComparison,
  ExportJob,
  ExportRequest,
  RegisterExport,
  RegisterExportKind,
  RegisterSnapshot,
} from '../../shared/schemas/documents';
import type { Progress, RegisterData, RequestLogRow } from '../documents/registerData';
import { registerPdfSteps, writeRegisterPdf } from '../documents/registerPdf';
import { writeRegisterXlsx, xlsxSteps } from '../documents/registerXlsx';
import { breachViews } from './breaches';
import { listCookieViews } from './cookies';
import { calendarItems } from './calendar';
import type { Context } from './context';
import { todayOf } from './requests';
import { resourcesDir } from './resources';
import { trackedItems } from './retention';
import { startExportThread, type WrittenExport } from './exportThread';
import { transact } from './transact';

/** The quarter of a calendar date: `2026-T4`. */
export function quarterOf(date: string): string {
  return quarterEnd(date).label;
}

/** Gathers what a register document shows; the requests log is read page by page. */
export async function registerData(
  ctx: Context,
  options: { quarter?: string | undefined; includeRequesterNames: boolean },
): Promise<RegisterData> {
  const today = todayOf(ctx);
  const db = ctx.db;
  return {
    organisation: await getOrganisationSettings(db),
    today,
    quarter: options.quarter ?? quarterOf(today),
    appVersion: ctx.appVersion,
    activities: await listActivities(db),
    clients: await listClients(db),
    processors: await listProcessors(db),
    rules: await listRules(db),
    trackedItems: await trackedItems(db),
    // Requesters named only when the DPO asked for names in the workbook.
    calendar: await calendarItems(ctx, {
      to: addDays(today, 365),
      names: options.includeRequesterNames,
      language: 'fr',
    }),
    breaches: await breachViews(ctx),
    cookies: await listCookieViews(ctx),
    requestCount: await countRequestRows(db),
    includeRequesterNames: options.includeRequesterNames,
    requests: async function* (): AsyncGenerator<RequestLogRow> {
      let after = '';
      for (;;) {
        const page = await requestLogPage(db, after, 2_000);
        yield* page;
        const last = page.at(-1);
        if (last === undefined || page.length < 2_000) return;
        after = last.reference;
      }
    },
  };
}

/** An activity's fingerprint: what it says, so that two exports show which records changed. */
function fingerprint(activity: ProcessingActivity): string {
  const { updatedAt: _updated, createdAt: _created, ...fields } = activity;
  return sha256Hex(JSON.stringify(fields));
}

function snapshotOf(data: RegisterData): RegisterSnapshot {
  return activitiesSnapshot(data.activities);
}

/** The activities an export held, each with its fingerprint (two exports are compared on it). */
export function activitiesSnapshot(activities: readonly ProcessingActivity[]): RegisterSnapshot {
  return {
    activities: activities.map((a) => ({
      id: a.id,
      reference: a.reference,
      name: a.name,
      fingerprint: fingerprint(a),
    })),
  };
}

function countsOf(data: RegisterData): Record<string, number> {
  return {
    controllerActivities: data.activities.filter((a) => a.register === 'controller').length,
    processorActivities: data.activities.filter((a) => a.register === 'processor').length,
    processors: data.processors.length,
    transfers:
      data.activities.reduce((n, a) => n + a.transfers.length, 0) +
      data.processors.reduce((n, p) => n + p.transfers.length, 0),
    retentionRules: data.rules.length,
    trackedItems: data.trackedItems.length,
    requests: data.requestCount,
    deadlines: data.calendar.length,
  };
}

export function exportFileName(kind: RegisterExportKind, quarter: string, today: string): string {
  return kind === 'xlsx' ? `Registre-RGPD-${quarter}.xlsx` : `Registre-RGPD-${today}.pdf`;
}

async function sha256Of(path: string): Promise<string> {
  const hash = newSha256();
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** What an export request asks to gather. */
export function gather(ctx: Context, request: ExportRequest): Promise<RegisterData> {
  return registerData(ctx, {
    quarter: request.quarter,
    includeRequesterNames: request.includeRequesterNames,
  });
}

/** The number of steps the progress bar counts for a document. */
export function exportSteps(kind: RegisterExportKind, data: RegisterData): number {
  return kind === 'xlsx' ? xlsxSteps(data) : registerPdfSteps(data);
}

/**
 * Writes the gathered register to `path`, reporting progress. Nothing is recorded yet. Runs in the
 * export thread (exportWorker.ts); tests call it directly too.
 */
export async function writeRegisterDocument(
  ctx: Context,
  request: ExportRequest,
  data: RegisterData,
  path: string,
  progress: Progress = () => undefined,
): Promise<WrittenExport> {
  if (request.kind === 'xlsx') await writeRegisterXlsx(path, data, progress);
  else
    await writeRegisterPdf(
      path,
      data,
      { resources: resourcesDir(), createdAt: ctx.clock() },
      progress,
    );
  return {
    path,
    fileName: exportFileName(request.kind, data.quarter, data.today),
    kind: request.kind,
    quarter: data.quarter,
    counts: countsOf(data),
    snapshot: snapshotOf(data),
  };
}

/** Keeps the evidence of an export that went out: date, who, kind, quarter, counts, name, hash. */
export async function recordExport(
  ctx: Context,
  written: WrittenExport,
  fileName: string,
): Promise<RegisterExport> {
  const now = ctx.clock();
  const record: RegisterExport = {
    id: newId(now),
    madeAt: now.toISOString(),
    actor: ctx.actor,
    kind: written.kind,
    quarter: written.quarter,
    fileName,
    sha256: await sha256Of(written.path),
    size: statSync(written.path).size,
    counts: written.counts,
  };
  await transact(ctx, async (trx) => {
    await insertRegisterExport(trx, record, written.snapshot);
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'register_export',
      entityId: record.id,
      action: 'create',
      before: null,
      after: record,
    });
  });
  return record;
}

/** The command line: writes the file where asked (in the export thread) and records it. */
export async function exportRegisterToFile(
  ctx: Context,
  request: ExportRequest,
  path: string,
  progress?: Progress,
): Promise<RegisterExport> {
  const written = await startExportThread(ctx, request, path, progress).written;
  return recordExport(ctx, written, written.fileName);
}

export function listExports(ctx: Context): Promise<RegisterExport[]> {
  return listRegisterExports(ctx.db);
}

/** What changed in the register between two exports: activities added, removed, modified. */
export async function compareExports(
  ctx: Context,
  input: { fromId: string; toId: string },
): Promise<ExportComparison> {
  const from = await getRegisterExport(ctx.db, input.fromId);
  const to = await getRegisterExport(ctx.db, input.toId);
  if (from === null || to === null) throw new AppError('NOT_FOUND', 'error.export.notFound');
  // Older first, whichever order they were picked in.
  const [older, newer] = from.record.madeAt <= to.record.madeAt ? [from, to] : [to, from];
  const before = new Map(older.snapshot.activities.map((a) => [a.id, a]));
  const after = new Map(newer.snapshot.activities.map((a) => [a.id, a]));
  const byReference = (a: { reference: string }, b: { reference: string }) =>
    a.reference.localeCompare(b.reference);
  const modified = newer.snapshot.activities
    .filter((a) => {
      const old = before.get(a.id);
      return old !== undefined && old.fingerprint !== a.fingerprint;
    })
    .map((a) => ({
      reference: a.reference,
      name: a.name,
      previousName: before.get(a.id)?.name ?? a.name,
    }))
    .sort(byReference);
  return {
    from: older.record,
    to: newer.record,
    added: newer.snapshot.activities
      .filter((a) => !before.has(a.id))
      .map(({ reference, name }) => ({ reference, name }))
      .sort(byReference),
    removed: older.snapshot.activities
      .filter((a) => !after.has(a.id))
      .map(({ reference, name }) => ({ reference, name }))
      .sort(byReference),
    modified,
    unchanged: newer.snapshot.activities.filter(
      (a) => before.get(a.id)?.fingerprint === a.fingerprint,
    ).length,
  };
}

const jobs = new Map<string, ExportJob>();
const jobFiles = new Map<string, { folder: string; written: WrittenExport }>();

/**
 * Starts an export in the background (the UI polls `exportStatus` for its progress bar); the
 * finished file waits for `saveExport`, which asks where to save it and records the evidence.
 */
export async function startExport(ctx: Context, request: ExportRequest): Promise<ExportJob> {
  const folder = mkdtempSync(join(tmpdir(), 'dpo-desk-export-'));
  const job: ExportJob = {
    id: newId(ctx.clock()),
    kind: request.kind,
    done: 0,
    total: 0,
    finished: false,
    ready: false,
    error: null,
    fileName: '',
  };
  const thread = startExportThread(
    ctx,
    request,
    join(folder, `register.${request.kind}`),
    (done, total) => {
      job.done = done;
      job.total = total;
    },
  );
  try {
    // The thread reads the register once: the progress total and the document come from it.
    const { total, fileName } = await thread.gathered;
    job.total = total;
    job.fileName = fileName;
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  jobs.set(job.id, job);
  void thread.written
    .then((written) => {
      jobFiles.set(job.id, { folder, written });
      job.ready = true;
    })
    .catch((error: unknown) => {
      rmSync(folder, { recursive: true, force: true });
      job.error = error instanceof Error ? error.message : String(error);
    })
    .finally(() => {
      job.finished = true;
    });
  return { ...job };
}

export function exportStatus(id: string): ExportJob {
  const job = jobs.get(id);
  if (job === undefined) throw new AppError('NOT_FOUND', 'error.export.notFound');
  return { ...job };
}

export async function saveExport(
  ctx: Context,
  id: string,
): Promise<{ saved: boolean; name: string; record: RegisterExport | null }> {
  const file = jobFiles.get(id);
  if (file === undefined) throw new AppError('NOT_FOUND', 'error.export.noDocument');
  const kind = file.written.kind;
  const result = await ctx.files.save({
    fileName: file.written.fileName,
    mimeType:
      kind === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/pdf',
    content: readFileSync(file.written.path),
  });
  if (!result.saved) return { ...result, record: null };
  const record = await recordExport(ctx, file.written, result.name);
  rmSync(file.folder, { recursive: true, force: true });
  jobFiles.delete(id);
  jobs.delete(id);
  return { ...result, record };
}
