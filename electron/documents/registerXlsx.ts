import ExcelJS from 'exceljs';
import { translate } from '../../shared/i18n';
import { formatCalendarDate, localDateOf } from '../../shared/dates';
import {
  clientsText,
  dataCategoriesText,
  dpiaText,
  offencesText,
  processingCategoriesText,
  purposesText,
  recipientsText,
  retentionText,
  securityText,
  sensitiveText,
  sourcesText,
  subProcessorsText,
  transfersText,
  automatedText,
  safeguardText,
  type RegisterLookups,
} from '../../shared/register/describe';
import { periodText } from '../../shared/retention/periods';
import type { ProcessingActivity } from '../../shared/schemas/activity';
import type { Processor } from '../../shared/schemas/processor';
import type { RetentionRule, TrackedItem } from '../../shared/schemas/retention';
import type { CalendarItem } from '../../shared/retention/calendar';
import { processorWarnings } from '../../shared/processors/warnings';
import {
  activityNames,
  registerLookups,
  transferRows,
  type Progress,
  type RegisterData,
  type RequestLogRow,
  type TransferRow,
} from './registerData';

const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);

/** What a cell holds: text as typed, a calendar date (`YYYY-MM-DD`), a number. */
type CellKind = 'text' | 'date' | 'number';

interface Column<Row> {
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

const headerFill: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9DEE7' },
};
const dateFormat = 'dd/mm/yyyy';

/*
 * Body cell styles, one object each, shared by every cell: exceljs recognises a style object it
 * has already seen and skips working its XML out again, which for 100,000 rows is most of the
 * writer's garbage. Never modified after this point.
 */
const alignment: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
const textStyle: Partial<ExcelJS.Style> = { alignment };
const typedTextStyle: Partial<ExcelJS.Style> = { alignment, numFmt: '@' };
const dateStyle: Partial<ExcelJS.Style> = { alignment, numFmt: dateFormat };

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;
type Worksheet = ExcelJS.Worksheet;

