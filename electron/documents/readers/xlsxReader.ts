/**
 * Reads an .xlsx or .xlsm workbook with exceljs. Formulas give their cached result (nothing is
 * ever evaluated, no macro ever run); date cells become calendar dates; a merged area keeps its
 * value in its first cell only. exceljs's streaming reader cannot read the workbooks exceljs
 * itself writes (the sheets come before workbook.xml), so the workbook is loaded whole, after its
 * unpacked size has been checked against the limits.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import {
  addressOf,
  readLimits,
  RowBudget,
  rowOf,
  textValue,
  type CellValue,
  type Sheet,
  type SheetCell,
  type Spreadsheet,
} from './sheet';
import { zipEntries } from './zipDirectory';

function unreadable(error: unknown): AppError {
  return new AppError('VALIDATION', 'error.registerImport.unreadable', {
    detail: (error instanceof Error ? error.message : String(error)).slice(0, 200),
  });
}

/** A date cell as exceljs gives it (midnight UTC of the day) as `YYYY-MM-DD`. */
function calendarDateOf(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  // A time of a few milliseconds before midnight (floating-point serials) is that midnight.
  return new Date(date.getTime() + 1_000).toISOString().slice(0, 10);
}

/** What a cell shows, from the many shapes exceljs gives a value. */
export function cellValueOf(value: unknown): CellValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return textValue(value);
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', number: value } : null;
  if (typeof value === 'boolean') return { kind: 'boolean', boolean: value };
  if (value instanceof Date) {
    const date = calendarDateOf(value);
    return date === null ? null : { kind: 'date', date };
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A formula: its result as last computed by the spreadsheet program.
    if ('formula' in record || 'sharedFormula' in record) return cellValueOf(record.result);
    if (Array.isArray(record.richText)) {
      return textValue(
        record.richText
          .map((run: unknown) =>
            typeof run === 'object' && run !== null && 'text' in run ? String(run.text) : '',
          )
          .join(''),
      );
    }
    if (typeof record.text === 'string') return textValue(record.text);
    // '#N/A' and the like: an error shown in the cell, no value.
  }
  return null;
}

/** Refuses a workbook whose sheets unpack to more than the limits allow, before loading it. */
function checkUnpackedSize(bytes: Buffer): void {
  const entries = zipEntries(bytes);
  if (entries === null) throw unreadable('archive zip incomplète');
  const names = entries.map((entry) => entry.name);
  if (!names.includes('xl/workbook.xml')) {
    throw new AppError('VALIDATION', 'error.registerImport.notSpreadsheet');
  }
  const unpacked = entries
    .filter((entry) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(entry.name))
    .reduce((sum, entry) => sum + entry.size, 0);
  if (unpacked > readLimits.unpackedBytes) {
    throw new AppError('VALIDATION', 'error.registerImport.tooLargeUnpacked', {
      max: Math.round(readLimits.unpackedBytes / 1024 / 1024),
      rows: readLimits.rows,
    });
  }
}

export async function readXlsx(bytes: Buffer): Promise<Spreadsheet> {
  checkUnpackedSize(bytes);
  const book = new ExcelJS.Workbook();
  try {
    // exceljs's types name an older Buffer; the bytes are the file's, unchanged.
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw unreadable(error);
  }
  const budget = new RowBudget();
  const sheets: Sheet[] = [];
  book.eachSheet((worksheet) => {
    const sheet: Sheet = {
      name: worksheet.name,
      hidden: worksheet.state === 'hidden' || worksheet.state === 'veryHidden',
      rows: [],
    };
    sheets.push(sheet);
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        // The cells a merge covers repeat its value in exceljs: only the first one holds it.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const value = cellValueOf(cell.value);
        if (value !== null) cells.push({ column, address: addressOf(number, column), value });
      });
      const kept = rowOf(number, cells);
      if (kept !== null) {
        budget.take();
        sheet.rows.push(kept);
      }
    });
  });
  return { format: 'xlsx', sheets };
}
