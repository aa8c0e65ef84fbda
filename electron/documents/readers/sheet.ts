/**
 * The one shape every spreadsheet reader gives back, whatever the file: sheets, then the rows
 * that hold something, then the cells that hold something, each with its address (« B7 ») so a
 * problem can be shown where the DPO will find it.
 */
import { AppError } from '../../../shared/errors';

export type CellValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  /** A calendar date `YYYY-MM-DD` (a date cell, not a text that looks like one). */
  | { kind: 'date'; date: string }
  | { kind: 'boolean'; boolean: boolean };

export interface SheetCell {
  /** 1-based column. */
  column: number;
  /** « B7 ». */
  address: string;
  value: CellValue;
}

export interface SheetRow {
  /** 1-based row number as the spreadsheet program shows it. */
  number: number;
  /** Non-empty cells, left to right. A merged area holds its value in its first cell only. */
  cells: SheetCell[];
}

export interface Sheet {
  name: string;
  hidden: boolean;
  rows: SheetRow[];
}

export type SpreadsheetFormat = 'xlsx' | 'ods' | 'csv';

export interface Spreadsheet {
  format: SpreadsheetFormat;
  sheets: Sheet[];
}

/**
 * Bounds on what is read, so that a huge or hostile file is refused with a message rather than
 * filling the memory: far above any register, processors list or requests log.
 */
export const readLimits = {
  bytes: 50 * 1024 * 1024,
  /**
   * What the sheets of a workbook may unpack to, checked before reading them: some 20,000 rows
   * of a register. exceljs holds a loaded workbook at several kB a row; this keeps it bounded.
   */
  unpackedBytes: 12 * 1024 * 1024,
  /** An .ods's content.xml says more per cell: the same rows take some three times the room. */
  odsContentBytes: 36 * 1024 * 1024,
  rows: 20_000,
  cellsPerRow: 200,
  /** Characters of one cell: the longest free text of a record. */
  cellText: 20_000,
} as const;

/** « A », « Z », « AA »... for a 1-based column. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function addressOf(row: number, column: number): string {
  return `${columnLetters(column)}${String(row)}`;
}

/** Counts rows as they are read and refuses past the limit. */
export class RowBudget {
  private count = 0;
  take(): void {
    this.count += 1;
    if (this.count > readLimits.rows) {
      throw new AppError('VALIDATION', 'error.registerImport.tooManyRows', {
        max: readLimits.rows,
      });
    }
  }
}

/** A text cell, trimmed of what spreadsheets add around it; empty text is no cell. */
export function textValue(text: string): CellValue | null {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  if (trimmed === '') return null;
  return { kind: 'text', text: trimmed.slice(0, readLimits.cellText) };
}

/** A row with its cells in column order, or null when it holds nothing. */
export function rowOf(number: number, cells: SheetCell[]): SheetRow | null {
  if (cells.length === 0) return null;
  if (cells.length > readLimits.cellsPerRow) cells.length = readLimits.cellsPerRow;
  cells.sort((a, b) => a.column - b.column);
  return { number, cells };
}
