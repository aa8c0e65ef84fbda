import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { translate } from '../../../shared/i18n';
import type { NoticeBlock, NoticeDocument } from '../../../shared/notices/document';
import { updatedOnText } from '../../../shared/notices/privacyNotice';

type Doc = InstanceType<typeof PDFDocument>;

const mm = (value: number) => (value * 72) / 25.4;
const margin = { left: mm(20), right: mm(20), top: mm(18), bottom: mm(20) };
const accent = '#1f3a68';
const rule = '#c9d3e3';
const cellPadding = 4;
const bodySize = 9.5;

const bottomOf = (doc: Doc) => doc.page.height - margin.bottom;

function paragraph(doc: Doc, text: string, width: number): void {
  doc
    .font('Body')
    .fontSize(bodySize)
    .fillColor('#000000')
    .text(text, margin.left, doc.y, { width });
  doc.moveDown(0.5);
}

function list(doc: Doc, items: readonly string[], width: number): void {
  doc.font('Body').fontSize(bodySize).fillColor('#000000');
  for (const item of items) {
    const height = doc.heightOfString(item, { width: width - 12 });
    if (doc.y + Math.min(height, 40) > bottomOf(doc)) doc.addPage();
    const top = doc.y;
    doc.text('•', margin.left + 2, top, { width: 10 });
    doc.text(item, margin.left + 12, top, { width: width - 12 });
  }
  doc.x = margin.left;
  doc.moveDown(0.5);
}

function rowHeight(doc: Doc, cells: readonly string[], widths: readonly number[], bold: boolean) {
  let height = 0;
  cells.forEach((cell, index) => {
    doc.font(bold || index === 0 ? 'Bold' : 'Body').fontSize(bodySize - 0.5);
    const w = (widths[index] ?? 0) - 2 * cellPadding;
    height = Math.max(height, doc.heightOfString(cell, { width: w }));
  });
  return height + 2 * cellPadding;
}

function drawRow(
  doc: Doc,
  cells: readonly string[],
  widths: readonly number[],
  head: boolean,
  height: number,
): void {
  const top = doc.y;
  let x = margin.left;
  cells.forEach((cell, index) => {
    const w = widths[index] ?? 0;
    if (head) doc.rect(x, top, w, height).fillColor('#eef2f8').fill();
    doc.rect(x, top, w, height).lineWidth(0.5).strokeColor(rule).stroke();
    doc
      .font(head || index === 0 ? 'Bold' : 'Body')
      .fontSize(bodySize - 0.5)
      .fillColor('#000000')
      .text(cell, x + cellPadding, top + cellPadding, { width: w - 2 * cellPadding });
    x += w;
  });
  doc.x = margin.left;
  doc.y = top + height;
}

/**
 * A table whose header comes again on each page it runs onto. A row taller than a page (long
 * texts in narrow columns) is printed as labelled lines instead, so nothing is cut off.
 */
function table(
  doc: Doc,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
): void {
  const firstShare = columns.length > 3 ? 0.28 : 0.36;
  const rest = (1 - firstShare) / Math.max(1, columns.length - 1);
  const widths = columns.map((_, index) => width * (index === 0 ? firstShare : rest));
  const headHeight = rowHeight(doc, columns, widths, true);
  const room = bottomOf(doc) - margin.top - headHeight;
  // The header goes to the next page with the first row when both do not fit here: a header
  // never ends a page alone.
  const first = rows[0];
  const firstHeight =
    first === undefined ? 0 : Math.min(rowHeight(doc, first, widths, false), room);
  if (doc.y + headHeight + Math.max(firstHeight, 30) > bottomOf(doc)) doc.addPage();
  drawRow(doc, columns, widths, true, headHeight);
  for (const row of rows) {
    const height = rowHeight(doc, row, widths, false);
    if (height > room) {
      doc.moveDown(0.4);
      for (const [index, cell] of row.entries()) {
        doc
          .font('Bold')
          .fontSize(bodySize)
          .text(columns[index] ?? '', margin.left, doc.y, { width });
        paragraph(doc, cell, width);
      }
      continue;
    }
    if (doc.y + height > bottomOf(doc)) {
      doc.addPage();
      drawRow(doc, columns, widths, true, headHeight);
    }
    drawRow(doc, row, widths, false, height);
  }
  doc.moveDown(0.6);
}

function block(doc: Doc, item: NoticeBlock, width: number): void {
  if (item.kind === 'paragraph') paragraph(doc, item.text, width);
  else if (item.kind === 'list') list(doc, item.items, width);
  else table(doc, item.columns, item.rows, width);
}

/**
 * The notice as a printable A4 document in DejaVu (every name prints as typed): the title, the
 * date of the last update, one heading per section, page X / Y at the foot. A heading never ends
 * a page alone: it goes to the next page with the start of its section.
 */
export function noticePdf(
  doc_: NoticeDocument,
  options: { resources: string; createdAt: Date },
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: margin,
    bufferPages: true,
    info: {
      Title: doc_.title,
      Author: doc_.organisation,
      Subject: doc_.title,
      Creator: 'DPO Desk',
      Producer: 'DPO Desk',
      CreationDate: options.createdAt,
    },
    lang: doc_.language,
  });
  doc.registerFont('Body', join(options.resources, 'fonts', 'DejaVuSans.ttf'));
  doc.registerFont('Bold', join(options.resources, 'fonts', 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => {
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    doc.on('error', reject);
  });
  const width = doc.page.width - margin.left - margin.right;
  doc.font('Bold').fontSize(16).fillColor('#000000').text(doc_.title, { width });
  if (doc_.organisation !== '') {
    doc.font('Body').fontSize(11).fillColor('#333333').text(doc_.organisation, { width });
  }
  doc.font('Body').fontSize(9).fillColor('#555555').text(updatedOnText(doc_), { width });
  for (const section of doc_.sections) {
    doc.moveDown(0.8);
    // The heading, its rule and the first lines of the section stay together.
    if (doc.y > bottomOf(doc) - 90) doc.addPage();
    doc.font('Bold').fontSize(12).fillColor(accent).text(section.heading, margin.left, doc.y, {
      width,
    });
    doc
      .moveTo(margin.left, doc.y + 2)
      .lineTo(margin.left + width, doc.y + 2)
      .strokeColor(accent)
      .lineWidth(0.6)
      .stroke();
    doc.moveDown(0.5);
    for (const item of section.blocks) block(doc, item, width);
  }
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.height - margin.bottom + mm(6);
    // Writing in the bottom margin must not make pdfkit open a new page.
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Body')
      .fontSize(8)
      .fillColor('#555555')
      .text(doc_.organisation, margin.left, bottom, { width: width / 2, lineBreak: false })
      .text(
        translate(doc_.language, 'letter.page', { page: index + 1, pages: range.count }),
        margin.left + width / 2,
        bottom,
        { width: width / 2, align: 'right', lineBreak: false },
      );
    doc.page.margins.bottom = savedBottom;
  }
  doc.end();
  return done;
}
