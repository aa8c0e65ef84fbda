import { countActivities } from '../../db/activities';
import { getOrganisationSettings } from '../../db/settings';
import type { ExampleLoaded } from '../../shared/api';
import { AppError } from '../../shared/errors';
import {
  activityInputSchema,
  emptyActivity,
  emptySecurity,
  type ActivityFields,
  type DataCategory,
} from '../../shared/schemas/activity';
import type { ClientFields } from '../../shared/schemas/client';
import type { OrganisationSettingsFields } from '../../shared/schemas/settings';
import { addDays, localCalendarDate } from '../../shared/dates';
import { art28Clauses } from '../../shared/processors/vocabulary';
import {
  emptyProcessor,
  processorInputSchema,
  type ProcessorFields,
} from '../../shared/schemas/processor';
import { createActivityIn } from './activities';
import { createProcessorIn } from './processors';
import { createRequestIn } from './requests';
import { recordRetentionAction, saveRule, saveTrackedItem } from './retention';
import { addPeriod } from '../../shared/retention/periods';
import type { RetentionRuleFields, TrackedItemFields } from '../../shared/schemas/retention';
import { emptyRequest, requestInputSchema, type RequestFields } from '../../shared/schemas/request';
import type { Context } from './context';
import { loadExampleBreaches } from './exampleBreaches';
import { loadExampleCookies } from './exampleCookies';
import { saveClient } from './clients';
import { saveSettings } from './settings';
import { transact, withTransaction } from './transact';

/**
 * The example register, written from the two seed documents (the privacy policy of a call centre
 * in Castelnau-le-Lez and the cookie policy of a call-centre platform), so that every screen has
 * real content on first run. Names of client companies are invented.
 */

export const exampleOrganisation: OrganisationSettingsFields = {
  legalName: 'CALLIMEDIA (exemple)',
  legalForm: 'SAS',
  siren: '552100554',
  address: '1 Chemin de Borie, Parc de Bellegarde Bât. A\n34170 Castelnau-le-Lez',
  phone: '04 65 71 00 00',
  email: 'contact@callimedia.example',
  representative: 'Le Président',
  dpoName: 'Camille Roux',
  dpoEmail: 'rgpd@callimedia.example',
  dpoPhone: '04 65 71 00 01',
  dpoAddress: 'DPO, 1 Chemin de Borie, Parc de Bellegarde Bât. A\n34170 Castelnau-le-Lez',
  dpoCnilNumber: '',
  letterPlace: 'Castelnau-le-Lez',
  shareCapital: '100 000 €',
  rcsTown: 'Montpellier',
};

export const exampleClients: ClientFields[] = [
  {
    name: 'Énergies du Sud (exemple)',
    address: '12 avenue de la Mer\n34000 Montpellier',
    contactName: 'Direction marketing',
    contactEmail: 'marketing@energies-du-sud.example',
    contactPhone: '',
    dpoContact: 'dpo@energies-du-sud.example',
    notes: 'Contrat de sous-traitance (article 28) signé pour les campagnes d’appels sortants.',
  },
  {
    name: 'Mutuelle Horizon (exemple)',
    address: '5 rue des Remparts\n30000 Nîmes',
    contactName: 'Service relation adhérents',
    contactEmail: 'relation@mutuelle-horizon.example',
    contactPhone: '',
    dpoContact: 'dpo@mutuelle-horizon.example',
    notes: 'Service client externalisé : appels entrants des adhérents.',
  },
];

function years(count: number, startEvent: string): DataCategory['retention'] {
  return { mode: 'duration', duration: count, unit: 'years', startEvent, criteria: '' };
}

function months(count: number, startEvent: string): DataCategory['retention'] {
  return { mode: 'duration', duration: count, unit: 'months', startEvent, criteria: '' };
}

function criteria(text: string): DataCategory['retention'] {
  return { mode: 'criteria', duration: null, unit: 'years', startEvent: '', criteria: text };
}

const usualSecurity = (() => {
  const security = emptySecurity();
  security.accessControl = {
    applied: true,
    description: 'Accès limité aux personnes ayant un besoin opérationnel ; comptes nominatifs.',
  };
  security.traceability = {
    applied: true,
    description: 'Journalisation des accès et des modifications, conservée 6 mois.',
  };
  security.backup = { applied: true, description: 'Sauvegardes quotidiennes chiffrées.' };
  security.processorControl = {
    applied: true,
    description: 'Clauses de l’article 28 dans les contrats des prestataires.',
  };
  return security;
})();

function activity(fields: Partial<ActivityFields>): ActivityFields {
  return activityInputSchema.parse({
    ...emptyActivity(),
    status: 'active',
    security: usualSecurity,
    sourceDirect: true,
    informationNotice:
      'Politique de protection des données personnelles publiée sur le site internet.',
    dpiaStatus: 'notRequired',
    ...fields,
  });
}

