/**
 * What a register sheet's cells hold and how their text fits: text never a formula, dates as
 * dates, rows no taller than Excel allows. Pure: no spreadsheet library here.
 */

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

/** Points per line of the default 11-point font. */
export const lineHeight = 15;

/** Characters of the default font on one line of a column that wide. */
const charactersPerLine = (width: number) => Math.max(1, Math.floor(width * 1.1));

/** How many lines a text takes in a column of that width (in characters), wrapped. */
export function wrappedLines(text: string, width: number): number {
  const perLine = charactersPerLine(width);
  // Most cells (references, dates, statuses) are one short line: no split for them.
  if (text.length <= perLine && !text.includes('\n')) return 1;
  return text
    .split('\n')
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** Excel's tallest row, in points: a taller text is cut, on screen and on paper. */
export const maxRowHeight = 409;
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

/** One row's cells as written: text already cut to fit, dates and numbers as they are. */
export type CellValue =
  { kind: 'text'; text: string } | { kind: 'date'; date: Date } | { kind: 'number'; value: number };

export function cellsOf<Row>(columns: readonly Column<Row>[], row: Row): CellValue[] {
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
export function rowsOf(cells: readonly CellValue[], widths: readonly number[]): CellValue[][] {
  // A text of fewer characters than a row has lines cannot overflow it: no cutting to try.
  if (cells.every((cell) => cell.kind !== 'text' || cell.text.length < maxLinesPerRow)) {
    return [cells as CellValue[]];
  }
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

/** The style numbers of the workbook's three body-cell styles. */
export interface BodyStyles {
  text: number;
  typedText: number;
  date: number;
}

/** A column letter from its 1-based index (1 -> A, 27 -> AA). */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Characters XML 1.0 cannot hold are left out, as exceljs does; the five markup ones escaped. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const needsEscape = /[<>&"'\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const escapes: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
};

function xmlText(text: string): string {
  if (!needsEscape.test(text)) return text;
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/[<>&"'\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, (char) => escapes[char] ?? '');
}

/** Days since 30 December 1899: how a spreadsheet holds a date (midnight UTC, see excelDate). */
const excelEpoch = Date.UTC(1899, 11, 30);

/**
 * One body row as sheet XML, written without building a cell object per value (the lean path
 * for 100,000 requests). Text is an inline string (`t="inlineStr"`), so never a formula; text a
 * spreadsheet could take for one gets the Text format; dates are date serials in the date style.
 */
export function rowXml(
  rowNumber: number,
  cells: readonly CellValue[],
  widths: readonly number[],
  letters: readonly string[],
  styles: BodyStyles,
): string {
  const n = String(rowNumber);
  let lines = 1;
  let xml = '';
  cells.forEach((cell, index) => {
    const ref = `${letters[index] ?? columnLetter(index + 1)}${n}`;
    if (cell.kind === 'date') {
      const serial = (cell.date.getTime() - excelEpoch) / 86_400_000;
      xml += `<c r="${ref}" s="${String(styles.date)}"><v>${String(serial)}</v></c>`;
    } else if (cell.kind === 'number') {
      xml += `<c r="${ref}" s="${String(styles.text)}"><v>${String(cell.value)}</v></c>`;
    } else if (cell.text === '') {
      xml += `<c r="${ref}" s="${String(styles.text)}"/>`;
    } else {
      const style = looksLikeFormula(cell.text) ? styles.typedText : styles.text;
      const space = /^\s|\n|\s$/.test(cell.text) ? ' xml:space="preserve"' : '';
      xml += `<c r="${ref}" s="${String(style)}" t="inlineStr"><is><r><t${space}>${xmlText(cell.text)}</t></r></is></c>`;
      lines = Math.max(lines, wrappedLines(cell.text, widths[index] ?? 10));
    }
  });
  // Spreadsheet programs do not grow a row to its wrapped text on opening: the height is set.
  const height =
    lines > 1 ? ` ht="${String(Math.min(maxRowHeight, lines * lineHeight))}" customHeight="1"` : '';
  return `<row r="${n}"${height}>${xml}</row>`;
}
