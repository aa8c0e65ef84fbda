/**
 * A register kept in the CNIL model (« registre-traitement-simplifie »), built the way real
 * files are: the list sheet, the empty model fiche, and fiche sheets duplicated and renamed,
 * labels retyped, blank rows, dates as cells or as text (one in the American order, as in the
 * CNIL's own example), a transfer under « Clauses contractuelles types (CCT) », a « Privacy
 * shield » still chosen, a merged label and a formula.
 */
import ExcelJS from 'exceljs';

interface FicheContent {
  name: string;
  reference: string | ExcelJS.CellFormulaValue;
  created: Date | string;
  updated: Date | string;
  purpose: string;
  subPurposes?: string[];
  categories: [label: string, description: string, retention: string][];
  sensitive?: [label: string, description: string, retention: string][];
  subjects: string[];
  recipients: [type: string, details: string][];
  security: [type: string, details: string][];
  transfers?: [recipient: string, country: string, safeguard: string, documentation: string][];
  jointController?: [name: string, address: string, town: string];
}

const categoryRows = [
  'État civil, identité, données d’identification, images…',
  'Vie personnelle (habitudes de vie, situation familiale, etc.)',
  'Vie professionnelle (CV, scolarité formation professionnelle, distinctions, etc.)',
  'Informations d’ordre économique et financier (revenus, situation financière, données bancaires, etc.)',
  'Données de connexion (adresses IP, journaux d’événements, etc.)',
  'Données de localisation (déplacements, données GPS, GSM, etc.)',
  'Numéro de Sécurité Sociale (ou NIR)',
];

const sensitiveRows = [
  'Données révélant l’origine raciale ou ethnique',
  'Données révélant les opinions politiques',
  'Données révélant les convictions religieuses ou philosophiques',
  'Données révélant l’appartenance syndicale',
  'Données génétiques',
  'Données biométriques aux fins d’identifier une personne physique de manière unique',
  'Données concernant la santé',
  'Données concernant la vie sexuelle ou l’orientation sexuelle',
  'Données relatives à des condamnations pénales ou infractions',
];

/** Writes one fiche laid out as sheet « 3 - Modèle de fiche de registre ». */
export function writeFiche(
  sheet: ExcelJS.Worksheet,
  content: FicheContent | null,
  options: { upperLabels?: boolean; blankRows?: boolean } = {},
): void {
  let row = 1;
  const label = (text: string) => (options.upperLabels === true ? text.toUpperCase() : text);
  const put = (values: (string | number | Date | ExcelJS.CellFormulaValue | null)[]) => {
    values.forEach((value, index) => {
      if (value !== null && value !== '') sheet.getCell(row, index + 1).value = value;
    });
    row += 1;
    if (options.blankRows === true && row % 7 === 0) row += 1;
  };
  put([label('Nom du traitement'), content?.name ?? null]);
  put([label('N° / RÉF'), content?.reference ?? null]);
  put([label('Date de création du traitement'), content?.created ?? null]);
  put([label('Mise à jour du traitement'), content?.updated ?? null]);
  row += 1;
  put(['Acteurs', 'Nom', 'Adresse', 'Code Postal', 'Ville', 'Pays', 'Téléphone', 'Adresse mél']);
  put([
    'Responsable du traitement',
    content === null ? null : 'Société Exemple',
    '1 rue de la Paix',
    '75002',
    'Paris',
    'France',
  ]);
  put(['Délégué à la protection des données']);
  put(['Société du DPO (si celui-ci est externe)']);
  put(['Représentant']);
  const joint = content?.jointController;
  put([
    'Responsable(s) conjoint(s)',
    joint?.[0] ?? null,
    joint?.[1] ?? null,
    null,
    joint?.[2] ?? null,
  ]);
  row += 1;
  put([label('Finalité principale'), content?.purpose ?? null]);
  for (let i = 1; i <= 5; i += 1)
    put([`Sous-finalité ${String(i)}`, content?.subPurposes?.[i - 1] ?? null]);
  row += 1;
  put(['Catégories de données personnelles concernées']);
  put([null, 'Description', 'Durée de conservation']);
  for (const category of categoryRows) {
    const found = content?.categories.find(([l]) => category.startsWith(l));
    put([category, found?.[1] ?? null, found?.[2] ?? null]);
  }
  row += 1;
  put(['Données sensibles']);
  put([null, 'Description', 'Durée de conservation']);
  for (const sensitive of sensitiveRows) {
    const found = content?.sensitive?.find(([l]) => sensitive.startsWith(l));
    put([sensitive, found?.[1] ?? null, found?.[2] ?? null]);
  }
  row += 1;
  put(['Catégories de personnes concernées']);
  put([null, 'Description', 'Précisions']);
  for (const subject of content?.subjects ?? ['']) put([null, subject]);
  row += 1;
  put(['Destinataires']);
  put([null, 'Type de destinataire', 'Précisions']);
  for (const [type, details] of content?.recipients ?? []) put([null, type, details]);
  row += 1;
  put(['Mesures de sécurité']);
  put([null, 'Type de mesure de sécurité', 'Précisions']);
  for (const [type, details] of content?.security ?? []) put([null, type, details]);
  row += 1;
  put(['Transferts hors UE']);
  put([null, 'Destinataire', 'Pays', 'Type de Garanties', 'Liens vers la documentation']);
  for (const transfer of content?.transfers ?? []) put([null, ...transfer]);
}