export function exampleActivities(clientIds: readonly string[]): ActivityFields[] {
  const [energies = '', mutuelle = ''] = clientIds;
  return [
    activity({
      name: 'Prospection commerciale',
      concernsPublic: true,
      ownerService: 'Direction commerciale',
      software: 'CRM',
      purposes: [
        {
          description:
            'Informer les prospects de nos offres commerciales et promotionnelles (produits, services, devis, actualités) par courriel, courrier ou téléphone.',
          legalBasis: 'consent',
          legitimateInterest: '',
        },
        {
          description:
            'Envoyer des campagnes marketing par courriel, courrier ou téléphone, y compris par un prestataire.',
          legalBasis: 'consent',
          legitimateInterest: '',
        },
      ],
      dataSubjects: ['Prospects'],
      dataCategories: [
        {
          kind: 'identity',
          description: 'État civil, identité, coordonnées de contact.',
          retention: years(
            3,
            'dernier contact actif du prospect (le délai repart à chaque sollicitation active de sa part)',
          ),
        },
        {
          kind: 'professionalLife',
          description: 'Fonction, entreprise.',
          retention: years(3, 'dernier contact actif du prospect'),
        },
        {
          kind: 'telephony',
          description: 'Numéro de téléphone, historique des appels.',
          retention: years(3, 'dernier contact actif du prospect'),
        },
      ],
      recipients: [
        { kind: 'internal', name: 'Direction commerciale' },
        { kind: 'processor', name: 'Prestataires de campagnes marketing' },
      ],
      sourceThirdParties: true,
      sourceDetails:
        'Données collectées directement ou auprès de partenaires s’engageant à respecter le RGPD.',
      mandatoryData: 'Les données obligatoires sont signalées lors de la collecte.',
    }),
    activity({
      name: 'Exécution des contrats et des services',
      concernsPublic: true,
      ownerService: 'Direction des opérations',
      software: 'ERP, outil de facturation',
      purposes: [
        {
          description:
            'Exécuter les contrats en cours, informer le client sur sa commande, ses factures et documents contractuels, exécuter les garanties.',
          legalBasis: 'contract',
          legitimateInterest: '',
        },
        {
          description: 'Respecter nos obligations légales comptables et fiscales.',
          legalBasis: 'legalObligation',
          legitimateInterest: '',
        },
      ],
      dataSubjects: ['Clients'],
      dataCategories: [
        {
          kind: 'identity',
          description: 'État civil, identité, coordonnées.',
          retention: years(
            3,
            'fin de la relation commerciale (dernière activité du client), après la durée du contrat',
          ),
        },
        {
          kind: 'economic',
          description: 'Informations d’ordre économique et financier, factures.',
          retention: years(10, 'clôture de l’exercice (pièces comptables, Code de commerce)'),
        },
        {
          kind: 'connection',
          description: 'Données de connexion à l’espace client.',
          retention: years(3, 'fin de la relation commerciale'),
        },
      ],
      recipients: [
        { kind: 'internal', name: 'Direction des opérations' },
        { kind: 'internal', name: 'Service comptabilité' },
        { kind: 'external', name: 'Commissaires aux comptes et experts-comptables' },
        { kind: 'processor', name: 'Prestataires informatiques et d’infogérance' },
      ],
    }),
    activity({
      name: 'Relation client et suivi clientèle',
      concernsPublic: true,
      ownerService: 'Service client',
      software: 'CRM',
      purposes: [
        {
          description:
            'Gérer la relation client, les demandes, réclamations et litiges, suivre l’historique client.',
          legalBasis: 'contract',
          legitimateInterest: '',
        },
      ],
      dataSubjects: ['Clients'],
      dataCategories: [
        {
          kind: 'identity',
          description: 'Identité et coordonnées.',
          retention: years(3, 'fin de la relation commerciale (dernière activité du client)'),
        },
        {
          kind: 'telephony',
          description: 'Échanges téléphoniques et courriels avec le service client.',
          retention: years(3, 'fin de la relation commerciale'),
        },
      ],
      recipients: [{ kind: 'internal', name: 'Service client' }],
    }),
    activity({
      name: 'Paiements et lutte contre la fraude',
      concernsPublic: true,
      ownerService: 'Direction administrative et financière',
      purposes: [
        {
          description: 'Encaisser les paiements, directement ou par un prestataire de paiement.',
          legalBasis: 'contract',
          legitimateInterest: '',
        },
        {
          description: 'Lutter contre la fraude sur les paiements et prélèvements.',
          legalBasis: 'legitimateInterest',
          legitimateInterest:
            'Protéger l’entreprise et ses clients contre les paiements frauduleux et les impayés.',
        },
      ],
      dataSubjects: ['Clients'],
      dataCategories: [
        {
          kind: 'economic',
          description: 'Coordonnées bancaires, historique des transactions.',
          retention: criteria(
            'Le temps nécessaire à la durée de la relation contractuelle ou dans les limites légales.',
          ),
        },
      ],
      recipients: [
        { kind: 'processor', name: 'Prestataires de paiement' },
        { kind: 'processor', name: 'Prestataires de sécurité des paiements' },
      ],
    }),
    activity({
      name: 'Amélioration des services, enquêtes de satisfaction et statistiques',
      concernsPublic: true,
      ownerService: 'Direction marketing',
      purposes: [
        {
          description:
            'Améliorer nos offres et services, suivre le parcours utilisateur, réaliser des enquêtes de satisfaction et des statistiques anonymes.',
          legalBasis: 'legitimateInterest',
          legitimateInterest: 'Améliorer la qualité de nos services et adapter nos offres.',
        },
      ],
      dataSubjects: ['Clients', 'Utilisateurs inscrits'],
      dataCategories: [
        {
          kind: 'identity',
          description: 'Coordonnées des personnes interrogées.',
          retention: years(3, 'fin de la relation commerciale'),
        },
        {
          kind: 'other',
          description: 'Réponses aux enquêtes (anonymisées pour les statistiques).',
          retention: years(1, 'clôture de l’enquête'),
        },
      ],
      recipients: [
        {
          kind: 'processor',
          name: 'Prestataires d’analyse de données, de sondages et de statistiques',
        },
      ],
    }),
    activity({
      name: 'Mesure d’audience et gestion des cookies du site internet',
      concernsPublic: true,
      ownerService: 'Direction marketing',
      software: 'Google Analytics, Matomo, Microsoft Clarity, outil de gestion du consentement',
      purposes: [
        {
          description:
            'Mesurer l’audience du site, comprendre la navigation et améliorer le site (cookies de mesure d’audience et analytiques).',
          legalBasis: 'consent',
          legitimateInterest: '',
        },
        {
          description:
            'Conserver les choix de consentement des visiteurs (accepter, refuser, personnaliser).',
          legalBasis: 'legalObligation',
          legitimateInterest: '',
        },
      ],
      dataSubjects: ['Visiteurs du site internet'],
      dataCategories: [
        {
          kind: 'internet',
          description:
            'Adresse IP, données de navigation, type de navigateur, appareil, pages consultées, durée de visite, interactions.',
          retention: months(13, 'premier dépôt du cookie'),
        },
        {
          kind: 'connection',
          description: 'Choix de consentement aux cookies.',
          retention: months(6, 'enregistrement du choix'),
        },
      ],
      recipients: [
        { kind: 'processor', name: 'Google Analytics' },
        { kind: 'processor', name: 'Matomo' },
        { kind: 'processor', name: 'Microsoft Clarity' },
      ],
      transfers: [
        {
          recipient: 'Google LLC (Google Analytics)',
          country: 'États-Unis',
          safeguard: 'adequacyDecision',
          documentation:
            'Cadre de protection des données UE–États-Unis (décision d’adéquation du 10 juillet 2023).',
        },
        {
          recipient: 'Microsoft Corporation (Microsoft Clarity)',
          country: 'États-Unis',
          safeguard: 'adequacyDecision',
          documentation:
            'Cadre de protection des données UE–États-Unis (décision d’adéquation du 10 juillet 2023).',
        },
      ],
      informationNotice:
        'Politique cookies du site et bandeau de consentement (consentement valable 13 mois au plus).',
      dpiaCriteria: ['systematicMonitoring'],
    }),
    activity({
      name: 'Respect du droit et des décisions de justice',
      concernsPublic: true,
      ownerService: 'Direction juridique',
      purposes: [
        {
          description:
            'Répondre aux demandes des autorités administratives ou judiciaires et se conformer aux décisions de justice.',
          legalBasis: 'legalObligation',
          legitimateInterest: '',
        },
        {
          description: 'Protéger nos droits, constater, exercer ou défendre nos droits en justice.',
          legalBasis: 'legitimateInterest',
          legitimateInterest: 'Défendre les intérêts de l’entreprise en cas de litige.',
        },
      ],
      dataSubjects: ['Clients', 'Prospects'],
      dataCategories: [
        {
          kind: 'identity',
          description: 'Identité et éléments du dossier concerné.',
          retention: criteria('Durée de la prescription applicable à l’action concernée.'),
        },
      ],
      recipients: [
        { kind: 'authority', name: 'Autorités, administrations et juridictions françaises' },
        { kind: 'external', name: 'Avocats et auxiliaires de justice' },
      ],
    }),
    activity({
      name: 'Vidéosurveillance et contrôle d’accès par badge',
      ownerService: 'Services généraux',
      purposes: [
        {
          description: 'Protéger les biens et les personnes dans les locaux.',
          legalBasis: 'legitimateInterest',
          legitimateInterest: 'Sécurité des locaux, des biens et des personnes.',
        },
      ],
      dataSubjects: ['Salariés', 'Visiteurs'],
      dataCategories: [
        {
          kind: 'identity',
          description: 'Images des caméras ; nom et numéro de badge.',
          retention: months(1, 'enregistrement des images'),
        },
        {
          kind: 'location',
          description: 'Horaires et points de passage des badges.',
          retention: months(3, 'passage du badge'),
        },
      ],
      recipients: [
        { kind: 'internal', name: 'Services généraux' },
        { kind: 'processor', name: 'Prestataire de sécurité' },
      ],
      dpiaCriteria: ['systematicMonitoring'],
    }),
    activity({
      name: 'Gestion des demandes d’exercice des droits',
      concernsPublic: true,
      ownerService: 'Délégué à la protection des données',
      software: 'DPO Desk',
      purposes: [
        {
          description:
            'Recevoir, instruire et répondre aux demandes d’accès, de rectification, d’effacement, d’opposition, de limitation et de portabilité.',
          legalBasis: 'legalObligation',
          legitimateInterest: '',
        },
      ],
      dataSubjects: ['Clients', 'Prospects', 'Visiteurs du site internet'],
      dataCategories: [
        {
          kind: 'identity',
          description:
            'Identité et coordonnées du demandeur, objet de la demande, réponse apportée.',
          retention: years(5, 'clôture de la demande'),
        },
      ],
      recipients: [{ kind: 'internal', name: 'Délégué à la protection des données' }],
    }),
    activity({
      name: 'Enregistrement des appels (qualité et formation)',
      status: 'draft',
      ownerService: 'Direction des opérations',
      software: 'Plateforme de téléphonie',
      purposes: [
        {
          description: 'Évaluer la qualité des appels et former les téléconseillers.',
          legalBasis: null,
          legitimateInterest: '',
        },
      ],
      dataSubjects: ['Personnes appelées par le centre d’appels', 'Salariés'],
      dataCategories: [
        {
          kind: 'telephony',
          description: 'Enregistrements vocaux des appels.',
          retention: {
            mode: 'undetermined',
            duration: null,
            unit: 'months',
            startEvent: '',
            criteria: '',
          },
        },
      ],
      dpiaStatus: 'notAssessed',
      notes:
        'Fiche à compléter : base légale, durée de conservation des enregistrements, analyse d’impact.',
    }),
    activity({
      register: 'processor',
      name: 'Campagnes d’appels sortants pour le compte de clients',
      ownerService: 'Direction des opérations',
      software: 'Plateforme de téléphonie, CRM du client',
      clientIds: [energies],
      purposes: [
        {
          description:
            'Appeler les prospects et clients du client donneur d’ordre selon ses instructions documentées.',
          legalBasis: 'contract',
          legitimateInterest: '',
        },
      ],
      dataSubjects: ['Personnes appelées par le centre d’appels'],
      dataCategories: [
        {
          kind: 'identity',
          description: 'Nom, prénom, coordonnées transmis par le client.',
          retention: criteria(
            'Durée de la campagne, puis restitution ou suppression selon les instructions du client.',
          ),
        },
        {
          kind: 'telephony',
          description: 'Numéros appelés, résultats d’appels.',
          retention: criteria('Durée de la campagne, puis restitution au client.'),
        },
      ],
    }),
    activity({
      register: 'processor',
      name: 'Service client externalisé (appels entrants)',
      ownerService: 'Direction des opérations',
      clientIds: [mutuelle],
      purposes: [
        {
          description:
            'Répondre aux appels des adhérents du client et tracer les demandes dans ses outils.',
          legalBasis: 'contract',
          legitimateInterest: '',
        },
      ],
      dataSubjects: ['Adhérents du client'],
      dataCategories: [
        {
          kind: 'identity',
          description: 'Identité, numéro d’adhérent, coordonnées.',
          retention: criteria('Aucune conservation hors des outils du client.'),
        },
        {
          kind: 'telephony',
          description: 'Appels entrants.',
          retention: criteria('Selon les instructions du client.'),
        },
      ],
    }),
  ];
}

