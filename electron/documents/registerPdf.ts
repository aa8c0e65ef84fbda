import { breachRegisterLabels, breachRegisterRows, type BreachRegisterRow } from './breachRegister';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { formatCalendarDate } from '../../shared/dates';
import { controllerSections, processorSections } from '../../shared/register/describe';
import { fromEventText, periodText } from '../../shared/retention/periods';
import {
  activityNames,
  registerLookups,
  transferRows,
  type Progress,
  type RegisterData,
} from './registerData';
import {
  contentWidth,
  cover,
  ensureRoom,
  field,
  grey,
  heading,
  ink,
  margin,
  mm,
  processorBlock,
  registerTitle,
  sections,
  t,
  type Doc,
} from './registerPdfParts';

export { registerTitle } from './registerPdfParts';

/** A line of the table of contents, and of the PDF outline (bookmarks). */
interface TocEntry {
  title: string;
  level: 0 | 1;
}

/** What the first pass learns: the page each entry starts on (1-based) and the page count. */
interface Layout {
  pages: number[];
  total: number;
}

const tocFontSize = 9.5;
const tocLineGap = 4;
const tocNumberWidth = mm(18);

/** The number of steps the progress bar counts: two passes over every activity and processor, and one. */
export function registerPdfSteps(data: RegisterData): number {
  return 2 * (data.activities.length + data.processors.length) + 1;
}

const partTitles = {
  controller: 'Registre du responsable de traitement (article 30.1)',
  processor: 'Registre du sous-traitant (article 30.2)',
  processors: 'Annexe 1 — Sous-traitants et destinataires',
  transfers: 'Annexe 2 — Transferts hors Union européenne',
  retention: 'Annexe 3 — Calendrier de conservation',
  breaches: 'Annexe 4 — Registre des violations de données (article 33.5)',
};

function activityTitle(activity: { reference: string; name: string }): string {
  return `${activity.reference} — ${activity.name}`;
}

/** Every entry of the contents, in the order the document prints them. */
function contentsOf(data: RegisterData): TocEntry[] {
  const controller = data.activities.filter((a) => a.register === 'controller');
  const processor = data.activities.filter((a) => a.register === 'processor');
  return [
    { title: partTitles.controller, level: 0 },
    ...controller.map((a) => ({ title: activityTitle(a), level: 1 as const })),
    ...(processor.length === 0
      ? []
      : [
          { title: partTitles.processor, level: 0 as const },
          ...processor.map((a) => ({ title: activityTitle(a), level: 1 as const })),
        ]),
    { title: partTitles.processors, level: 0 },
    { title: partTitles.transfers, level: 0 },
    { title: partTitles.retention, level: 0 },
    { title: partTitles.breaches, level: 0 },
  ];
}

/**
 * The table of contents: each title wraps within its column (never over the next line), its page
 * number on the title's last line. The first pass prints no numbers; its pages are the same.
 */
function tableOfContents(doc: Doc, entries: readonly TocEntry[], layout: Layout | null): void {
  const width = contentWidth(doc);
  heading(doc, 'Sommaire');
  entries.forEach((entry, index) => {
    const indent = entry.level === 0 ? 0 : mm(6);
    const titleWidth = width - indent - tocNumberWidth;
    doc.font(entry.level === 0 ? 'Bold' : 'Body').fontSize(tocFontSize);
    const height = doc.heightOfString(entry.title, { width: titleWidth });
    ensureRoom(doc, height + tocLineGap);
    const top = doc.y;
    doc.fillColor(ink).text(entry.title, margin.left + indent, top, { width: titleWidth });
    const bottom = doc.y;
    const page = layout?.pages[index];
    if (page !== undefined) {
      doc.font('Body').text(String(page), margin.left, bottom - doc.currentLineHeight(), {
        width,
        align: 'right',
        lineBreak: false,
      });
    }
    doc.x = margin.left;
    doc.y = bottom + tocLineGap;
  });
}

/**
 * pdfkit's current font, size and colour: private fields, read and put back because a footer is
 * drawn when a page starts, often in the middle of a paragraph that goes on in its own font.
 */
interface TextState {
  _font: unknown;
  _fontSize: number;
  _fillColor?: [string, number | undefined];
}

function footer(doc: Doc, organisation: string, page: number, total: number): void {
  const { x, y } = doc;
  const state = doc as unknown as TextState;
  const { _font: font, _fontSize: fontSize, _fillColor: color } = state;
  const saved = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc
    .font('Body')
    .fontSize(7.5)
    .fillColor(grey)
    .text(
      `${registerTitle} - ${organisation} - page ${String(page)} / ${String(total)}`,
      margin.left,
      doc.page.height - mm(12),
      { width: contentWidth(doc), align: 'center', lineBreak: false },
    );
  doc.page.margins.bottom = saved;
  state._font = font;
  state._fontSize = fontSize;
  doc.fillColor(...(color ?? [ink, undefined]));
  doc.x = x;
  doc.y = y;
}

