import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { BreachNotification } from '../../shared/breaches/notification';

const mm = (value: number) => (value * 72) / 25.4;
const margin = { left: mm(20), right: mm(20), top: mm(18), bottom: mm(20) };

/**
 * The CNIL notification as a printable A4 document: one heading per section of the online form,
 * each item as a bold label over its value (empty ones said so, never left out), page numbers at
 * the foot. Embeds DejaVu so that every name prints as typed.
 */
export function breachNotificationPdf(
  notification: BreachNotification,
  options: {
    resources: string;
    author: string;
    createdAt: Date;
    intro: string;
    footer: string;
    notGiven: string;
    pageLabel: (page: number, pages: number) => string;
  },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: margin,
    bufferPages: true,
    info: {
      Title: notification.title,
      Author: options.author,
      Subject: notification.title,
      Creator: 'DPO Desk',
      Producer: 'DPO Desk',
      CreationDate: options.createdAt,
    },
  });
  doc.registerFont('Body', join(options.resources, 'fonts', 'DejaVuSans.ttf'));
  doc.registerFont('Bold', join(options.resources, 'fonts', 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  const width = doc.page.width - margin.left - margin.right;
  doc.font('Bold').fontSize(15).fillColor('#000000').text(notification.title, { width });
  doc.moveDown(0.5);
  doc.font('Body').fontSize(9.5).fillColor('#333333').text(options.intro, { width });
  for (const section of notification.sections) {
    doc.moveDown(1);
    // A heading never ends a page alone.
    if (doc.y > doc.page.height - margin.bottom - 80) doc.addPage();
    doc.font('Bold').fontSize(12).fillColor('#1f3a68').text(section.title, { width });
    doc
      .moveTo(margin.left, doc.y + 2)
      .lineTo(margin.left + width, doc.y + 2)
      .strokeColor('#1f3a68')
      .lineWidth(0.6)
      .stroke();
    doc.moveDown(0.5);
    for (const item of section.items) {
      if (doc.y > doc.page.height - margin.bottom - 40) doc.addPage();
      doc.font('Bold').fontSize(9.5).fillColor('#000000').text(item.label, { width });
      doc
        .font('Body')
        .fontSize(10)
        .fillColor(item.value === '' ? '#777777' : '#000000')
        .text(item.value === '' ? options.notGiven : item.value, { width });
      doc.moveDown(0.4);
    }
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
      .text(options.footer, margin.left, bottom, { width: width / 2, lineBreak: false })
      .text(options.pageLabel(index + 1, range.count), margin.left + width / 2, bottom, {
        width: width / 2,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = savedBottom;
  }
  doc.end();
  return done;
}
