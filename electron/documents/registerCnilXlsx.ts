/**
 * The register written as the CNIL model arranges it (« registre-traitement-simplifie »): the
 * list of processing activities, then one fiche per activity, labels in column A and values to
 * their right. DPO Desk reads this file back into the same register (the import's round trip):
 * what the model has no row for (legal bases, notes) is written on rows of the same kind.
 */
import ExcelJS from 'exceljs';
import { translate } from '../../shared/i18n';
import type { ProcessingActivity, Retention } from '../../shared/schemas/activity';
import type { OrganisationSettings } from '../../shared/schemas/settings';
import { fromEventText, periodText } from '../../shared/retention/periods';
import { excelDate, looksLikeFormula } from './xlsxSheet';

const t = (key: string, values?: Record<string, string | number>) => translate('fr', key, values);

/** The model's row labels for the data categories, by kind. */
const categoryLabels: Record<string, string> = {
  identity: 'État civil, identité, données d’identification, images…',
  personalLife: 'Vie personnelle (habitudes de vie, situation familiale, etc.)',
  professionalLife:
    'Vie professionnelle (CV, scolarité formation professionnelle, distinctions, etc.)',
  economic:
    'Informations d’ordre économique et financier (revenus, situation financière, données bancaires, etc.)',
  connection: 'Données de connexion (adresses IP, journaux d’événements, etc.)',
  location: 'Données de localisation (déplacements, données GPS, GSM, etc.)',
};

const sensitiveLabels: Record<string, string> = {
  racialOrEthnicOrigin: 'Données révélant l’origine raciale ou ethnique',
  politicalOpinions: 'Données révélant les opinions politiques',
  religiousBeliefs: 'Données révélant les convictions religieuses ou philosophiques',
  tradeUnionMembership: 'Données révélant l’appartenance syndicale',
  genetic: 'Données génétiques',
  biometric: 'Données biométriques aux fins d’identifier une personne physique de manière unique',
  health: 'Données concernant la santé',
  sexLifeOrOrientation: 'Données concernant la vie sexuelle ou l’orientation sexuelle',
};

/** « 5 ans à compter du versement de la paie », as the import reads it back. */
export function retentionText(retention: Retention): string {
  if (retention.mode === 'criteria') return retention.criteria;
  if (retention.mode === 'undetermined' || retention.duration === null) return '';
  const period = periodText({ value: retention.duration, unit: retention.unit }, t);
  return retention.startEvent === ''
    ? period
    : `${period} ${fromEventText(retention.startEvent, t)}`;
}

type Value = string | Date | null;

class FicheWriter {
  private row = 1;
  constructor(private readonly sheet: ExcelJS.Worksheet) {
    sheet.getColumn(1).width = 45;
    for (let column = 2; column <= 8; column += 1) sheet.getColumn(column).width = 28;
  }

  put(values: Value[], bold = false): void {
    values.forEach((value, index) => {
      if (value === null || value === '') return;
      const cell = this.sheet.getCell(this.row, index + 1);
      cell.value = value;
      if (typeof value === 'string' && looksLikeFormula(value)) cell.numFmt = '@';
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (bold || index === 0) cell.font = { bold: true };
    });
    this.row += 1;
  }

  skip(): void {
    this.row += 1;
  }
}

function sheetName(activity: ProcessingActivity, taken: Set<string>): string {
  // Excel refuses []:*?/\ in a sheet name and more than 31 characters.
  const base = `${activity.reference} ${activity.name}`
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim();
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1)
    name = `${base.slice(0, 27)} (${String(n)})`;
  taken.add(name.toLowerCase());
  return name;
}

