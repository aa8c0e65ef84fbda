import { cookieInputSchema, emptyCookie, type CookieFields } from '../../shared/schemas/cookie';
import type { Context } from './context';
import { createCookie } from './cookies';

const cookieActivity = 'Mesure d’audience et gestion des cookies du site internet';
const site = 'www.callimedia.example';

type ExampleCookie = Partial<Omit<CookieFields, 'providerId' | 'activityId'>> &
  Pick<CookieFields, 'name' | 'category' | 'purpose' | 'lifetime'> & {
    /** Names of the example processor and activity. */
    provider?: string;
    activity?: string;
  };

const months = (value: number) => ({ value, unit: 'months' as const });
const session = { value: 0, unit: 'session' as const };

/**
 * The website's cookies, drawn from the seed cookie policy: session, load-balancing and security
 * cookies; Google Analytics, Matomo and Microsoft Clarity; a video player and a support chat. An
 * advertising tag living two years shows what the inventory warns of.
 */
export function exampleCookies(): ExampleCookie[] {
  const analytics = 'Mesurer l’audience et comprendre la navigation sur le site.';
  return [
    {
      name: 'SESSIONID',
      category: 'strictlyNecessary',
      purpose: 'Maintenir la session de l’utilisateur connecté à l’espace client.',
      lifetime: session,
    },
    {
      name: 'lb_route',
      category: 'strictlyNecessary',
      purpose: 'Répartir la charge entre les serveurs (équilibrage de charge).',
      lifetime: session,
      provider: 'Infogérance Occitanie (exemple)',
    },
    {
      name: 'cookie_consent',
      category: 'strictlyNecessary',
      purpose: 'Conserver les choix du visiteur sur le bandeau (accepter, refuser, personnaliser).',
      lifetime: months(6),
      keepsConsentChoice: true,
    },
    {
      name: 'csrf_token',
      category: 'security',
      purpose: 'Protéger les formulaires contre les requêtes frauduleuses.',
      lifetime: session,
    },
    {
      name: 'login_guard',
      category: 'security',
      purpose: 'Détecter les tentatives de connexion suspectes et protéger les comptes.',
      lifetime: { value: 24, unit: 'hours' },
    },
    {
      name: 'ui_prefs',
      category: 'functional',
      purpose: 'Mémoriser l’affichage choisi (langue, taille du texte).',
      consent: 'required',
      lifetime: months(6),
    },
    {
      name: '_ga',
      category: 'audienceMeasurement',
      purpose: `${analytics} Distingue les visiteurs.`,
      consent: 'required',
      lifetime: months(13),
      provider: 'Google Analytics (Google Ireland Limited)',
    },
    {
      name: '_ga_<ID>',
      category: 'audienceMeasurement',
      purpose: `${analytics} Conserve l’état de la visite.`,
      consent: 'required',
      lifetime: months(13),
      provider: 'Google Analytics (Google Ireland Limited)',
    },
    {
      name: '_gid',
      category: 'audienceMeasurement',
      purpose: `${analytics} Distingue les visiteurs sur une journée.`,
      consent: 'required',
      lifetime: { value: 24, unit: 'hours' },
      provider: 'Google Analytics (Google Ireland Limited)',
    },
    {
      name: '_pk_id',
      category: 'audienceMeasurement',
      purpose:
        'Statistiques anonymes de fréquentation, pour le seul éditeur du site (exemption CNIL).',
      lifetime: months(13),
      provider: 'Matomo (instance hébergée en France)',
    },
    {
      name: '_pk_ses',
      category: 'audienceMeasurement',
      purpose: 'Regrouper les pages vues d’une même visite (statistiques anonymes).',
      lifetime: { value: 30, unit: 'minutes' },
      provider: 'Matomo (instance hébergée en France)',
    },
    {
      name: '_clck',
      category: 'audienceMeasurement',
      purpose: 'Analyser les interactions (cartes de chaleur, enregistrements de sessions).',
      consent: 'required',
      lifetime: { value: 1, unit: 'years' },
      provider: 'Microsoft Clarity (Microsoft Ireland Operations Limited)',
    },
    {
      name: '_clsk',
      category: 'audienceMeasurement',
      purpose: 'Relier les pages vues d’une même session pour l’analyse des interactions.',
      consent: 'required',
      lifetime: { value: 1, unit: 'days' },
      provider: 'Microsoft Clarity (Microsoft Ireland Operations Limited)',
    },
    {
      name: 'VISITOR_INFO1_LIVE',
      category: 'thirdPartyAdvertising',
      purpose: 'Lire les vidéos intégrées et mesurer leur visionnage (YouTube).',
      consent: 'required',
      lifetime: months(6),
      party: 'third',
      domain: '.youtube.com',
      provider: 'YouTube (Google Ireland Limited)',
    },
    {
      name: 'YSC',
      category: 'thirdPartyAdvertising',
      purpose: 'Relier les actions d’une même session de lecture vidéo (YouTube).',
      consent: 'required',
      lifetime: session,
      party: 'third',
      domain: '.youtube.com',
      provider: 'YouTube (Google Ireland Limited)',
    },
    {
      name: 'support_chat_id',
      category: 'functional',
      purpose: 'Reprendre la conversation avec le support client d’une page à l’autre.',
      consent: 'required',
      lifetime: months(6),
      party: 'third',
      domain: 'chat.support.example',
      provider: 'Chat d’assistance en ligne (exemple)',
      activity: 'Relation client et suivi clientèle',
    },
    {
      name: 'ads_uid',
      category: 'thirdPartyAdvertising',
      purpose: 'Mesurer l’efficacité des campagnes de prospection.',
      consent: 'required',
      lifetime: { value: 2, unit: 'years' },
      party: 'third',
      domain: 'tags.campagnes.example',
      provider: 'Campagnes Marketing Plus (exemple)',
      activity: 'Prospection commerciale',
    },
  ];
}

/** The example inventory, written through the service like a DPO's own entries. */
export async function loadExampleCookies(
  ctx: Context,
  activityIds: ReadonlyMap<string, string>,
  processorIds: ReadonlyMap<string, string>,
): Promise<number> {
  const cookies = exampleCookies();
  for (const { provider, activity, ...fields } of cookies) {
    const cookie = cookieInputSchema.parse({
      ...emptyCookie(),
      domain: site,
      ...fields,
      providerId: provider === undefined ? null : (processorIds.get(provider) ?? null),
      activityId: activityIds.get(activity ?? cookieActivity) ?? null,
    });
    await createCookie(ctx, cookie);
  }
  return cookies.length;
}
