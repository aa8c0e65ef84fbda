/**
 * The imports of the Documents page (a register, a processors list, a requests log): the DPO
 * chooses the file in a dialog, sees the preview, may change what the columns of a table fill
 * (the preview is computed again), then confirms. The chosen file's bytes wait in the main
 * process between the steps, under an id: the page never sends a path, and what is written is
 * what was previewed (same SHA-256). A mapping the DPO saves is a preference of the database,
 * taken by the next file with the same headers.
 */
import { randomUUID } from 'node:crypto';
import { insertAuditEntry } from '../../db/audit';
import { getPreference, putPreference } from '../../db/preferences';
import { AppError } from '../../shared/errors';
import { translate, type MessageKey } from '../../shared/i18n';
import {
  processorMappingSchema,
  type ProcessorImportChoice,
  type ProcessorMapping,
} from '../../shared/schemas/processorImport';
import {
  flatMappingSchema,
  type FlatMapping,
  type ImportApplyReport,
  type RegisterImportChoice,
} from '../../shared/schemas/registerImport';
import {
  requestMappingSchema,
  type RequestImportChoice,
  type RequestMapping,
} from '../../shared/schemas/requestImport';
import { readLimits } from '../documents/readers/sheet';
import type { Context } from './context';
import { getPreferences } from './preferences';
import { applyProcessorImport, previewProcessorImport } from './processorImport';
import { applyRegisterImport, previewRegisterImport, type ImportSource } from './registerImport';
import { applyRequestImport, previewRequestImport } from './requestImport';
import { transact } from './transact';

type Kind = 'register' | 'processors' | 'requests';

interface Waiting<Mapping> {
  importId: string;
  source: ImportSource;
  mapping: Mapping | null;
}

/** One file waiting per database and kind: choosing another replaces it. */
const waiting = {
  register: new Map<string, Waiting<FlatMapping>>(),
  processors: new Map<string, Waiting<ProcessorMapping>>(),
  requests: new Map<string, Waiting<RequestMapping>>(),
};

const dialogTitles: Record<Kind, MessageKey> = {
  register: 'dialog.registerImport',
  processors: 'dialog.processorImport',
  requests: 'dialog.requestImport',
};

async function chooseSource(ctx: Context, kind: Kind): Promise<ImportSource | null> {
  const file = await ctx.files.choose({
    title: translate((await getPreferences(ctx)).language, dialogTitles[kind]),
    extensions: ['xlsx', 'xlsm', 'ods', 'csv'],
  });
  if (file === null) return null;
  if (file.size > readLimits.bytes) {
    throw new AppError('VALIDATION', 'error.registerImport.tooLarge', {
      max: Math.round(readLimits.bytes / 1024 / 1024),
    });
  }
  return { name: file.name, bytes: Buffer.from(await file.read()) };
}

function waitingFor<Mapping>(
  ctx: Context,
  files: Map<string, Waiting<Mapping>>,
  importId: string,
): Waiting<Mapping> {
  const chosen = files.get(ctx.paths.database);
  if (chosen?.importId !== importId) {
    throw new AppError('NOT_FOUND', 'error.registerImport.previewExpired');
  }
  return chosen;
}

const mappingKeys: Record<Kind, string> = {
  register: 'registerImport.mapping',
  processors: 'processorImport.mapping',
  requests: 'requestImport.mapping',
};

async function savedMapping<T>(
  ctx: Context,
  kind: Kind,
  parse: (json: unknown) => T | null,
): Promise<T | null> {
  const text = await getPreference(ctx.db, mappingKeys[kind]);
  if (text === null) return null;
  try {
    return parse(JSON.parse(text));
  } catch {
    // A preference that no longer reads (written by another version) is as if none were saved.
    return null;
  }
}

const savedRegisterMapping = (ctx: Context) =>
  savedMapping(ctx, 'register', (json) => flatMappingSchema.safeParse(json).data ?? null);
const savedProcessorMapping = (ctx: Context) =>
  savedMapping(ctx, 'processors', (json) => processorMappingSchema.safeParse(json).data ?? null);
const savedRequestMapping = (ctx: Context) =>
  savedMapping(ctx, 'requests', (json) => requestMappingSchema.safeParse(json).data ?? null);

/** Keeps the mapping's columns beside those saved before (other files' headers), audited. */
async function saveMapping(
  ctx: Context,
  kind: Kind,
  before: { columns: Record<string, string> } | null,
  mapping: { columns: Record<string, string> },
): Promise<void> {
  const key = mappingKeys[kind];
  const after = { columns: { ...(before?.columns ?? {}), ...mapping.columns } };
  const now = ctx.clock();
  await transact(ctx, async (trx) => {
    await putPreference(trx, key, JSON.stringify(after));
    await insertAuditEntry(trx, {
      at: now,
      actor: ctx.actor,
      entity: 'preference',
      entityId: key,
      action: before === null ? 'create' : 'update',
      before,
      after,
    });
  });
}