function writeFiche(
  sheet: ExcelJS.Worksheet,
  a: ProcessingActivity,
  org: OrganisationSettings | null,
): void {
  const w = new FicheWriter(sheet);
  w.put(['Nom du traitement', a.name]);
  w.put(['N° / RÉF', a.reference]);
  w.put(['Date de création du traitement', excelDate(a.createdAt.slice(0, 10))]);
  w.put(['Mise à jour du traitement', excelDate(a.updatedAt.slice(0, 10))]);
  w.put(['Observations', a.notes]);
  w.skip();
  w.put(
    ['Acteurs', 'Nom', 'Adresse', 'Code Postal', 'Ville', 'Pays', 'Téléphone', 'Adresse mél'],
    true,
  );
  w.put([
    'Responsable du traitement',
    org?.legalName ?? null,
    org?.address ?? null,
    null,
    null,
    null,
    org?.phone ?? null,
    org?.email ?? null,
  ]);
  w.put([
    'Délégué à la protection des données',
    org?.dpoName ?? null,
    org?.dpoAddress ?? null,
    null,
    null,
    null,
    org?.dpoPhone ?? null,
    org?.dpoEmail ?? null,
  ]);
  w.put(['Société du DPO (si celui-ci est externe)']);
  w.put(['Représentant', org?.representative ?? null]);
  w.put(['Responsable(s) conjoint(s)', a.jointController, a.jointControllerContact]);
  w.skip();
  const [main, ...others] = a.purposes;
  const purposeRows = (purpose: (typeof a.purposes)[number] | undefined) => {
    if (purpose?.legalBasis !== null && purpose?.legalBasis !== undefined) {
      w.put(['Base légale', t(`enum.legalBasis.${purpose.legalBasis}`)]);
      if (purpose.legitimateInterest !== '')
        w.put(['Intérêt légitime poursuivi', purpose.legitimateInterest]);
    }
  };
  w.put(['Finalité principale', main?.description ?? null]);
  purposeRows(main);
  others.forEach((purpose, index) => {
    w.put([`Sous-finalité ${String(index + 1)}`, purpose.description]);
    purposeRows(purpose);
  });
  w.skip();
  w.put(
    ['Catégories de données personnelles concernées', 'Description', 'Durée de conservation'],
    true,
  );
  for (const category of a.dataCategories) {
    w.put([
      categoryLabels[category.kind] ?? t(`enum.dataCategory.${category.kind}`),
      category.description === '' ? 'Oui' : category.description,
      retentionText(category.retention),
    ]);
  }
  if (a.nir)
    w.put(['Numéro de Sécurité Sociale (ou NIR)', a.nirDetails === '' ? 'Oui' : a.nirDetails]);
  w.skip();
  w.put(['Données sensibles', 'Description', 'Durée de conservation'], true);
  for (const kind of a.sensitiveData) w.put([sensitiveLabels[kind] ?? kind, 'Oui']);
  if (a.criminalData) {
    w.put([
      'Données relatives à des condamnations pénales ou infractions',
      a.criminalDataDetails === '' ? 'Oui' : a.criminalDataDetails,
    ]);
  }
  w.skip();
  w.put(['Catégories de personnes concernées', 'Description', 'Précisions'], true);
  for (const subject of a.dataSubjects) w.put([null, subject]);
  w.skip();
  w.put(['Destinataires', 'Type de destinataire', 'Précisions'], true);
  for (const recipient of a.recipients)
    w.put([null, t(`enum.recipient.${recipient.kind}`), recipient.name]);
  w.skip();
  w.put(['Mesures de sécurité', 'Type de mesure de sécurité', 'Précisions'], true);
  for (const [heading, measure] of Object.entries(a.security)) {
    if (measure.applied) w.put([null, t(`enum.security.${heading}`), measure.description]);
  }
  w.skip();
  w.put(
    [
      'Transferts hors UE',
      'Destinataire',
      'Pays',
      'Type de Garanties',
      'Liens vers la documentation',
    ],
    true,
  );
  for (const transfer of a.transfers) {
    w.put([
      null,
      transfer.recipient,
      transfer.country,
      transfer.safeguard === null ? null : t(`enum.safeguard.${transfer.safeguard}`),
      transfer.documentation,
    ]);
  }
}