export const payroll: FicheContent = {
  name: 'Gestion de la paie',
  reference: 'PAIE-01',
  created: new Date(Date.UTC(2021, 2, 15)),
  updated: new Date(Date.UTC(2024, 0, 10)),
  purpose: 'Calcul et versement des salaires',
  subPurposes: ['Déclarations sociales'],
  categories: [
    ['État civil', 'Nom, prénom, date de naissance', '5 ans à compter du versement de la paie'],
    [
      'Informations d’ordre économique',
      'RIB, salaire',
      'Durée du contrat de travail, puis archivage',
    ],
    ['Numéro de Sécurité Sociale', 'NIR pour les déclarations sociales', '5 ans'],
  ],
  subjects: ['Salariés'],
  recipients: [
    ['Service interne', 'Service des ressources humaines'],
    ['Sous-traitant', 'Cabinet comptable Dupont'],
    ['Organismes sociaux', 'URSSAF, caisses de retraite'],
  ],
  security: [
    ['Contrôle d’accès des utilisateurs', 'Comptes nominatifs, habilitations RH'],
    ['Sauvegarde des données', 'Sauvegarde quotidienne chiffrée'],
  ],
  transfers: [
    [
      'Paie Pyrénées SL',
      'Andorre',
      'Clauses contractuelles types (CCT)',
      'https://exemple.fr/contrats/cct-paie.pdf',
    ],
  ],
};

export const recruitment: FicheContent = {
  name: 'Recrutement',
  reference: 'RH-02',
  // The CNIL's own example writes dates the American way.
  created: '03/25/2022',
  updated: '12/31/2023',
  purpose: 'Sélection des candidats',
  categories: [['État civil', 'CV, lettre de motivation', '2 ans après le dernier contact']],
  subjects: ['Candidats'],
  recipients: [['Service interne', 'Managers recruteurs']],
  security: [['Mesures de traçabilité', 'Journal des accès au logiciel de recrutement']],
  transfers: [['Jobboard Inc.', 'Etats Unis', 'Privacy shield', '']],
};

export const prospecting: FicheContent = {
  name: 'Prospection commerciale',
  reference: { formula: '"PROS"&"-03"', result: 'PROS-03', date1904: false },
  created: '15/01/2023',
  updated: 'le mois dernier',
  purpose: 'Envoi d’offres commerciales aux prospects',
  categories: [
    ['État civil', 'Nom, adresse électronique', '3 ans à compter du dernier contact'],
    ['Données de connexion', 'Adresse IP', 'Tant que le compte est actif'],
  ],
  sensitive: [['Données concernant la santé', 'Allergies déclarées', '1 an']],
  subjects: ['Prospects'],
  recipients: [['Sous-traitant', 'Routeur de courriels']],
  security: [
    ['Chiffrement des données', 'TLS'],
    ['Badge à l’entrée', 'Accès aux bureaux'],
  ],
  jointController: ['Partenaire Marketing SA', '4 place du Marché', 'Lyon'],
};

/** The CNIL model workbook: list, model fiche, three fiches (one renamed, one hidden). */
export function cnilWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('1 - Notice').getCell('A1').value = 'Registre des activités de traitement';
  const list = book.addWorksheet('2 - Liste des traitements');
  list.getCell('A1').value = 'Coordonnées du responsable de l’organisme';
  list.getCell('A2').value = 'Nom';
  list.getCell('B2').value = 'Exemple';
  const header = [
    'Nom du traitement',
    'N° / RÉF',
    'Date de création de la fiche',
    'Dernière mise à jour de la fiche',
    'Finalité du traitement',
    'Données sensibles ?',
  ];
  header.forEach((text, index) => (list.getCell(20, index + 1).value = text));
  const listed = [payroll, recruitment, prospecting];
  listed.forEach((fiche, index) => {
    list.getCell(21 + index, 1).value = fiche.name;
    list.getCell(21 + index, 5).value = fiche.purpose;
  });
  list.getCell(24, 1).value = 'Gestion des badges';
  list.getCell(24, 2).value = 'BADGE-04';
  list.getCell(24, 5).value = 'Contrôle des accès aux locaux';
  writeFiche(book.addWorksheet('3 - Modèle de fiche de registre'), null);
  writeFiche(book.addWorksheet('Fiche 1'), payroll);
  // Duplicated and renamed after the activity, labels retyped, blank rows inserted.
  writeFiche(book.addWorksheet('Recrutement'), recruitment, { upperLabels: true, blankRows: true });
  const third = book.addWorksheet('Fiche 3', { state: 'hidden' });
  writeFiche(third, prospecting);
  // The name typed across merged cells, as the model's layout does.
  third.mergeCells('B1:D1');
  return book;
}