type ExampleProcessor = Partial<ProcessorFields> & {
  name: string;
  /** Names of the example activities it serves. */
  serves: string[];
};

const allClauses = [...art28Clauses];

/** The seeds' processors and recipients; the review dates follow the day the example is loaded. */
export function exampleProcessors(today: string): ExampleProcessor[] {
  const signed = (reviewInDays: number, clauses: ProcessorFields['clauses'] = allClauses) => ({
    contractStatus: 'signed' as const,
    contractSignedOn: addDays(today, -400),
    contractReviewOn: addDays(today, reviewInDays),
    clauses,
  });
  return [
    {
      name: 'Services externalisés Sud (exemple)',
      category: 'outsourcedServices',
      services: 'Gestion des services externalisés pour l’exécution de nos services et contrats.',
      dataCategories: ['identity', 'economic'],
      ...signed(500),
      serves: ['Exécution des contrats et des services'],
    },
    {
      name: 'Institut d’études et de sondages (exemple)',
      category: 'dataAnalysisSurveys',
      services: 'Analyses de données, enquêtes de satisfaction, sondages et statistiques.',
      dataCategories: ['identity', 'other'],
      ...signed(300),
      serves: ['Amélioration des services, enquêtes de satisfaction et statistiques'],
    },
    {
      name: 'Cabinet de commissariat aux comptes (exemple)',
      role: 'independentRecipient',
      category: 'statutoryAuditor',
      services: 'Certification des comptes annuels.',
      dataCategories: ['economic'],
      serves: ['Exécution des contrats et des services'],
    },
    {
      name: 'Cabinet d’expertise comptable (exemple)',
      category: 'accountant',
      services: 'Tenue de la comptabilité, paie.',
      dataCategories: ['identity', 'economic'],
      // Review due within 60 days: the DPO sees the warning.
      ...signed(30),
      serves: ['Exécution des contrats et des services'],
    },
    {
      name: 'Infogérance Occitanie (exemple)',
      category: 'itManagedServices',
      services: 'Infogérance, hébergement et maintenance du système d’information.',
      dataCategories: ['identity', 'connection', 'telephony'],
      certifications: ['ISO 27001'],
      // Two Art. 28(3) clauses missing: the checklist warns.
      ...signed(700, allClauses.slice(0, 6)),
      serves: [
        'Exécution des contrats et des services',
        'Relation client et suivi clientèle',
        'Gestion des demandes d’exercice des droits',
      ],
    },
    {
      name: 'Sécurité Sites et Personnes (exemple)',
      category: 'security',
      services: 'Télésurveillance, maintenance de la vidéosurveillance et du contrôle d’accès.',
      dataCategories: ['identity', 'location'],
      contractStatus: 'negotiation',
      serves: ['Vidéosurveillance et contrôle d’accès par badge'],
    },
    {
      name: 'Paiement Sécurisé (exemple)',
      category: 'payment',
      services: 'Encaissement par carte et prélèvement, lutte contre la fraude.',
      dataCategories: ['economic'],
      certifications: ['PCI DSS'],
      ...signed(900),
      serves: ['Paiements et lutte contre la fraude'],
    },
    {
      name: 'Google Analytics (Google Ireland Limited)',
      category: 'analyticsCookies',
      country: 'Irlande',
      services: 'Mesure d’audience du site internet.',
      dataCategories: ['internet'],
      transfers: [
        {
          country: 'États-Unis',
          safeguard: 'adequacyDecision',
          documentation:
            'Cadre de protection des données UE–États-Unis (décision du 10 juillet 2023).',
        },
      ],
      ...signed(365),
      serves: ['Mesure d’audience et gestion des cookies du site internet'],
    },
    {
      name: 'Matomo (instance hébergée en France)',
      category: 'analyticsCookies',
      services: 'Mesure d’audience du site internet, sans transfert hors UE.',
      dataCategories: ['internet'],
      ...signed(365),
      serves: ['Mesure d’audience et gestion des cookies du site internet'],
    },
    {
      name: 'Microsoft Clarity (Microsoft Ireland Operations Limited)',
      category: 'analyticsCookies',
      country: 'Irlande',
      services:
        'Analyse des interactions des visiteurs (cartes de chaleur, enregistrements de sessions).',
      dataCategories: ['internet'],
      transfers: [
        {
          country: 'États-Unis',
          safeguard: 'adequacyDecision',
          documentation:
            'Cadre de protection des données UE–États-Unis (Microsoft Corporation certifiée).',
        },
      ],
      ...signed(365),
      serves: ['Mesure d’audience et gestion des cookies du site internet'],
    },
    {
      name: 'YouTube (Google Ireland Limited)',
      role: 'independentRecipient',
      category: 'other',
      country: 'Irlande',
      services: 'Lecture des vidéos intégrées aux pages du site (cookies tiers).',
      dataCategories: ['internet'],
      transfers: [
        {
          country: 'États-Unis',
          safeguard: 'adequacyDecision',
          documentation: 'Cadre de protection des données UE–États-Unis (Google LLC certifiée).',
        },
      ],
      serves: ['Mesure d’audience et gestion des cookies du site internet'],
    },
    {
      name: 'Chat d’assistance en ligne (exemple)',
      category: 'itManagedServices',
      services: 'Fenêtre de discussion du support client sur le site.',
      dataCategories: ['identity', 'internet'],
      // Contract still being negotiated: the cookie inventory warns of its cookie.
      contractStatus: 'negotiation',
      serves: ['Relation client et suivi clientèle'],
    },
    {
      name: 'Campagnes Marketing Plus (exemple)',
      category: 'marketing',
      services: 'Envoi de campagnes par courriel, courrier et téléphone.',
      dataCategories: ['identity', 'telephony'],
      // A transfer with no documented safeguard: the DPO sees the warning.
      transfers: [{ country: 'Maroc', safeguard: null, documentation: '' }],
      ...signed(400),
      serves: ['Prospection commerciale'],
    },
    {
      name: 'Cabinet d’avocats (exemple)',
      role: 'independentRecipient',
      category: 'lawyer',
      services: 'Conseil juridique et contentieux.',
      dataCategories: ['identity'],
      serves: ['Respect du droit et des décisions de justice'],
    },
    {
      name: 'Investisseurs et repreneurs',
      role: 'independentRecipient',
      category: 'investorAcquirer',
      services: 'Audit d’acquisition ou levée de fonds (données communiquées au cas par cas).',
      dataCategories: ['economic'],
      serves: [],
    },
  ];
}

