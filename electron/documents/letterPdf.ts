import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { RenderedLetter } from '../../shared/letters/render';

/** What the letterhead, the address block and the signature need. */
export interface LetterLayout {
  organisation: { name: string; address: string; footer: string };
  /** The address the email draft is sent from. */
  sender: { email: string };
  /** The greeting, repeated in the email that carries the letter. */
  salutation: string;
  /** "Castelnau-le-Lez, le 22 novembre 2026" */
  placeAndDate: string;
  referenceLine: string;
  subjectLabel: string;
  /**
   * Where the letter goes: the address block of a French window envelope (checked against
   * NF Z10-011 before printing, never cut), or, for an answer by email, the person and their email.
   */
  recipient: { kind: 'window' | 'email'; lines: string[] };
  signature: { name: string; title: string; image: Uint8Array | null };
  logo: Uint8Array | null;
  pageLabel: (page: number, pages: number) => string;
}

export interface LetterToPrint {
  layout: LetterLayout;
  letter: RenderedLetter;
}

const mm = (value: number) => (value * 72) / 25.4;
const margin = { left: mm(22), right: mm(20), top: mm(15), bottom: mm(22) };
/** A French window envelope (DL, window on the right) shows this rectangle. */
const windowBox = { x: mm(110), y: mm(50), width: mm(85), height: mm(35) };

type Doc = InstanceType<typeof PDFDocument>;

function fonts(doc: Doc, resources: string): void {
  doc.registerFont('Body', join(resources, 'fonts', 'DejaVuSans.ttf'));
  doc.registerFont('Bold', join(resources, 'fonts', 'DejaVuSans-Bold.ttf'));
}

function image(
  doc: Doc,
  bytes: Uint8Array | null,
  x: number,
  y: number,
  fit: [number, number],
): boolean {
  if (bytes === null) return false;
  try {
    doc.image(Buffer.from(bytes), x, y, { fit });
    return true;
  } catch {
    // An unreadable image never blocks a letter: it is simply left out.
    return false;
  }
}

/** Draws one letter from a fresh page. */
function drawLetter(doc: Doc, { layout, letter }: LetterToPrint): void {
  const width = doc.page.width - margin.left - margin.right;
  let y = margin.top;
  if (image(doc, layout.logo, margin.left, y, [mm(40), mm(16)])) y += mm(18);
  doc
    .font('Bold')
    .fontSize(13)
    .fillColor('#000000')
    .text(layout.organisation.name, margin.left, y, { width: mm(85) });
  doc
    .font('Body')
    .fontSize(8.5)
    .fillColor('#333333')
    .text(layout.organisation.address, { width: mm(85) });

  doc.font('Body').fontSize(10.5).fillColor('#000000');
  if (layout.recipient.kind === 'window') {
    doc.text(layout.recipient.lines.join('\n'), windowBox.x, windowBox.y, {
      width: windowBox.width,
      lineBreak: false,
    });
  } else {
    doc.text(layout.recipient.lines.join('\n'), margin.left, windowBox.y, { width: mm(95) });
  }

  doc.fontSize(10).text(layout.placeAndDate, windowBox.x, windowBox.y + windowBox.height + mm(8), {
    width: windowBox.width,
  });

  doc.x = margin.left;
  doc.y = windowBox.y + windowBox.height + mm(22);
  doc.font('Body').fontSize(10).text(layout.referenceLine, { width });
  doc.moveDown(0.3);
  doc.font('Bold').text(`${layout.subjectLabel} ${letter.subject}`, { width });
  doc.moveDown(1.2);

  doc.font('Body').fontSize(10.5);
  for (const paragraph of letter.paragraphs) {
    const lines = paragraph.split('\n');
    if (lines.every((line) => line.trimStart().startsWith('- '))) {
      for (const line of lines) {
        const item = `•  ${line.trimStart().slice(2)}`;
        const options = { width: width - mm(5), align: 'left' } as const;
        // A list item is never split across two pages.
        if (doc.y + doc.heightOfString(item, options) > doc.page.height - margin.bottom)
          doc.addPage();
        doc.text(item, margin.left + mm(5), doc.y, options);
        doc.moveDown(0.15);
      }
    } else {
      doc.text(lines.join(' '), margin.left, doc.y, { width, align: 'justify' });
    }
    doc.moveDown(0.7);
  }

  // The signature block stays whole on a page: its image (when there is one), name and title.
  const signatureHeight = layout.signature.image === null ? mm(26) : mm(35);
  if (doc.y + signatureHeight > doc.page.height - margin.bottom) doc.addPage();
  const signatureX = margin.left + width / 2;
  doc.moveDown(0.5);
  const top = doc.y;
  const drawn = image(doc, layout.signature.image, signatureX, top, [mm(50), mm(18)]);
  doc.y = drawn ? top + mm(20) : top + mm(14);
  doc
    .font('Bold')
    .fontSize(10.5)
    .text(layout.signature.name, signatureX, doc.y, { width: width / 2 });
  doc
    .font('Body')
    .fontSize(10)
    .text(layout.signature.title, signatureX, doc.y, { width: width / 2 });
}

