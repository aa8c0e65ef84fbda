/**
 * The import of a register from the Documents page: the DPO chooses the file in a dialog, sees the
 * preview, then confirms. The chosen file's bytes wait in the main process between the two, under
 * an id: the page never sends a path, and what is written is what was previewed (same SHA-256).
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { ImportApplyReport, RegisterImportChoice } from '../../shared/schemas/registerImport';
import { readLimits } from '../documents/readers/sheet';
import type { Context } from './context';
import { getPreferences } from './preferences';
import { applyRegisterImport, previewRegisterImport, type ImportSource } from './registerImport';

/** One file waiting per database: choosing another replaces it. */
const waiting = new Map<string, { importId: string; source: ImportSource }>();

export async function chooseRegisterImport(ctx: Context): Promise<RegisterImportChoice | null> {
  const file = await ctx.files.choose({
    title: translate((await getPreferences(ctx)).language, 'dialog.registerImport'),
    extensions: ['xlsx', 'xlsm', 'ods', 'csv'],
  });
  if (file === null) return null;
  if (file.size > readLimits.bytes) {
    throw new AppError('VALIDATION', 'error.registerImport.tooLarge', {
      max: Math.round(readLimits.bytes / 1024 / 1024),
    });
  }
  const source: ImportSource = { name: file.name, bytes: Buffer.from(await file.read()) };
  const preview = await previewRegisterImport(ctx, source);
  const importId = randomUUID();
  waiting.set(ctx.paths.database, { importId, source });
  return { ...preview, importId };
}

export async function applyChosenImport(
  ctx: Context,
  input: { importId: string; sha256: string },
): Promise<ImportApplyReport> {
  const chosen = waiting.get(ctx.paths.database);
  if (chosen?.importId !== input.importId) {
    throw new AppError('NOT_FOUND', 'error.registerImport.previewExpired');
  }
  const report = await applyRegisterImport(ctx, chosen.source, input.sha256);
  waiting.delete(ctx.paths.database);
  return report;
}
