/**
 * One sheet of the register workbook, streamed: its cells (text never a formula, dates as
 * dates), its print layout and rows that Excel can show whole.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors';
import {
  cellsOf,
  columnLetter,
  lineHeight,
  rowsOf,
  rowXml,
  wrappedLines,
  type BodyStyles,
  type Column,
} from './xlsxCells';

export {
  excelDate,
  looksLikeFormula,
  splitForRows,
  wrappedLines,
  type CellKind,
  type Column,
} from './xlsxCells';

const headerFill: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9DEE7' },
};
const dateFormat = 'dd/mm/yyyy';

/*
 * Body cell styles, one object each, shared by every cell: exceljs recognises a style object it
 * has already seen and skips working its XML out again, which for 100,000 rows is most of the
 * writer's garbage. Never modified after this point.
 */
const alignment: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
const textStyle: Partial<ExcelJS.Style> = { alignment };
const typedTextStyle: Partial<ExcelJS.Style> = { alignment, numFmt: '@' };
const dateStyle: Partial<ExcelJS.Style> = { alignment, numFmt: dateFormat };

export type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;
type Worksheet = ExcelJS.Worksheet;

/** What a sheet's rows flow into before the zip takes them (exceljs internals, see below). */
interface SheetOutlet {
  _writableState: { length: number; needDrain: boolean };
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * exceljs writes a sheet's XML into a pass-through stream that the zip reads at its own pace, and
 * never waits for it: left alone, a 100,000-row sheet piles up in memory faster than it is
 * compressed. This finds that stream (exceljs 4: the sheet's `stream`, piped to archiver's
 * PassThrough) so the writer can wait for it. Undefined if a future exceljs is shaped otherwise,
 * which a test catches.
 */
export function sheetOutlet(sheet: Worksheet): SheetOutlet | undefined {
  const stream = (sheet as unknown as { stream?: { pipes?: unknown } }).stream;
  const pipe: unknown = Array.isArray(stream?.pipes) ? stream.pipes[0] : undefined;
  if (typeof pipe !== 'object' || pipe === null) return undefined;
  const state: unknown = (pipe as { _writableState?: unknown })._writableState;
  if (typeof state !== 'object' || state === null || !('length' in state)) return undefined;
  return pipe as SheetOutlet;
}

/** Bytes a sheet may leave waiting for the zip before its writer pauses. */
const pendingLimit = 2 * 1024 * 1024;

/** Waits until the zip has taken what was written, when too much is waiting. */
async function drained(outlet: SheetOutlet | undefined): Promise<void> {
  if (outlet === undefined) {
    await new Promise((resolve) => setImmediate(resolve));
    return;
  }
  const state = outlet._writableState;
  if (state.length > pendingLimit && state.needDrain) {
    await new Promise<void>((resolve) => outlet.once('drain', resolve));
  }
}

/** Printable width of an A4 landscape page at 100 %, in column-width units (measured in LibreOffice). */
const printableWidth = 108;
/** 11-point cells printed at 70 % are 7.7 points: the smallest that stays readable on paper. */
const minimumScale = 70;

/**
 * How a sheet prints, on the A4 paper every office printer has: landscape, at the scale that
 * fits its columns if that is 70 % or more; a sheet too wide for that prints at 70 % in groups of
 * columns, page after page, with its first two columns (reference and name) repeated on each.
 * Never « fit to one page »: that is how 24 columns came out at 2 points.
 */
export function printLayout(widths: readonly number[]): { scale: number; repeatColumns: boolean } {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const scale = Math.min(100, Math.floor((printableWidth / total) * 100));
  return scale >= minimumScale
    ? { scale, repeatColumns: false }
    : { scale: minimumScale, repeatColumns: true };
}

/** Characters of row XML gathered before they go to the zip in one write. */
const chunkSize = 64 * 1024;

/** The stream exceljs writes a sheet's XML into (exceljs 4: `stream`, after its first row). */
function sheetStream(sheet: Worksheet): { write(chunk: string): unknown } {
  const stream: unknown = (sheet as unknown as { stream?: unknown }).stream;
  if (typeof stream !== 'object' || stream === null || !('write' in stream)) {
    throw new AppError('INTERNAL', 'error.internal', undefined, {
      detail: 'exceljs: worksheet stream not found',
    });
  }
  return stream as { write(chunk: string): unknown };
}

/**
 * The style numbers exceljs gave the body styles in styles.xml (it keys them by object, so the
 * numbers are the ones it would write itself for cells of those styles).
 */
function bodyStyles(workbook: Workbook): BodyStyles {
  const styles = (
    workbook as unknown as {
      styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number };
    }
  ).styles;
  return {
    text: styles.addStyleModel(textStyle, ExcelJS.ValueType.String),
    typedText: styles.addStyleModel(typedTextStyle, ExcelJS.ValueType.String),
    date: styles.addStyleModel(dateStyle, ExcelJS.ValueType.Date),
  };
}

/**
 * Writes one sheet: styled and frozen header row (through exceljs), then the body rows as XML
 * straight into the sheet's stream (rowXml): 100,000 requests without a cell object each.
 * Autofilter, widths, wrapped text, dates as dates, landscape and scaled so that it prints at 7
 * points or more (printLayout), the header row repeated on every printed page, no row taller than
 * Excel allows.
 */
export async function writeSheet<Row>(
  workbook: Workbook,
  name: string,
  columns: readonly Column<Row>[],
  rows: Iterable<Row> | AsyncIterable<Row>,
  footer: string,
  step: () => void,
): Promise<number> {
  const widths = columns.map((column) => column.width);
  const layout = printLayout(widths);
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: {
      // A4. exceljs declares its paper sizes as a const enum, which a bundler cannot inline.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- see above
      paperSize: 9 as ExcelJS.PaperSize,
      orientation: 'landscape',
      fitToPage: false,
      scale: layout.scale,
      printTitlesRow: '1:1',
      ...(layout.repeatColumns ? { printTitlesColumn: 'A:B' } : {}),
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddFooter: `&L${footer.replace(/&/g, '&&')}&RPage &P / &N`,
      evenFooter: `&L${footer.replace(/&/g, '&&')}&RPage &P / &N`,
    },
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  sheet.autoFilter = { from: 'A1', to: `${columnLetter(columns.length)}1` };
  const header = sheet.addRow(columns.map((column) => ({ richText: [{ text: column.header }] })));
  header.height =
    Math.max(...columns.map((column) => wrappedLines(column.header, column.width))) * lineHeight;
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = headerFill;
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  const outlet = sheetOutlet(sheet);
  const stream = sheetStream(sheet);
  const styles = bodyStyles(workbook);
  const letters = columns.map((_, index) => columnLetter(index + 1));
  let rowNumber = 1;
  let count = 0;
  let pending = '';
  for await (const row of rows) {
    for (const cells of rowsOf(cellsOf(columns, row), widths)) {
      rowNumber++;
      pending += rowXml(rowNumber, cells, widths, letters, styles);
    }
    count++;
    step();
    if (pending.length > chunkSize) {
      stream.write(pending);
      pending = '';
      await drained(outlet);
    }
  }
  if (pending !== '') stream.write(pending);
  sheet.commit();
  return count;
}
