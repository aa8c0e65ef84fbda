import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { formatCalendarDate } from '../../shared/dates';
import { translate } from '../../shared/i18n';
import { processorWarnings } from '../../shared/processors/warnings';
import {
  controllerSections,
  processorSections,
  safeguardText,
  type RegisterSection,
} from '../../shared/register/describe';
import type { Processor } from '../../shared/schemas/processor';
import { periodText } from '../../shared/retention/periods';
import {
  activityNames,
  registerLookups,
  transferRows,
  type Progress,
  type RegisterData,
} from './registerData';

const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);

const mm = (value: number) => (value * 72) / 25.4;
const margin = { left: mm(20), right: mm(20), top: mm(18), bottom: mm(20) };
/** Black text and grey rules only: the register is often printed in black and white. */
const ink = '#000000';
const grey = '#555555';
const rule = '#999999';

type Doc = InstanceType<typeof PDFDocument>;

interface TocEntry {
  title: string;
  /** 0-based index of the page it starts on. */
  page: number;
  level: 0 | 1;
}

const tocLinesPerPage = 46;

export const registerTitle = 'Registre des activités de traitement';

/** The number of steps the progress bar counts: one per activity and per processor, and one. */
export function registerPdfSteps(data: RegisterData): number {
  return data.activities.length + data.processors.length + 1;
}

function contentWidth(doc: Doc): number {
  return doc.page.width - margin.left - margin.right;
}

