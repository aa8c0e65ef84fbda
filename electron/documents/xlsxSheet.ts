/**
 * One sheet of the register workbook, streamed: its cells (text never a formula, dates as
 * dates), its print layout and rows that Excel can show whole.
 */
import ExcelJS from 'exceljs';

/** What a cell holds: text as typed, a calendar date (`YYYY-MM-DD`), a number. */
export type CellKind = 'text' | 'date' | 'number';

export interface Column<Row> {
  header: string;
  width: number;
  /** Text unless said; a function when rows of one column differ (the Organisation sheet). */
  kind?: CellKind | ((row: Row) => CellKind);
  value: (row: Row) => string | number;
}

/**
 * A calendar date as a spreadsheet date: midnight UTC of that day, the convention exceljs uses
 * when it turns a Date into a serial number, so the day never shifts with the time zone.
 */
export function excelDate(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/**
 * Text a spreadsheet program could take for a formula (OWASP: `=`, `+`, `-`, `@`, tab, line
 * break first). Such text is still written as a string cell, never a formula, and its cell is
 * given the Text format so that editing it keeps it text.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r\n]/.test(text);
}

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

/** Points per line of the default 11-point font. */
const lineHeight = 15;

/** Characters of the default font on one line of a column that wide. */
const charactersPerLine = (width: number) => Math.max(1, Math.floor(width * 1.1));

/** How many lines a text takes in a column of that width (in characters), wrapped. */
export function wrappedLines(text: string, width: number): number {
  const perLine = charactersPerLine(width);
  return text
    .split('\n')
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** A column letter from its 1-based index (1 -> A, 27 -> AA). */
function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Excel's tallest row, in points: a taller text is cut, on screen and on paper. */
const maxRowHeight = 409;
const maxLinesPerRow = Math.floor(maxRowHeight / lineHeight);

/**
 * A text cut into pieces of at most `maxLines` wrapped lines each: between lines where it can,
 * between words within a long paragraph, so that each piece fits one row.
 */
export function splitForRows(text: string, width: number, maxLines = maxLinesPerRow): string[] {
  const perLine = charactersPerLine(width);
  const pieces: string[] = [];
  let current: string[] = [];
  let used = 0;
  const flush = () => {
    if (current.length > 0) pieces.push(current.join('\n'));
    current = [];
    used = 0;
  };
  for (const paragraph of text.split('\n')) {
    const lines = Math.max(1, Math.ceil(paragraph.length / perLine));
    if (lines <= maxLines) {
      if (used + lines > maxLines) flush();
      current.push(paragraph);
      used += lines;
      continue;
    }
    // A paragraph longer than a row: cut between words, a row's worth at a time.
    flush();
    let rest = paragraph;
    const room = perLine * maxLines;
    while (rest.length > room) {
      const cut = rest.lastIndexOf(' ', room);
      const at = cut > room / 2 ? cut : room;
      pieces.push(rest.slice(0, at).trimEnd());
      rest = rest.slice(at).trimStart();
    }
    current.push(rest);
    used = Math.ceil(rest.length / perLine);
  }
  flush();
  return pieces.length === 0 ? [''] : pieces;
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

/** One row's cells as written: text already cut to fit, dates and numbers as they are. */
type CellValue =
  { kind: 'text'; text: string } | { kind: 'date'; date: Date } | { kind: 'number'; value: number };

function cellsOf<Row>(columns: readonly Column<Row>[], row: Row): CellValue[] {
  return columns.map((column) => {
    const value = column.value(row);
    const kind = typeof column.kind === 'function' ? column.kind(row) : (column.kind ?? 'text');
    if (kind === 'date' && typeof value === 'string') {
      const date = excelDate(value);
      if (date !== null) return { kind: 'date', date };
    } else if (kind === 'number' && typeof value === 'number') {
      return { kind: 'number', value };
    }
    return { kind: 'text', text: String(value) };
  });
}

/**
 * The rows a record takes: one, or more when a text needs more than Excel's 409 points; the
 * following rows carry the rest of the long texts under « T-0001 (suite) ».
 */
function rowsOf(cells: readonly CellValue[], widths: readonly number[]): CellValue[][] {
  const pieces = cells.map((cell, index) =>
    cell.kind === 'text' ? splitForRows(cell.text, widths[index] ?? 10) : [],
  );
  const count = Math.max(1, ...pieces.map((p) => p.length));
  if (count === 1) return [[...cells]];
  const first = cells[0];
  const key = first?.kind === 'text' ? first.text : '';
  return Array.from({ length: count }, (_, n) =>
    cells.map((cell, index): CellValue => {
      if (n === 0)
        return cell.kind === 'text' ? { kind: 'text', text: pieces[index]?.[0] ?? '' } : cell;
      if (index === 0) return { kind: 'text', text: `${key} (suite)` };
      return { kind: 'text', text: pieces[index]?.[n] ?? '' };
    }),
  );
}

/**
 * Writes one sheet: styled and frozen header row, autofilter, widths, wrapped text, dates as
 * dates, landscape and scaled so that it prints at 7 points or more (printLayout), the header row
 * repeated on every printed page, no row taller than Excel allows.
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
  let count = 0;
  for await (const row of rows) {
    for (const cells of rowsOf(cellsOf(columns, row), widths)) {
      const line = sheet.addRow([]);
      let lines = 1;
      cells.forEach((value, index) => {
        const cell = line.getCell(index + 1);
        cell.style = textStyle;
        if (value.kind === 'date') {
          cell.value = value.date;
          cell.style = dateStyle;
        } else if (value.kind === 'number') {
          cell.value = value.value;
        } else if (value.text !== '') {
          // An inline string (`t="inlineStr"`): text by its type, never a formula, and it leaves
          // memory with its row, where a shared-strings table would keep every text to the end.
          cell.value = { richText: [{ text: value.text }] };
          if (looksLikeFormula(value.text)) cell.style = typedTextStyle;
          lines = Math.max(lines, wrappedLines(value.text, widths[index] ?? 10));
        }
      });
      // Spreadsheet programs do not grow a row to its wrapped text on opening: the height is set.
      if (lines > 1) line.height = Math.min(maxRowHeight, lines * lineHeight);
      line.commit();
    }
    count++;
    step();
    if (count % 100 === 0) await drained(outlet);
  }
  sheet.commit();
  return count;
}
