/**
 * `export xlsx --layout cnil` and Documents › « Exporter au format du modèle CNIL… »: the register
 * as the CNIL model arranges it, for a DPO who hands it to someone used to that model, or takes it
 * back into DPO Desk (the import reads it whole). Recorded as evidence like the ordinary workbook.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listActivities } from '../../db/activities';
import { getOrganisationSettings } from '../../db/settings';
import type { RegisterExport } from '../../shared/schemas/documents';
import { cnilWorkbookOf } from '../documents/registerCnilXlsx';
import type { Context } from './context';
import { activitiesSnapshot, quarterOf, recordExport } from './documents';
import type { WrittenExport } from './exportThread';
import { todayOf } from './requests';

/**
 * Writes the workbook to `path`: the activities in force as the model's list and fiches, the
 * archived ones in an annex (the CNIL register lists activities in force). Nothing recorded yet.
 */
export async function writeCnilRegister(ctx: Context, path: string): Promise<WrittenExport> {
  const all = await listActivities(ctx.db);
  const inForce = all.filter((a) => a.status !== 'archived');
  const archived = all.filter((a) => a.status === 'archived');
  const book = cnilWorkbookOf(inForce, await getOrganisationSettings(ctx.db), archived);
  await book.xlsx.writeFile(path);
  const today = todayOf(ctx);
  return {
    path,
    fileName: `Registre-modele-CNIL-${today}.xlsx`,
    kind: 'xlsx',
    quarter: quarterOf(today),
    counts: {
      controllerActivities: inForce.filter((a) => a.register === 'controller').length,
      processorActivities: inForce.filter((a) => a.register === 'processor').length,
      archivedActivities: archived.length,
    },
    snapshot: activitiesSnapshot(inForce),
  };
}

/** The command line: writes the file where asked and records the export as evidence. */
export async function exportCnilRegister(
  ctx: Context,
  file: string,
  fileName: string,
): Promise<{ activities: number; archived: number; record: RegisterExport }> {
  const written = await writeCnilRegister(ctx, file);
  const record = await recordExport(ctx, written, fileName);
  return {
    activities:
      (written.counts.controllerActivities ?? 0) + (written.counts.processorActivities ?? 0),
    archived: written.counts.archivedActivities ?? 0,
    record,
  };
}

/** The Documents page: the workbook handed to the save dialog, recorded once it is saved. */
export async function saveCnilExport(
  ctx: Context,
): Promise<{ saved: boolean; name: string; record: RegisterExport | null }> {
  const folder = mkdtempSync(join(tmpdir(), 'dpo-desk-cnil-'));
  try {
    const written = await writeCnilRegister(ctx, join(folder, 'registre.xlsx'));
    const result = await ctx.files.save({
      fileName: written.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: readFileSync(written.path),
    });
    if (!result.saved) return { ...result, record: null };
    return { ...result, record: await recordExport(ctx, written, result.name) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