export function cnilWorkbookOf(
  activities: readonly ProcessingActivity[],
  organisation: OrganisationSettings | null,
  /** Listed in an annex, not as fiches: the CNIL model's register holds activities in force. */
  archived: readonly ProcessingActivity[] = [],
): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'DPO Desk';
  const notice = book.addWorksheet('1 - Notice');
  // The import knows its own export by these words: the fiche dates are then the records' own.
  notice.getCell('A1').value =
    'Registre des activités de traitement (modèle CNIL), écrit par DPO Desk';
  const list = book.addWorksheet('2 - Liste des traitements');
  const contacts: [string, string][] = [
    ['Organisme', organisation?.legalName ?? ''],
    ['Adresse', organisation?.address ?? ''],
    ['Délégué à la protection des données', organisation?.dpoName ?? ''],
    ['Adresse mél du DPO', organisation?.dpoEmail ?? ''],
  ];
  contacts.forEach(([label, value], index) => {
    list.getCell(index + 1, 1).value = label;
    if (value !== '') list.getCell(index + 1, 2).value = value;
  });
  const header = [
    'Nom du traitement',
    'N° / RÉF',
    'Date de création de la fiche',
    'Dernière mise à jour de la fiche',
    'Finalité du traitement',
    'Données sensibles ?',
  ];
  const first = contacts.length + 2;
  header.forEach((text, index) => {
    const cell = list.getCell(first, index + 1);
    cell.value = text;
    cell.font = { bold: true };
  });
  activities.forEach((a, index) => {
    const row = list.getRow(first + 1 + index);
    const sensitive = a.sensitiveData.length > 0 || a.criminalData || a.nir;
    row.values = [
      a.name,
      a.reference,
      excelDate(a.createdAt.slice(0, 10)),
      excelDate(a.updatedAt.slice(0, 10)),
      a.purposes[0]?.description ?? '',
      sensitive ? 'Oui' : 'Non',
    ];
    if (looksLikeFormula(a.name)) row.getCell(1).numFmt = '@';
  });
  const taken = new Set(['1 - notice', '2 - liste des traitements', annexName.toLowerCase()]);
  for (const activity of activities)
    writeFiche(book.addWorksheet(sheetName(activity, taken)), activity, organisation);
  if (archived.length > 0) writeAnnex(book.addWorksheet(annexName), archived);
  return book;
}

const annexName = 'Annexe - Traitements archivés';

/**
 * The activities no longer in force: not in the register the CNIL model lists, but kept in view
 * (a DPO answers for what was processed), on a sheet of their own that the import leaves aside.
 */
function writeAnnex(sheet: ExcelJS.Worksheet, archived: readonly ProcessingActivity[]): void {
  sheet.getCell('A1').value =
    'Traitements archivés : hors du registre en vigueur, gardés pour mémoire (non relus à l’import)';
  const header = [
    'Traitement archivé',
    'N° / RÉF',
    'Date de création de la fiche',
    'Archivé le',
    'Finalité principale',
    'Statut',
  ];
  header.forEach((text, index) => {
    const cell = sheet.getCell(3, index + 1);
    cell.value = text;
    cell.font = { bold: true };
  });
  archived.forEach((a, index) => {
    const row = sheet.getRow(4 + index);
    row.values = [
      a.name,
      a.reference,
      excelDate(a.createdAt.slice(0, 10)),
      excelDate(a.updatedAt.slice(0, 10)),
      a.purposes[0]?.description ?? '',
      'Archivé',
    ];
    if (looksLikeFormula(a.name)) row.getCell(1).numFmt = '@';
    if (looksLikeFormula(a.purposes[0]?.description ?? '')) row.getCell(5).numFmt = '@';
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    row.getCell(4).numFmt = 'dd/mm/yyyy';
  });
}
