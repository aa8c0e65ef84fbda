import ExcelJS from 'exceljs';
import { excelDate, writeSheet, type CellKind, type Column } from './xlsxSheet';
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
import { needsArt28Contract, processorWarnings } from '../../shared/processors/warnings';
import { cookieColumns } from './cookieSheet';
import { breachRegisterLabels, breachRegisterRows, type BreachRegisterRow } from './breachRegister';
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

export { excelDate, looksLikeFormula, sheetOutlet, wrappedLines } from './xlsxSheet';

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
    { header: 'Concerne le public', width: 10, value: (a) => yesNo(a.concernsPublic) },
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
      header: 'Responsables de traitement (clients) pour lesquels il est agi',
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
    { header: 'Créée le', width: 12, kind: 'date', value: (a) => localDateOf(a.createdAt) },
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
    {
      header: 'Contrat',
      width: 14,
      value: (p) => (needsArt28Contract(p) ? t(`enum.contract.${p.contractStatus}`) : 'Sans objet'),
    },
    { header: 'Signé le', width: 12, kind: 'date', value: (p) => p.contractSignedOn },
    { header: 'Revue ou fin le', width: 12, kind: 'date', value: (p) => p.contractReviewOn },
    {
      header: 'Clauses art. 28.3',
      width: 10,
      value: (p) => (needsArt28Contract(p) ? `${String(p.clauses.length)} / 8` : ''),
    },
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

function breachColumns(): Column<BreachRegisterRow>[] {
  const wide = new Set(['circumstances', 'consequences', 'measures', 'risk', 'communication']);
  return (Object.keys(breachRegisterLabels) as (keyof BreachRegisterRow)[]).map((key) => ({
    header: breachRegisterLabels[key],
    width: wide.has(key) ? 40 : key === 'reference' ? 16 : 22,
    value: (row) => row[key],
  }));
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
 * Violations, Cookies et traceurs, Échéances. The bench writes the same cells with a bare writer from it.
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
    plan('Violations', breachColumns(), breachRegisterRows(data), false),
    plan('Cookies et traceurs', cookieColumns(), data.cookies, false),
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
    // zlib's default level: files a quarter smaller than exceljs's own choice, for little time.
    zip: { zlib: { level: 6 } },
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
