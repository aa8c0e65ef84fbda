/**
 * Reads an OpenDocument spreadsheet (.ods, LibreOffice's own format and the CNIL's model): the
 * zip opened with jszip, content.xml parsed as a stream of events with saxes. Formulas give the
 * value LibreOffice stored with them; merged areas keep their value in their first cell; hidden
 * sheets are named hidden; runs of empty rows and columns (LibreOffice writes a million of them)
 * cost nothing.
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
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

function unreadable(detail: string): AppError {
  return new AppError('VALIDATION', 'error.registerImport.unreadable', {
    detail: detail.slice(0, 200),
  });
}

function repeatOf(tag: SaxesTagPlain, name: string): number {
  const count = Number(tag.attributes[name] ?? '1');
  return Number.isInteger(count) && count > 0 ? count : 1;
}

/** The cell's value from its type attributes, or from its text for a string. */
function valueOf(attributes: Record<string, string>, text: string): CellValue | null {
  const type = attributes['office:value-type'];
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const number = Number(attributes['office:value']);
      return Number.isFinite(number) ? { kind: 'number', number } : textValue(text);
    }
    case 'date': {
      const date = /^\d{4}-\d{2}-\d{2}/.exec(attributes['office:date-value'] ?? '');
      return date === null ? textValue(text) : { kind: 'date', date: date[0] };
    }
    case 'boolean':
      return { kind: 'boolean', boolean: attributes['office:boolean-value'] === 'true' };
    default:
      return textValue(text);
  }
}

export function parseOdsContent(xml: string): Sheet[] {
  const budget = new RowBudget();
  const hiddenStyles = new Set<string>();
  const sheets: Sheet[] = [];
  let sheet: Sheet | null = null;
  let styleName: string | null = null;
  let rowNumber = 0;
  let rowRepeat = 1;
  let rowCells: SheetCell[] = [];
  let column = 0;
  let cell: { attributes: Record<string, string>; repeat: number } | null = null;
  let paragraphs: string[] = [];
  let paragraph: string | null = null;
  let tableDepth = 0;

  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'style:style':
        styleName =
          attributes['style:family'] === 'table' ? (attributes['style:name'] ?? null) : null;
        break;
      case 'style:table-properties':
        if (styleName !== null && attributes['table:display'] === 'false')
          hiddenStyles.add(styleName);
        break;
      case 'table:table':
        tableDepth += 1;
        // A table inside a cell (rare) is read as that cell's text, not as a sheet.
        if (tableDepth > 1) break;
        sheet = {
          name: attributes['table:name'] ?? `Feuille ${String(sheets.length + 1)}`,
          hidden: hiddenStyles.has(attributes['table:style-name'] ?? ''),
          rows: [],
        };
        sheets.push(sheet);
        rowNumber = 0;
        break;
      case 'table:table-row':
        if (tableDepth !== 1) break;
        rowRepeat = repeatOf(tag, 'table:number-rows-repeated');
        rowCells = [];
        column = 0;
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (tableDepth !== 1) break;
        cell = { attributes, repeat: repeatOf(tag, 'table:number-columns-repeated') };
        paragraphs = [];
        break;
      case 'text:p':
      case 'text:h':
        if (cell !== null) paragraph = '';
        break;
      case 'text:s':
        if (paragraph !== null) paragraph += ' '.repeat(Math.min(repeatOf(tag, 'text:c'), 100));
        break;
      case 'text:tab':
        if (paragraph !== null) paragraph += '\t';
        break;
      case 'text:line-break':
        if (paragraph !== null) paragraph += '\n';
        break;
      default:
        break;
    }
  });
  parser.on('text', (text) => {
    if (paragraph !== null && paragraph.length < readLimits.cellText) paragraph += text;
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'text:p':
      case 'text:h':
        if (paragraph !== null) paragraphs.push(paragraph);
        paragraph = null;
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        if (tableDepth !== 1 || cell === null) break;
        const value =
          tag.name === 'table:covered-table-cell'
            ? null
            : valueOf(cell.attributes, paragraphs.join('\n'));
        // A value repeated across columns is written once per column it covers, within reason.
        const copies = value === null ? 0 : Math.min(cell.repeat, readLimits.cellsPerRow);
        for (let i = 0; i < copies && value !== null; i += 1) {
          rowCells.push({ column: column + i + 1, address: '', value });
        }
        column += cell.repeat;
        cell = null;
        break;
      }
      case 'table:table-row': {
        if (tableDepth !== 1 || sheet === null) break;
        if (rowCells.length === 0) {
          rowNumber += rowRepeat;
          break;
        }
        for (let i = 0; i < rowRepeat; i += 1) {
          rowNumber += 1;
          const number = rowNumber;
          const cells = rowCells.map((c) => ({ ...c, address: addressOf(number, c.column) }));
          const row = rowOf(number, cells);
          if (row !== null) {
            budget.take();
            sheet.rows.push(row);
          }
        }
        break;
      }
      case 'table:table':
        tableDepth -= 1;
        break;
      default:
        break;
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  return sheets;
}

export async function readOds(bytes: Buffer): Promise<Spreadsheet> {
  const content = zipEntries(bytes)?.find((entry) => entry.name === 'content.xml');
  if (content === undefined) throw unreadable('content.xml');
  if (content.size > readLimits.odsContentBytes) {
    throw new AppError('VALIDATION', 'error.registerImport.tooLargeUnpacked', {
      max: Math.round(readLimits.odsContentBytes / 1024 / 1024),
      rows: readLimits.rows,
    });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  const manifest = await zip.file('META-INF/manifest.xml')?.async('string');
  if (manifest?.includes('encryption-data') === true) {
    throw new AppError('VALIDATION', 'error.registerImport.passwordProtected');
  }
  const xml = await zip.file('content.xml')?.async('string');
  if (xml === undefined) throw unreadable('content.xml');
  return { format: 'ods', sheets: parseOdsContent(xml) };
}