export async function chooseRegisterImport(ctx: Context): Promise<RegisterImportChoice | null> {
  const source = await chooseSource(ctx, 'register');
  if (source === null) return null;
  const mapping = await savedRegisterMapping(ctx);
  const preview = await previewRegisterImport(ctx, source, mapping);
  const importId = randomUUID();
  waiting.register.set(ctx.paths.database, { importId, source, mapping });
  return { ...preview, importId };
}

export async function remapRegisterImport(
  ctx: Context,
  input: { importId: string; mapping: FlatMapping },
): Promise<RegisterImportChoice> {
  const chosen = waitingFor(ctx, waiting.register, input.importId);
  const preview = await previewRegisterImport(ctx, chosen.source, input.mapping);
  chosen.mapping = input.mapping;
  return { ...preview, importId: chosen.importId };
}

export async function saveRegisterMapping(
  ctx: Context,
  input: { mapping: FlatMapping },
): Promise<{ saved: true }> {
  await saveMapping(ctx, 'register', await savedRegisterMapping(ctx), input.mapping);
  return { saved: true };
}

export async function applyChosenImport(
  ctx: Context,
  input: { importId: string; sha256: string },
): Promise<ImportApplyReport> {
  const chosen = waitingFor(ctx, waiting.register, input.importId);
  const report = await applyRegisterImport(ctx, chosen.source, input.sha256, chosen.mapping);
  waiting.register.delete(ctx.paths.database);
  return report;
}

export async function chooseProcessorImport(ctx: Context): Promise<ProcessorImportChoice | null> {
  const source = await chooseSource(ctx, 'processors');
  if (source === null) return null;
  const mapping = await savedProcessorMapping(ctx);
  const preview = await previewProcessorImport(ctx, source, mapping);
  const importId = randomUUID();
  waiting.processors.set(ctx.paths.database, { importId, source, mapping });
  return { ...preview, importId };
}

export async function remapProcessorImport(
  ctx: Context,
  input: { importId: string; mapping: ProcessorMapping },
): Promise<ProcessorImportChoice> {
  const chosen = waitingFor(ctx, waiting.processors, input.importId);
  const preview = await previewProcessorImport(ctx, chosen.source, input.mapping);
  chosen.mapping = input.mapping;
  return { ...preview, importId: chosen.importId };
}

export async function saveProcessorMapping(
  ctx: Context,
  input: { mapping: ProcessorMapping },
): Promise<{ saved: true }> {
  await saveMapping(ctx, 'processors', await savedProcessorMapping(ctx), input.mapping);
  return { saved: true };
}

export async function applyChosenProcessorImport(
  ctx: Context,
  input: { importId: string; sha256: string },
): Promise<{ created: number; updated: number; backupPath: string }> {
  const chosen = waitingFor(ctx, waiting.processors, input.importId);
  const report = await applyProcessorImport(ctx, chosen.source, input.sha256, chosen.mapping);
  waiting.processors.delete(ctx.paths.database);
  return report;
}

export async function chooseRequestImport(ctx: Context): Promise<RequestImportChoice | null> {
  const source = await chooseSource(ctx, 'requests');
  if (source === null) return null;
  const mapping = await savedRequestMapping(ctx);
  const preview = await previewRequestImport(ctx, source, mapping);
  const importId = randomUUID();
  waiting.requests.set(ctx.paths.database, { importId, source, mapping });
  return { ...preview, importId };
}

export async function remapRequestImport(
  ctx: Context,
  input: { importId: string; mapping: RequestMapping },
): Promise<RequestImportChoice> {
  const chosen = waitingFor(ctx, waiting.requests, input.importId);
  const preview = await previewRequestImport(ctx, chosen.source, input.mapping);
  chosen.mapping = input.mapping;
  return { ...preview, importId: chosen.importId };
}

export async function saveRequestMapping(
  ctx: Context,
  input: { mapping: RequestMapping },
): Promise<{ saved: true }> {
  await saveMapping(ctx, 'requests', await savedRequestMapping(ctx), input.mapping);
  return { saved: true };
}

export async function applyChosenRequestImport(
  ctx: Context,
  input: { importId: string; sha256: string },
): Promise<{ created: number; updated: number; backupPath: string }> {
  const chosen = waitingFor(ctx, waiting.requests, input.importId);
  const report = await applyRequestImport(ctx, chosen.source, input.sha256, chosen.mapping);
  waiting.requests.delete(ctx.paths.database);
  return report;
}