type ExampleRequest = Partial<RequestFields> & {
  requesterName: string;
  rights: RequestFields['rights'];
  /** Days before today. */
  receivedDaysAgo: number;
  activities?: string[];
  /** Processors notified under Art. 19 (names) and how many days ago. */
  notified?: { processor: string; daysAgo: number }[];
};

/** A dozen requests from the seeds' world, in every state, placed relative to `today`. */
export function exampleRequests(): ExampleRequest[] {
  return [
    {
      requesterName: 'Martine Roussel',
      requesterCivility: 'madame',
      requesterPhone: '06 12 34 56 78',
      channel: 'phone',
      rights: ['objectionMarketing'],
      receivedDaysAgo: 40,
      description: 'Ne souhaite plus être appelée pour des offres commerciales.',
      activities: ['Prospection commerciale'],
      status: 'answered',
      outcomes: [{ right: 'objectionMarketing', outcome: 'granted', reason: '' }],
      responseOn: '-36',
      responseChannel: 'email',
      requesterEmail: 'm.roussel@exemple.fr',
    },
    {
      requesterName: 'Karim Benali',
      requesterCivility: 'monsieur',
      requesterEmail: 'karim.benali@exemple.fr',
      channel: 'email',
      rights: ['access', 'erasure'],
      receivedDaysAgo: 20,
      description: 'Demande une copie de ses données puis leur effacement à la fin de son contrat.',
      activities: ['Relation client et suivi clientèle', 'Exécution des contrats et des services'],
      status: 'inProgress',
    },
    {
      requesterName: 'Sophie Lambert',
      requesterCivility: 'madame',
      requesterAddress: '8 rue des Écoles\n34000 Montpellier',
      channel: 'post',
      rights: ['portability'],
      receivedDaysAgo: 50,
      description: 'Ancienne salariée : demande ses données dans un format réutilisable.',
      status: 'inProgress',
      extensionMonths: 2,
      extensionReason:
        'Données réparties dans plusieurs outils de paie et de planning à extraire et assembler.',
      extensionNotifiedOn: '-40',
    },
    {
      requesterName: 'Jean-Pierre Fabre',
      requesterCivility: 'monsieur',
      requesterEmail: 'jp.fabre@exemple.fr',
      channel: 'webForm',
      rights: ['access'],
      receivedDaysAgo: 45,
      description: 'Souhaite savoir quelles données sont détenues sur lui et d’où elles viennent.',
      activities: ['Prospection commerciale'],
      status: 'inProgress',
    },
    {
      requesterName: 'Łukasz Nowak',
      requesterCivility: 'monsieur',
      requesterEmail: 'l.nowak@exemple.eu',
      channel: 'email',
      rights: ['erasure'],
      receivedDaysAgo: 10,
      description:
        'Demande l’effacement de son compte client ; adresse de courriel différente de celle du compte.',
      status: 'awaitingIdentity',
      identityStatus: 'asked',
      identityAskedOn: '-8',
      activities: ['Relation client et suivi clientèle'],
    },
    {
      requesterName: 'Ελένη Παπαδοπούλου',
      requesterCivility: 'madame',
      requesterEmail: 'eleni.p@exemple.gr',
      channel: 'email',
      rights: ['access'],
      receivedDaysAgo: 30,
      description: 'Demande d’accès ; justificatif demandé faute de lien avec le compte.',
      status: 'inProgress',
      identityStatus: 'verified',
      identityAskedOn: '-28',
      identityReceivedOn: '-18',
      identityVerifiedOn: '-18',
      identityVerifiedBy: 'DPO',
      identityMethod: 'Question sur le dernier achat ; aucune copie de pièce d’identité conservée.',
    },
    {
      requesterName: 'Claire Dumas',
      requesterCivility: 'madame',
      requesterEmail: 'claire.dumas@exemple.fr',
      channel: 'email',
      rights: ['rectification'],
      receivedDaysAgo: 70,
      description: 'Adresse postale erronée sur les factures.',
      activities: ['Exécution des contrats et des services'],
      status: 'closed',
      outcomes: [{ right: 'rectification', outcome: 'granted', reason: '' }],
      responseOn: '-65',
      responseChannel: 'email',
      notified: [
        { processor: 'Infogérance Occitanie (exemple)', daysAgo: 64 },
        { processor: 'Cabinet d’expertise comptable (exemple)', daysAgo: 64 },
        { processor: 'Cabinet de commissariat aux comptes (exemple)', daysAgo: 64 },
        { processor: 'Services externalisés Sud (exemple)', daysAgo: 63 },
      ],
    },
    {
      requesterName: 'Dmitri Ivanov',
      requesterCivility: 'monsieur',
      requesterEmail: 'dmitri.ivanov@exemple.fr',
      channel: 'email',
      rights: ['access'],
      receivedDaysAgo: 100,
      description: 'Demande retirée par la personne par courriel.',
      status: 'withdrawn',
    },
    {
      requesterName: 'Paul Girard',
      requesterCivility: 'monsieur',
      requesterAddress: '3 impasse des Lilas\n30900 Nîmes',
      channel: 'post',
      rights: ['erasure'],
      receivedDaysAgo: 190,
      description: 'Effacement des données de prospection.',
      activities: ['Prospection commerciale'],
      status: 'closed',
      outcomes: [{ right: 'erasure', outcome: 'granted', reason: '' }],
      responseOn: '-180',
      responseChannel: 'post',
      notified: [{ processor: 'Campagnes Marketing Plus (exemple)', daysAgo: 179 }],
    },
    {
      requesterName: 'Nadia Haddad',
      requesterCivility: 'madame',
      requesterEmail: 'nadia.haddad@exemple.fr',
      channel: 'webForm',
      rights: ['consentWithdrawal'],
      receivedDaysAgo: 3,
      description: 'Retire son consentement aux cookies de mesure d’audience.',
      activities: ['Mesure d’audience et gestion des cookies du site internet'],
      status: 'received',
    },
    {
      requesterName: 'Anne Leclerc',
      requesterCivility: 'madame',
      requesterEmail: 'cabinet.leclerc@avocats.example',
      requesterAddress: '10 boulevard Victor Hugo\n30000 Nîmes',
      channel: 'post',
      rights: ['postMortem'],
      receivedDaysAgo: 250,
      onBehalfOf: true,
      dataSubjectName: 'Henri Marchand',
      dataSubjectCivility: 'monsieur',
      representativeKind: 'lawyer',
      mandateProof: 'Mandat des héritiers et acte de décès reçus par courrier.',
      description: 'Directives post mortem : clôture des comptes du défunt.',
      status: 'closed',
      outcomes: [{ right: 'postMortem', outcome: 'granted', reason: '' }],
      responseOn: '-230',
      responseChannel: 'post',
    },
    {
      requesterName: 'Thomas Martin',
      requesterCivility: 'monsieur',
      requesterEmail: 'thomas.martin@exemple.fr',
      channel: 'email',
      rights: ['objection'],
      receivedDaysAgo: 27,
      description:
        'S’oppose à la vidéosurveillance de l’accueil où il travaille pour un prestataire.',
      activities: ['Vidéosurveillance et contrôle d’accès par badge'],
      status: 'inProgress',
    },
    {
      requesterName: 'Isabelle Moreau',
      requesterCivility: 'madame',
      requesterEmail: 'isabelle.moreau@exemple.fr',
      channel: 'email',
      rights: ['access'],
      receivedDaysAgo: 130,
      description: 'Accès aux enregistrements de ses appels.',
      activities: ['Relation client et suivi clientèle'],
      status: 'answered',
      outcomes: [
        {
          right: 'access',
          outcome: 'partly',
          reason:
            'Les enregistrements de plus de six mois ont été supprimés conformément à la durée de conservation.',
        },
      ],
      responseOn: '-110',
      responseChannel: 'email',
    },
  ];
}