/**
 * Draws the whole register. Pages are written as they are finished (nothing is buffered): the
 * first pass, thrown away, learns where each entry starts and how many pages there are; the
 * second prints the contents with those numbers, « page x / y » on each page and the outline.
 */
async function drawRegister(
  doc: Doc,
  data: RegisterData,
  layout: Layout | null,
  step: () => void,
): Promise<Layout> {
  const organisation = data.organisation?.legalName ?? '';
  const lookups = registerLookups(data);
  const names = activityNames(data);
  const entries = contentsOf(data);
  const starts: number[] = [];
  let page = 0;
  doc.on('pageAdded', () => {
    page += 1;
    // The cover carries no footer.
    if (layout !== null && page > 1) footer(doc, organisation, page, layout.total);
  });
  const outline = { part: doc.outline };
  const enter = (level: 0 | 1) => {
    const entry = entries[starts.length];
    starts.push(page);
    if (layout === null || entry === undefined) return;
    if (level === 0) outline.part = doc.outline.addItem(entry.title, { expanded: true });
    else outline.part.addItem(entry.title);
  };

  doc.addPage();
  cover(doc, data);
  doc.addPage();
  tableOfContents(doc, entries, layout);

  const part = (title: string) => {
    doc.addPage();
    enter(0);
    heading(doc, title, 17);
  };
  // pdfkit pushes what it writes into its stream without waiting: the pages reach the file (and
  // leave memory) only when the event loop turns, so it turns every few records.
  let drawn = 0;
  const drawnOne = async () => {
    step();
    drawn += 1;
    if (drawn % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
  };
  const records = async (
    activities: RegisterData['activities'],
    draw: typeof controllerSections,
  ) => {
    for (const [index, activity] of activities.entries()) {
      if (index > 0) doc.addPage();
      else doc.moveDown(0.5);
      enter(1);
      heading(doc, activityTitle(activity), 13);
      sections(doc, draw(activity, t, lookups));
      await drawnOne();
    }
  };

  part(partTitles.controller);
  await records(
    data.activities.filter((a) => a.register === 'controller'),
    controllerSections,
  );
  const processorRegister = data.activities.filter((a) => a.register === 'processor');
  if (processorRegister.length > 0) {
    part(partTitles.processor);
    await records(processorRegister, processorSections);
  }

  part(partTitles.processors);
  for (const processor of data.processors) {
    processorBlock(doc, processor, data.today, names);
    await drawnOne();
  }

  part(partTitles.transfers);
  const transfers = transferRows(data, t).map((row) =>
    row.from === 'activity'
      ? `${row.source} → ${row.recipient} (${row.country}) : ${row.safeguard}`
      : `${row.recipient} (${row.country}) : ${row.safeguard}`,
  );
  doc
    .font('Body')
    .fontSize(9.5)
    .fillColor(ink)
    .text(
      transfers.length === 0
        ? 'Aucun transfert hors Union européenne.'
        : transfers.map((line) => `•  ${line}`).join('\n'),
      margin.left,
      doc.y,
      { width: contentWidth(doc) },
    );

  part(partTitles.retention);
  const period = (p: { value: number; unit: string }) => periodText(p, t, 'aucune');
  const archive = (p: { value: number; unit: string }) =>
    p.value === 0 ? 'sans archivage intermédiaire' : `archive intermédiaire ${period(p)}`;
  for (const retentionRule of data.rules) {
    ensureRoom(doc, 60);
    doc
      .font('Bold')
      .fontSize(10)
      .fillColor(ink)
      .text(retentionRule.label, margin.left, doc.y, { width: contentWidth(doc) });
    field(
      doc,
      'Activité',
      retentionRule.activityId === null
        ? t('retention.requestFiles')
        : (names.get(retentionRule.activityId) ?? ''),
    );
    const start =
      retentionRule.startEvent === 'other'
        ? retentionRule.startEventText
        : t(`enum.startEvent.${retentionRule.startEvent}`).toLowerCase();
    field(
      doc,
      'Règle',
      `${t(`enum.dataCategory.${retentionRule.dataCategory}`)} ; ${fromEventText(start, t)} ; base active ${period(retentionRule.activePeriod)} ; ${archive(retentionRule.archivePeriod)} ; puis ${t(`enum.finalAction.${retentionRule.finalAction}`).toLowerCase()}`,
    );
    field(doc, 'Source', retentionRule.legalSource);
    for (const item of data.trackedItems.filter((i) => i.ruleId === retentionRule.id)) {
      const dates = [
        item.archiveOn === '' ? '' : `archivage le ${formatCalendarDate(item.archiveOn)}`,
        item.deleteOn === '' ? '' : `suppression le ${formatCalendarDate(item.deleteOn)}`,
        item.nextReviewOn === ''
          ? ''
          : `prochaine échéance le ${formatCalendarDate(item.nextReviewOn)}`,
        item.purgedOn === '' ? '' : `purgé le ${formatCalendarDate(item.purgedOn)}`,
      ]
        .filter(Boolean)
        .join(', ');
      field(doc, `Suivi « ${item.name} »`, dates);
    }
    doc.moveDown(0.5);
  }

  part(partTitles.breaches);
  const breaches = breachRegisterRows(data);
  if (breaches.length === 0) {
    doc.font('Body').fontSize(9.5).fillColor(ink).text('Aucune violation enregistrée.');
  }
  for (const row of breaches) {
    ensureRoom(doc, 80);
    doc
      .font('Bold')
      .fontSize(10)
      .fillColor(ink)
      .text(`${row.reference} — ${row.title}`, margin.left, doc.y, { width: contentWidth(doc) });
    for (const key of Object.keys(breachRegisterLabels) as (keyof BreachRegisterRow)[]) {
      if (key !== 'reference' && key !== 'title') field(doc, breachRegisterLabels[key], row[key]);
    }
    doc.moveDown(0.5);
  }
  return { pages: starts, total: page };
}

function newDocument(
  data: RegisterData,
  options: { resources: string; createdAt: Date },
  compress = true,
): Doc {
  const organisation = data.organisation?.legalName ?? '';
  const doc = new PDFDocument({
    size: 'A4',
    compress,
    margins: margin,
    autoFirstPage: false,
    info: {
      Title: `${registerTitle} — ${organisation}`,
      Author:
        data.organisation?.dpoName !== undefined && data.organisation.dpoName !== ''
          ? `${data.organisation.dpoName}, ${organisation}`
          : organisation,
      Subject: `Registre RGPD (article 30) — ${data.quarter}`,
      Keywords: 'RGPD, registre, article 30',
      Creator: 'DPO Desk',
      Producer: 'DPO Desk',
      CreationDate: options.createdAt,
    },
  });
  doc.registerFont('Body', join(options.resources, 'fonts', 'DejaVuSans.ttf'));
  doc.registerFont('Bold', join(options.resources, 'fonts', 'DejaVuSans-Bold.ttf'));
  return doc;
}

async function render(doc: Doc, sink: Writable, draw: () => Promise<Layout>): Promise<Layout> {
  doc.pipe(sink);
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('finish', resolve);
    sink.on('error', reject);
    doc.on('error', reject);
  });
  const layout = await draw();
  doc.end();
  await finished;
  return layout;
}