function pageIndex(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

function heading(doc: Doc, text: string, size = 15): void {
  doc
    .font('Bold')
    .fontSize(size)
    .fillColor(ink)
    .text(text, margin.left, doc.y, {
      width: contentWidth(doc),
    });
  const y = doc.y + 2;
  doc
    .moveTo(margin.left, y)
    .lineTo(margin.left + contentWidth(doc), y)
    .lineWidth(0.8)
    .strokeColor(ink)
    .stroke();
  doc.y = y + 8;
}

/** An empty item shows a dash; several lines become a list. */
function bulleted(text: string): string {
  if (text === '') return '—';
  const lines = text.split('\n');
  return lines.length === 1 ? text : lines.map((line) => `•  ${line}`).join('\n');
}

/** Keeps a label and the first lines of its text together on a page. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - margin.bottom) doc.addPage();
}

function sections(doc: Doc, list: readonly RegisterSection[]): void {
  const width = contentWidth(doc);
  for (const section of list) {
    ensureRoom(doc, 60);
    doc.moveDown(0.4);
    doc.font('Bold').fontSize(11).fillColor(ink).text(section.title, margin.left, doc.y, { width });
    const y = doc.y + 1;
    doc
      .moveTo(margin.left, y)
      .lineTo(margin.left + width, y)
      .lineWidth(0.4)
      .strokeColor(rule)
      .stroke();
    doc.y = y + 4;
    for (const item of section.items) {
      ensureRoom(doc, 30);
      // A section with a single item of its own name needs no label.
      if (!(section.items.length === 1 && item.label === section.title)) {
        doc.font('Bold').fontSize(8.5).fillColor(grey).text(item.label, margin.left, doc.y, {
          width,
        });
      }
      doc
        .font('Body')
        .fontSize(9.5)
        .fillColor(ink)
        .text(bulleted(item.text), margin.left, doc.y, { width });
      doc.moveDown(0.35);
    }
  }
}

function field(doc: Doc, label: string, value: string): void {
  if (value === '') return;
  const width = contentWidth(doc);
  doc
    .font('Bold')
    .fontSize(8.5)
    .fillColor(grey)
    .text(`${label} : `, margin.left + mm(4), doc.y, {
      width: width - mm(4),
      continued: true,
    });
  doc.font('Body').fontSize(9.5).fillColor(ink).text(value);
}

function processorBlock(
  doc: Doc,
  processor: Processor,
  today: string,
  activities: ReadonlyMap<string, string>,
): void {
  ensureRoom(doc, 80);
  doc
    .font('Bold')
    .fontSize(10.5)
    .fillColor(ink)
    .text(processor.name, margin.left, doc.y, { width: contentWidth(doc) });
  field(
    doc,
    'Rôle et catégorie',
    `${t(`enum.role.${processor.role}`)}, ${t(`enum.category.${processor.category}`)}`,
  );
  field(doc, 'Pays', processor.country);
  field(doc, 'Adresse', processor.address.replace(/\n/g, ', '));
  field(doc, 'Prestations', processor.services);
  field(
    doc,
    'Données confiées',
    processor.dataCategories.map((c) => t(`enum.dataCategory.${c}`)).join(', '),
  );
  field(
    doc,
    'Contrat',
    [
      t(`enum.contract.${processor.contractStatus}`),
      processor.contractSignedOn === ''
        ? ''
        : `signé le ${formatCalendarDate(processor.contractSignedOn)}`,
      processor.contractReviewOn === ''
        ? ''
        : `revue le ${formatCalendarDate(processor.contractReviewOn)}`,
      `clauses art. 28.3 : ${String(processor.clauses.length)} / 8`,
    ]
      .filter(Boolean)
      .join(', '),
  );
  field(
    doc,
    'Transferts hors UE',
    processor.transfers.map((tr) => `${tr.country} (${safeguardText(tr.safeguard, t)})`).join(', '),
  );
  field(
    doc,
    'Activités',
    processor.activityIds
      .map((id) => activities.get(id) ?? '')
      .filter(Boolean)
      .join(', '),
  );
  field(
    doc,
    'Points d’attention',
    processorWarnings(processor, today)
      .map((w) => t(`warning.${w.code}`))
      .join(' '),
  );
  doc.moveDown(0.6);
}

function cover(doc: Doc, data: RegisterData): void {
  const o = data.organisation;
  const width = contentWidth(doc);
  doc.y = mm(70);
  doc.font('Bold').fontSize(24).fillColor(ink).text(registerTitle, margin.left, doc.y, {
    width,
    align: 'center',
  });
  doc.moveDown(0.3);
  doc
    .font('Body')
    .fontSize(11)
    .fillColor(grey)
    .text('Article 30 du règlement (UE) 2016/679 (RGPD)', { width, align: 'center' });
  doc.moveDown(3);
  doc
    .font('Bold')
    .fontSize(16)
    .fillColor(ink)
    .text(o?.legalName ?? '', { width, align: 'center' });
  doc
    .font('Body')
    .fontSize(10.5)
    .text(
      [
        [o?.legalForm ?? '', o?.siren === undefined || o.siren === '' ? '' : `SIREN ${o.siren}`]
          .filter(Boolean)
          .join(' — '),
        (o?.address ?? '').replace(/\n/g, ', '),
        [o?.phone ?? '', o?.email ?? ''].filter(Boolean).join(' — '),
        o?.representative === undefined || o.representative === ''
          ? ''
          : `Représentant légal : ${o.representative}`,
      ]
        .filter(Boolean)
        .join('\n'),
      { width, align: 'center' },
    );
  doc.moveDown(2);
  doc
    .font('Bold')
    .fontSize(11)
    .text('Délégué à la protection des données', { width, align: 'center' });
  doc
    .font('Body')
    .fontSize(10.5)
    .text(
      [
        o?.dpoName ?? '',
        [o?.dpoEmail ?? '', o?.dpoPhone ?? ''].filter(Boolean).join(' — '),
        o?.dpoCnilNumber === undefined || o.dpoCnilNumber === ''
          ? ''
          : `Désignation CNIL n° ${o.dpoCnilNumber}`,
      ]
        .filter(Boolean)
        .join('\n'),
      { width, align: 'center' },
    );
  doc.moveDown(4);
  const controller = data.activities.filter((a) => a.register === 'controller').length;
  const processor = data.activities.length - controller;
  doc
    .font('Body')
    .fontSize(10.5)
    .text(
      [
        `Édition du ${formatCalendarDate(data.today)}`,
        `Version : ${data.quarter} — DPO Desk ${data.appVersion}`,
        t('documents.coverCounts', {
          controller,
          processor,
          processors: data.processors.length,
        }),
      ].join('\n'),
      { width, align: 'center' },
    );
}

function footers(doc: Doc, organisation: string): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let index = range.start; index < range.start + range.count; index++) {
    // The cover carries no footer.
    if (index === 0) continue;
    doc.switchToPage(index);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Body')
      .fontSize(7.5)
      .fillColor(grey)
      .text(
        `${registerTitle} - ${organisation} - page ${String(index + 1)} / ${String(total)}`,
        margin.left,
        doc.page.height - mm(12),
        { width: contentWidth(doc), align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = saved;
  }
}

function tableOfContents(doc: Doc, entries: readonly TocEntry[], firstPage: number): void {
  const width = contentWidth(doc);
  entries.forEach((entry, position) => {
    const page = firstPage + Math.floor(position / tocLinesPerPage);
    if (position % tocLinesPerPage === 0) {
      doc.switchToPage(page);
      doc.x = margin.left;
      doc.y = margin.top;
      if (position === 0) heading(doc, 'Sommaire');
    }
    const indent = entry.level === 0 ? 0 : mm(6);
    const y = doc.y;
    doc
      .font(entry.level === 0 ? 'Bold' : 'Body')
      .fontSize(9.5)
      .fillColor(ink)
      .text(entry.title, margin.left + indent, y, {
        width: width - indent - mm(18),
        lineBreak: false,
        ellipsis: true,
      });
    doc.text(String(entry.page + 1), margin.left, y, { width, align: 'right', lineBreak: false });
    doc.y = y + 15;
  });
}

/**
 * The register as a printable PDF: cover, table of contents with page numbers, one section per
 * activity in the CNIL order, the processor register, annexes (processors and recipients,
 * transfers, retention schedule), a running footer "page X / Y", an embedded Unicode font and
 * the document's metadata.
 */
export async function writeRegisterPdf(
  path: string,
  data: RegisterData,
  options: { resources: string; createdAt: Date },
  progress: Progress = () => undefined,
): Promise<{ pages: number }> {
  const organisation = data.organisation?.legalName ?? '';
  const doc = new PDFDocument({
    size: 'A4',
    margins: margin,
    bufferPages: true,
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
  const out = createWriteStream(path);
  doc.pipe(out);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });

  const total = registerPdfSteps(data);
  let done = 0;
  const step = () => {
    done++;
    if (done % 50 === 0) progress(done, total);
  };
  const lookups = registerLookups(data);
  const names = activityNames(data);
  const controller = data.activities.filter((a) => a.register === 'controller');
  const processorRegister = data.activities.filter((a) => a.register === 'processor');

  doc.addPage();
  cover(doc, data);

  // Room for the table of contents, filled in once the page numbers are known.
  const tocCount =
    4 + controller.length + processorRegister.length + (processorRegister.length > 0 ? 1 : 0);
  const tocPages = Math.max(1, Math.ceil(tocCount / tocLinesPerPage));
  const tocFirst = pageIndex(doc) + 1;
  for (let i = 0; i < tocPages; i++) doc.addPage();
  const entries: TocEntry[] = [];

  const part = (title: string) => {
    doc.addPage();
    entries.push({ title, page: pageIndex(doc), level: 0 });
    heading(doc, title, 17);
  };

  part('Registre du responsable de traitement (article 30.1)');
  controller.forEach((activity, index) => {
    if (index > 0) doc.addPage();
    else doc.moveDown(0.5);
    const title = `${activity.reference} — ${activity.name}`;
    entries.push({ title, page: pageIndex(doc), level: 1 });
    heading(doc, title, 13);
    sections(doc, controllerSections(activity, t, lookups));
    step();
  });

  if (processorRegister.length > 0) {
    part('Registre du sous-traitant (article 30.2)');
    processorRegister.forEach((activity, index) => {
      if (index > 0) doc.addPage();
      else doc.moveDown(0.5);
      const title = `${activity.reference} — ${activity.name}`;
      entries.push({ title, page: pageIndex(doc), level: 1 });
      heading(doc, title, 13);
      sections(doc, processorSections(activity, t, lookups));
      step();
    });
  }

  part('Annexe 1 — Sous-traitants et destinataires');
  for (const processor of data.processors) {
    processorBlock(doc, processor, data.today, names);
    step();
  }

  part('Annexe 2 — Transferts hors Union européenne');
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

  part('Annexe 3 — Calendrier de conservation');
  const period = (p: { value: number; unit: string }) => periodText(p, t, 'aucune');
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
    field(
      doc,
      'Règle',
      `${t(`enum.dataCategory.${retentionRule.dataCategory}`)} ; à partir de « ${retentionRule.startEvent === 'other' ? retentionRule.startEventText : t(`enum.startEvent.${retentionRule.startEvent}`)} » ; base active ${period(retentionRule.activePeriod)} ; archive intermédiaire ${period(retentionRule.archivePeriod)} ; puis ${t(`enum.finalAction.${retentionRule.finalAction}`).toLowerCase()}`,
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
  step();

  tableOfContents(doc, entries, tocFirst);
  footers(doc, organisation);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  await finished;
  progress(total, total);
  return { pages };
}
