/**
 * An OpenDocument spreadsheet written by hand from an exceljs workbook (content.xml in a zip),
 * as LibreOffice lays it out: the mimetype entry first and stored, hidden sheets through a table
 * style, merged areas as spanned and covered cells, formulas with their stored value, and the
 * long runs of empty rows and columns LibreOffice writes.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellXml(value: ExcelJS.CellValue, span: number): string {
  const spanned = span > 1 ? ` table:number-columns-spanned="${String(span)}"` : '';
  if (value === null || value === undefined) return '<table:table-cell/>';
  if (value instanceof Date) {
    const date = value.toISOString().slice(0, 10);
    return `<table:table-cell${spanned} office:value-type="date" office:date-value="${date}"><text:p>${date}</text:p></table:table-cell>`;
  }
  if (typeof value === 'number') {
    return `<table:table-cell${spanned} office:value-type="float" office:value="${String(value)}"><text:p>${String(value)}</text:p></table:table-cell>`;
  }
  if (typeof value === 'object' && 'formula' in value) {
    const result = typeof value.result === 'string' ? value.result : '';
    return `<table:table-cell${spanned} table:formula="of:=${escape(value.formula ?? '')}" office:value-type="string" office:string-value="${escape(result)}"><text:p>${escape(result)}</text:p></table:table-cell>`;
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const paragraphs = text
    .split('\n')
    .map((line) => `<text:p>${escape(line).replace(/ {2}/g, ' <text:s/>')}</text:p>`)
    .join('');
  return `<table:table-cell${spanned} office:value-type="string">${paragraphs}</table:table-cell>`;
}

export async function odsFrom(book: ExcelJS.Workbook): Promise<Buffer> {
  const tables: string[] = [];
  book.eachSheet((sheet) => {
    const style = sheet.state === 'visible' ? 'ta1' : 'ta2';
    const rows: string[] = [];
    let last = 0;
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number > last + 1) {
        rows.push(
          `<table:table-row table:number-rows-repeated="${String(number - last - 1)}"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>`,
        );
      }
      const cells: string[] = [];
      // Read once: looking at a cell past the end makes exceljs add it.
      const count = row.cellCount;
      for (let column = 1; column <= count; column += 1) {
        const cell = row.getCell(column);
        if (cell.isMerged && cell.master.address !== cell.address) {
          cells.push('<table:covered-table-cell/>');
          continue;
        }
        // A merge's first cell spans the cells whose master it is.
        let span = 1;
        while (
          cell.isMerged &&
          column + span <= count &&
          row.getCell(column + span).master.address === cell.address
        )
          span += 1;
        cells.push(cellXml(cell.value, span));
      }
      cells.push('<table:table-cell table:number-columns-repeated="1000"/>');
      rows.push(`<table:table-row>${cells.join('')}</table:table-row>`);
      last = number;
    });
    rows.push(
      '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
    );
    tables.push(
      `<table:table table:name="${escape(sheet.name)}" table:style-name="${style}">${rows.join('')}</table:table>`,
    );
  });
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles><office:body><office:spreadsheet>${tables.join('')}</office:spreadsheet></office:body></office:document-content>`;
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
  zip.file(
    'META-INF/manifest.xml',
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  );
  zip.file('content.xml', content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