/** The pass that only learns the layout: its document is thrown away as it is written. */
function firstPass(
  data: RegisterData,
  options: { resources: string; createdAt: Date },
  step: () => void,
): Promise<Layout> {
  const discard = new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  });
  // Nobody reads it: its pages are not compressed, and its lines are measured and placed but
  // never drawn (pdfkit's private `_fragment` draws one placed line; lines are broken and
  // positions moved elsewhere). Should pdfkit change that, the second pass's check says so.
  const doc = newDocument(data, options, false);
  (doc as unknown as { _fragment: () => void })._fragment = () => undefined;
  return render(doc, discard, () => drawRegister(doc, data, null, step));
}

/**
 * The register as a printable PDF: cover, table of contents with page numbers, one section per
 * activity in the CNIL order, the processor register, annexes (processors and recipients,
 * transfers, retention schedule), a running footer "page X / Y", bookmarks for every part and
 * activity, an embedded Unicode font and the document's metadata. Memory stays flat: no page is
 * kept once written.
 */
export async function writeRegisterPdf(
  path: string,
  data: RegisterData,
  options: { resources: string; createdAt: Date },
  progress: Progress = () => undefined,
): Promise<{ pages: number }> {
  const total = registerPdfSteps(data);
  let done = 0;
  const step = () => {
    done++;
    if (done % 50 === 0) progress(done, total);
  };
  const layout = await firstPass(data, options, step);
  const second = newDocument(data, options);
  const printed = await render(second, createWriteStream(path), () =>
    drawRegister(second, data, layout, step),
  );
  if (printed.total !== layout.total) {
    throw new Error(
      `La mise en page du registre a changé entre deux passes (${String(layout.total)} puis ${String(printed.total)} pages).`,
    );
  }
  progress(total, total);
  return { pages: printed.total };
}