/** Footers and page numbers, once all pages exist (numbers only when a letter runs long). */
function finishPages(
  doc: Doc,
  letters: { first: number; count: number; layout: LetterLayout }[],
): void {
  for (const { first, count, layout } of letters) {
    for (let index = 0; index < count; index++) {
      doc.switchToPage(first + index);
      const bottom = doc.page.height - mm(12);
      const saved = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font('Body')
        .fontSize(7.5)
        .fillColor('#555555')
        .text(layout.organisation.footer, margin.left, bottom, {
          width: doc.page.width - margin.left - margin.right,
          align: 'center',
          lineBreak: false,
        });
      if (count > 1 && index === 0) {
        doc.text(layout.pageLabel(index + 1, count), margin.left, bottom - mm(5), {
          width: doc.page.width - margin.left - margin.right,
          align: 'right',
          lineBreak: false,
        });
      }
      // Pages after the first say which letter they belong to, should they come apart.
      if (index > 0) {
        const top = mm(8);
        doc.text(layout.referenceLine, margin.left, top, {
          width: doc.page.width - margin.left - margin.right,
          lineBreak: false,
        });
        doc.text(layout.pageLabel(index + 1, count), margin.left, top, {
          width: doc.page.width - margin.left - margin.right,
          align: 'right',
          lineBreak: false,
        });
      }
      doc.page.margins.bottom = saved;
      doc.fillColor('#000000');
    }
  }
}

function newDocument(title: string, author: string, createdAt: Date): Doc {
  return new PDFDocument({
    size: 'A4',
    margins: margin,
    bufferPages: true,
    autoFirstPage: false,
    info: {
      Title: title,
      Author: author,
      Subject: title,
      Creator: 'DPO Desk',
      Producer: 'DPO Desk',
      CreationDate: createdAt,
    },
  });
}

function drawAll(doc: Doc, letters: readonly LetterToPrint[], resources: string): void {
  fonts(doc, resources);
  const ranges: { first: number; count: number; layout: LetterLayout }[] = [];
  for (const letter of letters) {
    const first = doc.bufferedPageRange().count;
    doc.addPage();
    drawLetter(doc, letter);
    ranges.push({ first, count: doc.bufferedPageRange().count - first, layout: letter.layout });
  }
  finishPages(doc, ranges);
}

/** One or more letters as one PDF, in memory. */
export function lettersPdf(
  letters: readonly LetterToPrint[],
  options: { resources: string; title: string; author: string; createdAt: Date },
): Promise<Buffer> {
  const doc = newDocument(options.title, options.author, options.createdAt);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  drawAll(doc, letters, options.resources);
  doc.end();
  return done;
}

/**
 * Many letters into one PDF file, streamed to disk as pages are drawn and flushed letter by
 * letter, so memory stays flat however many there are.
 */
export async function lettersPdfToFile(
  path: string,
  next: () => Promise<LetterToPrint | null>,
  options: {
    resources: string;
    title: string;
    author: string;
    createdAt: Date;
    onLetter?: (count: number) => void;
  },
): Promise<number> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: margin,
    autoFirstPage: false,
    bufferPages: true,
    info: {
      Title: options.title,
      Author: options.author,
      CreationDate: options.createdAt,
      Creator: 'DPO Desk',
    },
  });
  fonts(doc, options.resources);
  const out = createWriteStream(path);
  doc.pipe(out);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  let count = 0;
  for (let letter = await next(); letter !== null; letter = await next()) {
    const before = doc.bufferedPageRange();
    const first = before.start + before.count;
    doc.addPage();
    drawLetter(doc, letter);
    const after = doc.bufferedPageRange();
    finishPages(doc, [{ first, count: after.start + after.count - first, layout: letter.layout }]);
    // Written pages leave memory: only the current letter is held.
    doc.flushPages();
    count++;
    options.onLetter?.(count);
  }
  doc.end();
  await finished;
  return count;
}
