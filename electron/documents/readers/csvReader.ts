/**
 * Reads a CSV file as one sheet: UTF-8 (with or without its mark) or, when the bytes are not
 * UTF-8, Windows-1252 as Excel writes it in France; « ; » or « , » between fields, whichever the
 * first line uses; fields in double quotes may hold separators, quotes and line breaks.
 */
import {
  addressOf,
  RowBudget,
  rowOf,
  textValue,
  type SheetCell,
  type SheetRow,
  type Spreadsheet,
} from './sheet';

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The separator the header line uses most, outside quotes. */
export function separatorOf(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') break;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

export function readCsvText(text: string, name: string): Spreadsheet {
  const separator = separatorOf(text);
  const budget = new RowBudget();
  const rows: SheetRow[] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  const endRow = () => {
    fields.push(field);
    field = '';
    const cells: SheetCell[] = [];
    fields.forEach((raw, index) => {
      const value = textValue(raw);
      if (value !== null)
        cells.push({ column: index + 1, address: addressOf(line, index + 1), value });
    });
    fields = [];
    const row = rowOf(line, cells);
    if (row !== null) {
      budget.take();
      rows.push(row);
    }
    line += 1;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else field += char;
  }
  if (field !== '' || fields.length > 0) endRow();
  return { format: 'csv', sheets: [{ name, hidden: false, rows }] };
}

export function readCsv(bytes: Uint8Array, name: string): Spreadsheet {
  return readCsvText(decodeText(bytes).replace(/^\uFEFF/, ''), name);
}