/** "-36" -> the date 36 days before today; other values are kept. */
function relative(value: string | undefined, today: string): string {
  return value !== undefined && /^-\d+$/.test(value)
    ? addDays(today, Number(value))
    : (value ?? '');
}

interface ExampleRule {
  activity: string | null;
  rule: Omit<RetentionRuleFields, 'activityId'>;
}

/** The seeds' retention table and the usual French references. */
export function exampleRules(): ExampleRule[] {
  const years = (value: number) => ({ value, unit: 'years' as const });
  const months = (value: number) => ({ value, unit: 'months' as const });
  const none = { value: 0, unit: 'years' as const };
  return [
    {
      activity: 'Prospection commerciale',
      rule: {
        dataCategory: 'identity',
        label: 'Prospects : 3 ans sans contact actif',
        startEvent: 'lastActiveContact',
        startEventText: '',
        activePeriod: years(3),
        archivePeriod: none,
        finalAction: 'delete',
        legalSource:
          'Politique de protection des données ; CNIL, référentiel « gestion commerciale » : 3 ans à compter du dernier contact actif du prospect.',
      },
    },
    {
      activity: 'Exécution des contrats et des services',
      rule: {
        dataCategory: 'identity',
        label: 'Clients : 3 ans puis 5 ans d’archivage',
        startEvent: 'endOfContract',
        startEventText: '',
        activePeriod: years(3),
        archivePeriod: years(5),
        finalAction: 'delete',
        legalSource:
          'Politique de protection des données : 3 ans après la fin de la relation, archivage 5 ans (prescription civile, art. 2224 du Code civil).',
      },
    },
    {
      activity: 'Relation client et suivi clientèle',
      rule: {
        dataCategory: 'identity',
        label: 'Relation client : 3 ans puis 5 ans d’archivage',
        startEvent: 'endOfContract',
        startEventText: '',
        activePeriod: years(3),
        archivePeriod: years(5),
        finalAction: 'anonymise',
        legalSource:
          'Politique de protection des données : 3 ans après la dernière activité du client, puis 5 ans d’archivage.',
      },
    },
    {
      activity: 'Exécution des contrats et des services',
      rule: {
        dataCategory: 'economic',
        label: 'Pièces comptables : 10 ans',
        startEvent: 'other',
        startEventText: 'clôture de l’exercice',
        activePeriod: years(1),
        archivePeriod: years(9),
        finalAction: 'delete',
        legalSource: 'Code de commerce, art. L123-22 : 10 ans.',
      },
    },
    {
      activity: 'Mesure d’audience et gestion des cookies du site internet',
      rule: {
        dataCategory: 'internet',
        label: 'Cookies et consentement : 13 mois',
        startEvent: 'collection',
        startEventText: '',
        activePeriod: months(13),
        archivePeriod: none,
        finalAction: 'delete',
        legalSource:
          'CNIL, lignes directrices cookies : 13 mois au plus ; choix de consentement conservés 6 mois.',
      },
    },
    {
      activity: 'Enregistrement des appels (qualité et formation)',
      rule: {
        dataCategory: 'telephony',
        label: 'Enregistrements d’appels : 6 mois',
        startEvent: 'collection',
        startEventText: '',
        activePeriod: months(6),
        archivePeriod: none,
        finalAction: 'delete',
        legalSource: 'CNIL : 6 mois au plus pour les enregistrements servant à la formation.',
      },
    },
    {
      activity: 'Vidéosurveillance et contrôle d’accès par badge',
      rule: {
        dataCategory: 'identity',
        label: 'Images de vidéosurveillance : 1 mois',
        startEvent: 'collection',
        startEventText: '',
        activePeriod: months(1),
        archivePeriod: none,
        finalAction: 'delete',
        legalSource: 'Code de la sécurité intérieure, art. L252-5 : 1 mois au plus.',
      },
    },
    {
      activity: null,
      rule: {
        dataCategory: 'identity',
        label: 'Dossiers de demandes d’exercice des droits : 5 ans',
        startEvent: 'requestClosed',
        startEventText: '',
        activePeriod: years(1),
        archivePeriod: years(4),
        finalAction: 'delete',
        legalSource:
          'Preuve de la réponse apportée : prescription de 5 ans (art. 2224 du Code civil).',
      },
    },
  ];
}