/** What a sheet's rows flow into before the zip takes them (exceljs internals, see below). */
interface SheetOutlet {
  _writableState: { length: number; needDrain: boolean };
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * exceljs writes a sheet's XML into a pass-through stream that the zip reads at its own pace, and
 * never waits for it: left alone, a 100,000-row sheet piles up in memory faster than it is
 * compressed. This finds that stream (exceljs 4: the sheet's `stream`, piped to archiver's
 * PassThrough) so the writer can wait for it. Undefined if a future exceljs is shaped otherwise,
 * which a test catches.
 */
export function sheetOutlet(sheet: Worksheet): SheetOutlet | undefined {
  const stream = (sheet as unknown as { stream?: { pipes?: unknown } }).stream;
  const pipe: unknown = Array.isArray(stream?.pipes) ? stream.pipes[0] : undefined;
  if (typeof pipe !== 'object' || pipe === null) return undefined;
  const state: unknown = (pipe as { _writableState?: unknown })._writableState;
  if (typeof state !== 'object' || state === null || !('length' in state)) return undefined;
  return pipe as SheetOutlet;
}

/** Bytes a sheet may leave waiting for the zip before its writer pauses. */
const pendingLimit = 2 * 1024 * 1024;

/** Waits until the zip has taken what was written, when too much is waiting. */
async function drained(outlet: SheetOutlet | undefined): Promise<void> {
  if (outlet === undefined) {
    await new Promise((resolve) => setImmediate(resolve));
    return;
  }
  const state = outlet._writableState;
  if (state.length > pendingLimit && state.needDrain) {
    await new Promise<void>((resolve) => outlet.once('drain', resolve));
  }
}

/** Points per line of the default 11-point font. */
const lineHeight = 15;

/** How many lines a text takes in a column of that width (in characters), wrapped. */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  return text
    .split('\n')
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** A column letter from its 1-based index (1 -> A, 27 -> AA). */
function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Writes one sheet: styled and frozen header row, autofilter, widths, wrapped text, dates as
 * dates, landscape A4 fitted to the width with the header row repeated on every printed page.
 */
async function writeSheet<Row>(
  workbook: Workbook,
  name: string,
  columns: readonly Column<Row>[],
  rows: Iterable<Row> | AsyncIterable<Row>,
  footer: string,
  step: () => void,
): Promise<number> {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: {
      // A4. exceljs declares its paper sizes as a const enum, which a bundler cannot inline.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- see above
      paperSize: 9 as ExcelJS.PaperSize,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddFooter: `&L${footer.replace(/&/g, '&&')}&RPage &P / &N`,
      evenFooter: `&L${footer.replace(/&/g, '&&')}&RPage &P / &N`,
    },
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  sheet.autoFilter = { from: 'A1', to: `${columnLetter(columns.length)}1` };
  const header = sheet.addRow(columns.map((column) => ({ richText: [{ text: column.header }] })));
  header.height =
    Math.max(...columns.map((column) => wrappedLines(column.header, column.width))) * lineHeight;
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = headerFill;
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  const outlet = sheetOutlet(sheet);
  let count = 0;
  for await (const row of rows) {
    const line = sheet.addRow([]);
    let lines = 1;
    columns.forEach((column, index) => {
      const cell = line.getCell(index + 1);
      const value = column.value(row);
      const kind = typeof column.kind === 'function' ? column.kind(row) : (column.kind ?? 'text');
      cell.style = textStyle;
      if (kind === 'date' && typeof value === 'string') {
        const date = excelDate(value);
        if (date !== null) {
          cell.value = date;
          cell.style = dateStyle;
        }
      } else if (kind === 'number' && typeof value === 'number') {
        cell.value = value;
      } else {
        const text = String(value);
        if (text !== '') {
          // An inline string (`t="inlineStr"`): text by its type, never a formula, and it leaves
          // memory with its row, where a shared-strings table would keep every text to the end.
          cell.value = { richText: [{ text }] };
          if (looksLikeFormula(text)) cell.style = typedTextStyle;
          lines = Math.max(lines, wrappedLines(text, column.width));
        }
      }
    });
    // Spreadsheet programs do not grow a row to its wrapped text on opening: the height is set.
    if (lines > 1) line.height = Math.min(409, lines * lineHeight);
    line.commit();
    count++;
    step();
    if (count % 100 === 0) await drained(outlet);
  }
  sheet.commit();
  return count;
}

const yesNo = (value: boolean) => (value ? 'Oui' : 'Non');

function controllerColumns(lookups: RegisterLookups): Column<ProcessingActivity>[] {
  return [
    { header: 'Référence', width: 10, value: (a) => a.reference },
    { header: 'Nom du traitement', width: 30, value: (a) => a.name },
    { header: 'Statut', width: 11, value: (a) => t(`enum.status.${a.status}`) },
    { header: 'Service responsable', width: 20, value: (a) => a.ownerService },
    { header: 'Contact', width: 20, value: (a) => a.ownerContact },
    {
      header: 'Responsable conjoint',
      width: 20,
      value: (a) => [a.jointController, a.jointControllerContact].filter(Boolean).join('\n'),
    },
    { header: 'Logiciel ou application', width: 18, value: (a) => a.software },
    { header: 'Finalités et bases légales', width: 45, value: (a) => purposesText(a, t) },
    { header: 'Personnes concernées', width: 25, value: (a) => a.dataSubjects.join('\n') },
    { header: 'Catégories de données', width: 40, value: (a) => dataCategoriesText(a, t) },
    { header: 'Durées de conservation', width: 40, value: (a) => retentionText(a, t) },
    { header: 'Données sensibles (art. 9)', width: 25, value: (a) => sensitiveText(a, t) },
    { header: 'Infractions (art. 10) et NIR', width: 20, value: (a) => offencesText(a, t) },
    {
      header: 'Destinataires',
      width: 35,
      value: (a) => recipientsText(a, t, lookups),
    },
    { header: 'Transferts hors UE', width: 30, value: (a) => transfersText(a, t, lookups) },
    { header: 'Mesures de sécurité', width: 40, value: (a) => securityText(a, t) },
    { header: 'Sources des données', width: 25, value: (a) => sourcesText(a, t) },
    { header: 'Information des personnes', width: 30, value: (a) => a.informationNotice },
    { header: 'Décision automatisée', width: 20, value: (a) => automatedText(a, t) },
    { header: 'AIPD', width: 30, value: (a) => dpiaText(a, t) },
    { header: 'Prochaine revue AIPD', width: 12, kind: 'date', value: (a) => a.dpiaNextReview },
    { header: 'Créée le', width: 12, kind: 'date', value: (a) => localDateOf(a.createdAt) },
    { header: 'Mise à jour le', width: 12, kind: 'date', value: (a) => localDateOf(a.updatedAt) },
    { header: 'Notes', width: 30, value: (a) => a.notes },
  ];
}

function processorRegisterColumns(lookups: RegisterLookups): Column<ProcessingActivity>[] {
  return [
    { header: 'Référence', width: 10, value: (a) => a.reference },
    { header: 'Nom du traitement', width: 30, value: (a) => a.name },
    { header: 'Statut', width: 11, value: (a) => t(`enum.status.${a.status}`) },
    {
      header: 'Responsables de traitement pour le compte desquels',
      width: 35,
      value: (a) => clientsText(a, t, lookups),
    },
    {
      header: 'Catégories de traitements',
      width: 45,
      value: (a) => processingCategoriesText(a),
    },
    {
      header: 'Sous-traitants ultérieurs',
      width: 35,
      value: (a) => subProcessorsText(a, t, lookups),
    },
    { header: 'Transferts hors UE', width: 30, value: (a) => transfersText(a, t, lookups) },
    { header: 'Mesures de sécurité', width: 40, value: (a) => securityText(a, t) },
    { header: 'Mise à jour le', width: 12, kind: 'date', value: (a) => localDateOf(a.updatedAt) },
    { header: 'Notes', width: 30, value: (a) => a.notes },
  ];
}

function processorColumns(
  today: string,
  activityNames: ReadonlyMap<string, string>,
): Column<Processor>[] {
  return [
    { header: 'Nom', width: 30, value: (p) => p.name },
    { header: 'Rôle', width: 20, value: (p) => t(`enum.role.${p.role}`) },
    { header: 'Catégorie', width: 25, value: (p) => t(`enum.category.${p.category}`) },
    { header: 'Pays', width: 12, value: (p) => p.country },
    { header: 'Adresse', width: 30, value: (p) => p.address },
    {
      header: 'Contact',
      width: 25,
      value: (p) => [p.contactName, p.contactEmail, p.contactPhone].filter(Boolean).join('\n'),
    },
    { header: 'Contact DPO', width: 20, value: (p) => p.dpoContact },
    { header: 'Prestations', width: 35, value: (p) => p.services },
    {
      header: 'Données confiées',
      width: 30,
      value: (p) => p.dataCategories.map((c) => t(`enum.dataCategory.${c}`)).join('\n'),
    },
    { header: 'Certifications', width: 20, value: (p) => p.certifications.join('\n') },
    {
      header: 'Transferts hors UE',
      width: 30,
      value: (p) =>
        p.transfers.map((tr) => `${tr.country} — ${safeguardText(tr.safeguard, t)}`).join('\n'),
    },
    { header: 'Contrat', width: 14, value: (p) => t(`enum.contract.${p.contractStatus}`) },
    { header: 'Signé le', width: 12, kind: 'date', value: (p) => p.contractSignedOn },
    { header: 'Revue ou fin le', width: 12, kind: 'date', value: (p) => p.contractReviewOn },
    { header: 'Clauses art. 28.3', width: 10, value: (p) => `${String(p.clauses.length)} / 8` },
    { header: 'Dernier audit', width: 12, kind: 'date', value: (p) => p.lastAuditOn },
    {
      header: 'Activités du registre',
      width: 35,
      value: (p) =>
        p.activityIds
          .map((id) => activityNames.get(id) ?? '')
          .filter(Boolean)
          .join('\n'),
    },
    {
      header: 'Points d’attention',
      width: 35,
      value: (p) =>
        processorWarnings(p, today)
          .map((w) => t(`warning.${w.code}`))
          .join('\n'),
    },
  ];
}

interface RetentionRow {
  rule: RetentionRule;
  activity: string;
  item: TrackedItem | null;
}

function retentionRows(data: RegisterData, names: ReadonlyMap<string, string>): RetentionRow[] {
  return data.rules.flatMap((rule): RetentionRow[] => {
    const activity =
      rule.activityId === null ? t('retention.requestFiles') : (names.get(rule.activityId) ?? '');
    const items = data.trackedItems.filter((item) => item.ruleId === rule.id);
    return items.length === 0
      ? [{ rule, activity, item: null }]
      : items.map((item) => ({ rule, activity, item }));
  });
}

function retentionColumns(): Column<RetentionRow>[] {
  return [
    { header: 'Activité', width: 30, value: (r) => r.activity },
    {
      header: 'Catégorie de données',
      width: 22,
      value: (r) => t(`enum.dataCategory.${r.rule.dataCategory}`),
    },
    { header: 'Règle', width: 30, value: (r) => r.rule.label },
    {
      header: 'Point de départ',
      width: 22,
      value: (r) =>
        r.rule.startEvent === 'other'
          ? r.rule.startEventText
          : t(`enum.startEvent.${r.rule.startEvent}`),
    },
    { header: 'Base active', width: 12, value: (r) => periodText(r.rule.activePeriod, t) },
    {
      header: 'Archive intermédiaire',
      width: 12,
      value: (r) => periodText(r.rule.archivePeriod, t),
    },
    {
      header: 'Action finale',
      width: 16,
      value: (r) => t(`enum.finalAction.${r.rule.finalAction}`),
    },
    { header: 'Source légale ou justification', width: 35, value: (r) => r.rule.legalSource },
    { header: 'Suivi', width: 30, value: (r) => r.item?.name ?? '' },
    {
      header: 'Type de suivi',
      width: 18,
      value: (r) => (r.item === null ? '' : t(`enum.trackedKind.${r.item.kind}`)),
    },
    {
      header: 'Date de référence',
      width: 12,
      kind: 'date',
      value: (r) => r.item?.referenceDate ?? '',
    },
    { header: 'Archivage prévu', width: 12, kind: 'date', value: (r) => r.item?.archiveOn ?? '' },
    { header: 'Suppression prévue', width: 12, kind: 'date', value: (r) => r.item?.deleteOn ?? '' },
    {
      header: 'Prochaine échéance',
      width: 12,
      kind: 'date',
      value: (r) => r.item?.nextReviewOn ?? '',
    },
    { header: 'Archivé le', width: 12, kind: 'date', value: (r) => r.item?.archivedOn ?? '' },
    { header: 'Purgé le', width: 12, kind: 'date', value: (r) => r.item?.purgedOn ?? '' },
    {
      header: 'Preuves',
      width: 40,
      value: (r) =>
        (r.item?.actions ?? [])
          .map(
            (a) =>
              `${formatCalendarDate(a.doneOn)} ${t(`enum.retentionAction.${a.action}`)} : ${a.what} (${String(a.records)}) — ${a.actor}`,
          )
          .join('\n'),
    },
  ];
}

function requestColumns(includeNames: boolean): Column<RequestLogRow>[] {
  return [
    { header: 'Référence', width: 16, value: (r) => r.reference },
    { header: 'Reçue le', width: 12, kind: 'date', value: (r) => r.receivedOn },
    { header: 'Canal', width: 14, value: (r) => t(`enum.channel.${r.channel}`) },
    {
      header: 'Droits exercés',
      width: 30,
      value: (r) => r.rights.map((right) => t(`enum.right.${right}`)).join(', '),
    },
    { header: 'Statut', width: 18, value: (r) => t(`enum.requestStatus.${r.status}`) },
    { header: 'Date limite', width: 12, kind: 'date', value: (r) => r.dueOn },
    {
      header: 'Prolongation (mois)',
      width: 12,
      kind: 'number',
      value: (r) => r.extensionMonths,
    },
    { header: 'Répondue le', width: 12, kind: 'date', value: (r) => r.responseOn },
    {
      header: 'Issue',
      width: 35,
      value: (r) =>
        r.outcomes
          .map((o) => `${t(`enum.right.${o.right}`)} : ${t(`enum.outcome.${o.outcome}`)}`)
          .join('\n'),
    },
    ...(includeNames
      ? [{ header: 'Demandeur', width: 25, value: (r: RequestLogRow) => r.requesterName }]
      : []),
  ];
}

function calendarColumns(): Column<CalendarItem>[] {
  return [
    { header: 'Date', width: 12, kind: 'date', value: (c) => c.date },
    { header: 'En retard', width: 10, value: (c) => yesNo(c.overdue) },
    { header: 'Type', width: 22, value: (c) => t(`enum.calendarKind.${c.kind}`) },
    { header: 'Échéance', width: 60, value: (c) => c.title },
    { header: 'Détail', width: 40, value: (c) => c.detail },
  ];
}

interface OrganisationRow {
  label: string;
  value: string;
  kind: CellKind;
}

function organisationRows(data: RegisterData): OrganisationRow[] {
  const o = data.organisation;
  const text = (label: string, value: string): OrganisationRow => ({ label, value, kind: 'text' });
  return [
    text('Responsable du traitement', o?.legalName ?? ''),
    text('Forme juridique', o?.legalForm ?? ''),
    text('SIREN', o?.siren ?? ''),
    text('Adresse', o?.address ?? ''),
    text('Téléphone', o?.phone ?? ''),
    text('Courriel', o?.email ?? ''),
    text('Représentant légal', o?.representative ?? ''),
    text('Délégué à la protection des données', o?.dpoName ?? ''),
    text('Courriel du DPO', o?.dpoEmail ?? ''),
    text('Téléphone du DPO', o?.dpoPhone ?? ''),
    text('Adresse du DPO', o?.dpoAddress ?? ''),
    text('Numéro de désignation CNIL', o?.dpoCnilNumber ?? ''),
    { label: 'Date d’édition', value: data.today, kind: 'date' },
    text('Trimestre', data.quarter),
    text('Édité avec', `DPO Desk ${data.appVersion}`),
  ];
}

/** One sheet to write: its name, columns and rows (rows may come from the database page by page). */
export interface SheetPlan {
  name: string;
  columns: readonly Column<never>[];
  rows: Iterable<unknown> | AsyncIterable<unknown>;
  /** Whether its rows count on the progress bar. */
  counted: boolean;
}

function plan<Row>(
  name: string,
  columns: readonly Column<Row>[],
  rows: Iterable<Row> | AsyncIterable<Row>,
  counted = true,
): SheetPlan {
  // Columns and rows go together: the plan only hides their common row type.
  return { name, columns, rows, counted };
}

/**
 * The workbook's sheets, in order: Organisation, Registre (Art. 30(1)), Sous-traitance
 * (Art. 30(2)), Sous-traitants et destinataires, Transferts hors UE, Conservation, Demandes,
 * Échéances. The bench writes the same cells with a bare writer from it.
 */
export function workbookPlan(data: RegisterData): SheetPlan[] {
  const lookups = registerLookups(data);
  const names = activityNames(data);
  return [
    plan<OrganisationRow>(
      'Organisation',
      [
        { header: 'Élément', width: 36, value: (r) => r.label },
        { header: 'Valeur', width: 60, kind: (r) => r.kind, value: (r) => r.value },
      ],
      organisationRows(data),
      false,
    ),
    plan(
      'Registre',
      controllerColumns(lookups),
      data.activities.filter((a) => a.register === 'controller'),
    ),
    plan(
      'Sous-traitance',
      processorRegisterColumns(lookups),
      data.activities.filter((a) => a.register === 'processor'),
    ),
    plan('Sous-traitants et destinataires', processorColumns(data.today, names), data.processors),
    plan<TransferRow>(
      'Transferts hors UE',
      [
        { header: 'Activité ou prestataire', width: 40, value: (r) => r.source },
        { header: 'Destinataire', width: 30, value: (r) => r.recipient },
        { header: 'Pays', width: 15, value: (r) => r.country },
        { header: 'Garantie (chapitre V)', width: 30, value: (r) => r.safeguard },
        { header: 'Documentation', width: 40, value: (r) => r.documentation },
      ],
      transferRows(data, t),
      false,
    ),
    plan('Conservation', retentionColumns(), retentionRows(data, names), false),
    plan('Demandes', requestColumns(data.includeRequesterNames), data.requests()),
    plan('Échéances', calendarColumns(), data.calendar),
  ];
}

/** The number of rows the progress bar counts. */
export function xlsxSteps(data: RegisterData): number {
  return data.activities.length + data.processors.length + data.calendar.length + data.requestCount;
}

/**
 * The register workbook, streamed to `path` (rows are flushed as they are written). Returns the
 * number of rows of each sheet.
 */
export async function writeRegisterXlsx(
  path: string,
  data: RegisterData,
  progress: Progress = () => undefined,
): Promise<Record<string, number>> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  const organisation = data.organisation?.legalName ?? '';
  workbook.creator = 'DPO Desk';
  workbook.title = `Registre des activités de traitement — ${organisation} — ${data.quarter}`;
  workbook.created = excelDate(data.today) ?? new Date(0);
  const footer = `Registre RGPD — ${organisation} — ${data.quarter}`;
  const total = xlsxSteps(data);
  let done = 0;
  const step = () => {
    done++;
    if (done % 500 === 0) progress(done, total);
  };
  const rows: Record<string, number> = {};
  for (const sheet of workbookPlan(data)) {
    rows[sheet.name] = await writeSheet(
      workbook,
      sheet.name,
      sheet.columns,
      sheet.rows as Iterable<never> | AsyncIterable<never>,
      footer,
      sheet.counted ? step : () => undefined,
    );
  }
  await workbook.commit();
  progress(total, total);
  return rows;
}
