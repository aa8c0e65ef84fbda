import { parisWallTime } from '../../shared/breaches/parisTime';
import { breachInputSchema, emptyBreach, type BreachFields } from '../../shared/schemas/breach';
import { createBreach } from './breaches';
import type { Context } from './context';

const hourMs = 3_600_000;

/** The Paris reading (`YYYY-MM-DDTHH:mm`) of `hours` before now, on a quarter hour. */
function hoursAgo(now: Date, hours: number): string {
  const quarter = 15 * 60_000;
  const instant = new Date(Math.floor((now.getTime() - hours * hourMs) / quarter) * quarter);
  const wall = parisWallTime(instant);
  return `${wall.date}T${wall.time}`;
}

/**
 * Two breaches from a call centre's year: a client file emailed to the wrong client, notified to
 * the CNIL in two phases; a stolen laptop whose disk was encrypted, documented only.
 */
export function exampleBreaches(
  now: Date,
  activityIds: ReadonlyMap<string, string>,
  processorIds: ReadonlyMap<string, string>,
): BreachFields[] {
  const activity = (name: string) => activityIds.get(name) ?? '';
  const processor = (name: string) => processorIds.get(name) ?? '';
  const misdirected: BreachFields = {
    ...emptyBreach(hoursAgo(now, 45 * 24 + 6)),
    title: 'Fichier d’appels d’un donneur d’ordre envoyé par courriel à un autre client',
    occurredFrom: hoursAgo(now, 45 * 24 + 8),
    occurredTo: hoursAgo(now, 45 * 24 + 8),
    discoveredAt: hoursAgo(now, 45 * 24 + 7),
    howFound: 'Le client destinataire a signalé avoir reçu un fichier qui ne le concernait pas.',
    natures: ['confidentiality'],
    cause: 'misdirectedEmail',
    circumstances:
      'Un chef de projet a joint le fichier de rappel de la campagne Mutuelle Horizon au compte rendu envoyé à Énergies du Sud (adresse proposée par l’auto-complétion).',
    dataCategories: ['identity', 'telephony', 'economic'],
    specialData: [],
    peopleCategories: 'Adhérents de la mutuelle cliente, appelés pour une offre de prévoyance',
    peopleCount: 1850,
    recordsCount: 1850,
    activityIds: [activity('Exécution des contrats et des services')].filter((id) => id !== ''),
    consequences:
      'Démarchage ou hameçonnage des personnes à partir de leurs coordonnées et de leur situation d’adhérent.',
    measuresTaken:
      'Suppression confirmée par écrit par le destinataire le jour même ; auto-complétion des adresses désactivée.',
    measuresProposed:
      'Envoi des fichiers par l’espace d’échange sécurisé seulement ; double vérification des destinataires externes.',
    contactPoint: 'Jérôme Lefèvre, DPO, rgpd@exemple.fr, 04 65 71 00 01',
    enisa: {
      context: 2,
      identification: 1,
      confidentiality: 0.25,
      integrity: 0,
      availability: 0,
      malicious: false,
    },
    riskLevel: 'risk',
    riskJustification:
      'Un seul destinataire, professionnel et lié par contrat, qui a supprimé le fichier : risque, mais pas élevé (ENISA 2,25, moyen).',
    notifications: [
      {
        on: hoursAgo(now, 45 * 24 - 20),
        summary: 'Notification initiale : faits, données et personnes concernées estimées.',
      },
      {
        on: hoursAgo(now, 38 * 24),
        summary:
          'Notification complémentaire : attestation de suppression du destinataire, nombre exact de personnes.',
      },
    ],
    cnilNumber: 'NOT-2026-004217',
    communicationMode: 'notTold',
    communicationReason: 'Risque non élevé : l’information individuelle n’est pas requise.',
    closedOn: parisWallTime(new Date(now.getTime() - 30 * 24 * hourMs)).date,
  };
  const laptop: BreachFields = {
    ...emptyBreach(hoursAgo(now, 12 * 24 + 3)),
    title: 'Ordinateur portable d’un superviseur volé dans un train',
    occurredFrom: hoursAgo(now, 12 * 24 + 5),
    discoveredAt: hoursAgo(now, 12 * 24 + 4),
    howFound: 'Déclaration du superviseur au service informatique dès la constatation du vol.',
    natures: ['confidentiality', 'availability'],
    cause: 'lostOrStolenDevice',
    circumstances:
      'Vol du sac contenant l’ordinateur ; disque entièrement chiffré (BitLocker, AES-256), session verrouillée.',
    dataCategories: ['identity', 'telephony', 'professionalLife'],
    specialData: ['callRecordings'],
    peopleCategories:
      'Salariés de l’équipe et extraits d’enregistrements d’appels pour la formation',
    peopleCount: 40,
    recordsCount: 120,
    processorIds: [processor('Infogérance Occitanie (exemple)')].filter((id) => id !== ''),
    consequences: 'Aucune en pratique : données inintelligibles sans la clé.',
    measuresTaken:
      'Compte et certificats révoqués, effacement à distance programmé, plainte déposée.',
    measuresProposed: 'Rappel des consignes de transport du matériel.',
    contactPoint: 'Jérôme Lefèvre, DPO, rgpd@exemple.fr, 04 65 71 00 01',
    enisa: {
      context: 2,
      identification: 0.25,
      confidentiality: 0,
      integrity: 0,
      availability: 0.25,
      malicious: true,
    },
    riskLevel: 'none',
    riskJustification:
      'Disque chiffré avec une clé non compromise (art. 34, § 3, a) et sauvegarde à jour : violation peu susceptible d’engendrer un risque, documentée sans notification.',
    communicationMode: 'notTold',
    communicationException: 'unintelligible',
    communicationReason: 'Données chiffrées, inintelligibles pour le voleur.',
    closedOn: parisWallTime(new Date(now.getTime() - 5 * 24 * hourMs)).date,
  };
  return [misdirected, laptop].map((breach) => breachInputSchema.parse(breach));
}

/** Records the example breaches (in the example's transaction). */
export async function loadExampleBreaches(
  ctx: Context,
  activityIds: ReadonlyMap<string, string>,
  processorIds: ReadonlyMap<string, string>,
): Promise<number> {
  const breaches = exampleBreaches(ctx.clock(), activityIds, processorIds);
  for (const breach of breaches) await createBreach(ctx, breach);
  return breaches.length;
}