/** Loads the example organisation, clients, register and processors into an empty database. */
export function loadExample(ctx: Context): Promise<ExampleLoaded> {
  return transact(ctx, async (trx) => {
    const inTrx = withTransaction(ctx, trx);
    if ((await countActivities(trx)) > 0) {
      throw new AppError('CONFLICT', 'error.example.notEmpty');
    }
    if ((await getOrganisationSettings(trx)) === null) {
      await saveSettings(inTrx, exampleOrganisation);
    }
    const clientIds: string[] = [];
    for (const client of exampleClients) {
      clientIds.push((await saveClient(inTrx, { client })).id);
    }
    const activities = exampleActivities(clientIds);
    const now = ctx.clock();
    const activityIds = new Map<string, string>();
    for (const fields of activities) {
      const created = await createActivityIn(trx, inTrx, fields, now);
      activityIds.set(created.name, created.id);
    }
    const processors = exampleProcessors(localCalendarDate(now));
    for (const { serves, ...fields } of processors) {
      await createProcessorIn(
        trx,
        inTrx,
        processorInputSchema.parse({
          ...emptyProcessor(),
          ...fields,
          activityIds: serves.map((name) => activityIds.get(name) ?? name),
        }),
        now,
      );
    }
    const processorIds = new Map(
      (await trx.selectFrom('processor').select(['id', 'name']).execute()).map((p) => [
        p.name,
        p.id,
      ]),
    );
    const today = localCalendarDate(now);
    const requests = exampleRequests();
    // Oldest first, so that references follow the order of receipt.
    const ordered = [...requests].sort((a, b) => b.receivedDaysAgo - a.receivedDaysAgo);
    for (const { receivedDaysAgo, activities: concerned, notified, ...fields } of ordered) {
      const request = requestInputSchema.parse({
        ...emptyRequest(addDays(today, -receivedDaysAgo)),
        ...fields,
        responseOn: relative(fields.responseOn, today),
        extensionNotifiedOn: relative(fields.extensionNotifiedOn, today),
        identityAskedOn: relative(fields.identityAskedOn, today),
        identityReceivedOn: relative(fields.identityReceivedOn, today),
        identityVerifiedOn: relative(fields.identityVerifiedOn, today),
        activityIds: (concerned ?? []).map((name) => activityIds.get(name) ?? name),
        art19Notifications: (notified ?? []).map((n) => ({
          processorId: processorIds.get(n.processor) ?? n.processor,
          notifiedOn: addDays(today, -n.daysAgo),
        })),
      });
      await createRequestIn(trx, inTrx, request, now);
    }
    const ruleIds = new Map<string, string>();
    for (const { activity, rule } of exampleRules()) {
      const saved = await saveRule(inTrx, {
        rule: {
          ...rule,
          activityId: activity === null ? null : (activityIds.get(activity) ?? null),
        },
      });
      ruleIds.set(rule.label, saved.id);
    }
    const ruleId = (label: string) => ruleIds.get(label) ?? '';
    const item = (
      fields: Partial<TrackedItemFields> &
        Pick<TrackedItemFields, 'ruleId' | 'name' | 'referenceDate'>,
    ) =>
      saveTrackedItem(inTrx, {
        item: {
          kind: 'dataset',
          reviewPeriod: null,
          archiveOnOverride: '',
          deleteOnOverride: '',
          notes: '',
          ...fields,
        },
      });
    await item({
      ruleId: ruleId('Prospects : 3 ans sans contact actif'),
      kind: 'review',
      name: 'Segment CRM : prospects inactifs depuis 3 ans',
      referenceDate: addPeriod(today, { value: -4, unit: 'months' }),
      reviewPeriod: { value: 3, unit: 'months' },
      notes: 'Purge trimestrielle des prospects sans contact actif depuis 3 ans.',
    });
    await item({
      ruleId: ruleId('Clients : 3 ans puis 5 ans d’archivage'),
      name: 'Dossier client Énergies du Sud (contrat clos)',
      referenceDate: addDays(addPeriod(today, { value: -3, unit: 'years' }), 10),
      notes: 'Contrat de prestation terminé ; données à passer en archive intermédiaire.',
    });
    await item({
      ruleId: ruleId('Prospects : 3 ans sans contact actif'),
      name: 'Fichier de la campagne d’appels d’automne 2025',
      referenceDate: '2025-10-15',
    });
    await item({
      ruleId: ruleId('Enregistrements d’appels : 6 mois'),
      name: 'Enregistrements d’appels du 2e trimestre 2026',
      referenceDate: '2026-06-30',
    });
    const purged = await item({
      ruleId: ruleId('Enregistrements d’appels : 6 mois'),
      name: 'Enregistrements d’appels du 1er trimestre 2026',
      referenceDate: '2026-03-31',
    });
    if (today >= '2026-10-02') {
      await recordRetentionAction(inTrx, {
        trackedItemId: purged.id,
        action: 'purge',
        doneOn: '2026-10-02',
        records: 4210,
        method: 'deletion',
        what: 'Fichiers audio du serveur de téléphonie, janvier à mars 2026',
        note: 'Suppression contrôlée par l’infogéreur ; journal de suppression conservé.',
      });
    }
    await item({
      ruleId: ruleId('Cookies et consentement : 13 mois'),
      kind: 'consentRenewal',
      name: 'Bandeau cookies du site institutionnel',
      referenceDate: addPeriod(today, { value: -12, unit: 'months' }),
      reviewPeriod: { value: 13, unit: 'months' },
      notes: 'Le consentement vaut 13 mois au plus : redemander le choix des visiteurs.',
    });
    await loadExampleBreaches(inTrx, activityIds, processorIds);
    await loadExampleCookies(inTrx, activityIds, processorIds);
    return {
      activities: activities.length,
      clients: clientIds.length,
      processors: processors.length,
      requests: requests.length,
    };
  });
}
