import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { runCliCaptured } from './cli';

/** `dpo-desk export xlsx` into `dir`, as a user runs it, and the workbook read back. */
export async function exportWorkbook(
  db: string,
  dir: string,
): Promise<{ path: string; workbook: ExcelJS.Workbook }> {
  const path = join(dir, 'registre.xlsx');
  expect((await runCliCaptured(['export', 'xlsx', '--db', db, '--out', path])).code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { path, workbook };
}

/** `dpo-desk export pdf` into `dir`; the file's path. */
export async function exportPdf(db: string, dir: string): Promise<string> {
  const path = join(dir, 'registre.pdf');
  expect((await runCliCaptured(['export', 'pdf', '--db', db, '--out', path])).code).toBe(0);
  return path;
}

/** Every cell's text of a sheet, row after row. */
export function sheetText(sheet: ExcelJS.Worksheet): string {
  const texts: string[] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell) => texts.push(cell.text));
  });
  return texts.join('\n');
}
