/**
 * The pieces the PDF register is drawn with: headings, the Art. 30 sections of a record, a
 * processor's block, the cover. Each draws at the document's current position.
 */
import PDFDocument from 'pdfkit';
import { formatCalendarDate } from '../../shared/dates';
import { translate } from '../../shared/i18n';
import { needsArt28Contract, processorWarnings } from '../../shared/processors/warnings';
import { safeguardText, type RegisterSection } from '../../shared/register/describe';
import type { Processor } from '../../shared/schemas/processor';
import type { RegisterData } from './registerData';

export const t = (key: string, params?: Record<string, string | number>) =>
  translate('fr', key, params);

export const mm = (value: number) => (value * 72) / 25.4;
export const margin = { left: mm(20), right: mm(20), top: mm(18), bottom: mm(20) };
/** Black text and grey rules only: the register is often printed in black and white. */
export const ink = '#000000';
export const grey = '#555555';
const rule = '#999999';

export type Doc = InstanceType<typeof PDFDocument>;

export const registerTitle = 'Registre des activités de traitement';

export function contentWidth(doc: Doc): number {
  return doc.page.width - margin.left - margin.right;
}

export function heading(doc: Doc, text: string, size = 15): void {
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
export function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - margin.bottom) doc.addPage();
}

export function sections(doc: Doc, list: readonly RegisterSection[]): void {
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

export function field(doc: Doc, label: string, value: string): void {
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

export function processorBlock(
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
  // Only processors and sub-processors owe an Art. 28 contract: a lawyer's « 0 / 8 » would read
  // as a failing.
  field(
    doc,
    'Contrat',
    !needsArt28Contract(processor)
      ? ''
      : [
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
    processor.transfers
      .map((tr) => `${tr.country} — ${safeguardText(tr.safeguard, t)}`)
      .join(' ; '),
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

export function cover(doc: Doc, data: RegisterData): void {
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
