import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { sheetOutlet } from '../../electron/documents/registerXlsx';
import { dispatch } from '../../electron/services/dispatch';
import { exportRegisterToFile } from '../../electron/services/documents';
import { startExportThread } from '../../electron/services/exportThread';
import { openContext, type OpenedContext } from '../../electron/services/open';
import type { RegisterExport } from '../../shared/schemas/documents';
import { generateRequests } from '../bench/generate';
import { useTempDir } from '../helpers/temp';
import { unzip } from '../helpers/zip';
import { value } from '../helpers/result';

const tempDir = useTempDir();
const now = new Date('2026-11-22T10:00:00');

let opened: OpenedContext | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

async function openWithRequests(count: number) {
  const file = join(tempDir(), 'dpo-desk.sqlite');
  const raw = await openDatabase(file);
  generateRequests(raw.handle.sqlite, count, '2026-11-22');
  await raw.handle.close();
  opened = await openContext(file, { actor: 'dpo', clock: () => now });
  return opened.ctx;
}

/** The rows of a sheet of the workbook, header included, counted in the XML itself. */
function sheetRows(path: string, sheet: number): number {
  const xml = unzip(readFileSync(path)).get(`xl/worksheets/sheet${String(sheet)}.xml`) ?? '';
  return xml.match(/<row /g)?.length ?? 0;
}

describe('the export thread', () => {
  it('writes one consistent picture of the register while the app goes on writing', async () => {
    const ctx = await openWithRequests(20_000);
    const path = join(tempDir(), 'registre.xlsx');
    const thread = startExportThread(ctx, { kind: 'xlsx', includeRequesterNames: false }, path);
    const gathered = await thread.gathered;
    expect(gathered.fileName).toBe('Registre-RGPD-2026-T4.xlsx');
    // While the thread streams the requests log page by page, the app deletes them all.
    await sql`DELETE FROM rights_request`.execute(ctx.db);
    const written = await thread.written;
    expect(written.counts.requests).toBe(20_000);
    // The Demandes sheet (the seventh) has every request it counted, plus its header row.
    expect(sheetRows(path, 7)).toBe(20_001);
  });

  it('fails with a clear message and records nothing when the file cannot be written', async () => {
    const ctx = await openWithRequests(10);
    const path = join(tempDir(), 'no-such-folder', 'registre.xlsx');
    await expect(
      exportRegisterToFile(ctx, { kind: 'xlsx', includeRequesterNames: false }, path),
    ).rejects.toThrow(/ENOENT|no such file/);
    expect(existsSync(path)).toBe(false);
    expect(value<RegisterExport[]>(await dispatch(ctx, 'documents.exports', {}))).toEqual([]);
  });

  it('finds where exceljs queues a sheet for the zip, so that it can wait for it', async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: join(tempDir(), 'outlet.xlsx'),
    });
    const sheet = workbook.addWorksheet('Feuille');
    const outlet = sheetOutlet(sheet);
    // Undefined would mean an exceljs upgrade moved it: the export would then only yield, and
    // its memory would grow with the number of rows.
    expect(outlet).toBeDefined();
    expect(typeof outlet?._writableState.length).toBe('number');
    sheet.addRow(['texte']).commit();
    sheet.commit();
    await workbook.commit();
  });
});
