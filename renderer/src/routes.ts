import type { MessageKey } from '../../shared/i18n';

export const routes = [
  {
    id: 'dashboard',
    slug: 'tableau-de-bord',
    label: 'nav.dashboard',
    intro: 'page.dashboard.intro',
  },
  { id: 'register', slug: 'registre', label: 'nav.register', intro: 'page.register.intro' },
  {
    id: 'processors',
    slug: 'sous-traitants',
    label: 'nav.processors',
    intro: 'page.processors.intro',
  },
  { id: 'requests', slug: 'demandes', label: 'nav.requests', intro: 'page.requests.intro' },
  { id: 'breaches', slug: 'violations', label: 'nav.breaches', intro: 'page.breaches.intro' },
  { id: 'cookies', slug: 'cookies', label: 'nav.cookies', intro: 'page.cookies.intro' },
  { id: 'retention', slug: 'conservation', label: 'nav.retention', intro: 'page.retention.intro' },
  { id: 'documents', slug: 'documents', label: 'nav.documents', intro: 'page.documents.intro' },
  { id: 'notices', slug: 'mentions-information', label: 'nav.notices', intro: null },
  { id: 'settings', slug: 'parametres', label: 'nav.settings', intro: null },
] as const satisfies readonly {
  id: string;
  slug: string;
  label: MessageKey;
  intro: MessageKey | null;
}[];

export type Route = (typeof routes)[number];
export type RouteId = Route['id'];

export interface Location {
  route: Route;
  /** What follows the page in the address: `registre/<id>` gives ['<id>']. */
  params: string[];
}

export function locationFromHash(hash: string): Location {
  // What follows `?` is a list's search, filters, sort and page (useAddressState), not the route.
  const path = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  const [slug = '', ...params] = path.split('/').map(decodeURIComponent);
  return { route: routes.find((route) => route.slug === slug) ?? routes[0], params };
}

/** The processor register's place in the address (`#/registre/art-30-2`). */
export const processorSlug = 'art-30-2';

export function registerHash(register: 'controller' | 'processor'): string {
  return register === 'processor' ? `#/registre/${processorSlug}` : '#/registre';
}

export function activityHash(id: string): string {
  return `#/registre/fiche/${encodeURIComponent(id)}`;
}

export function newActivityHash(register: 'controller' | 'processor'): string {
  return register === 'processor' ? `#/registre/nouvelle/${processorSlug}` : '#/registre/nouvelle';
}

export function processorHash(id: string): string {
  return `#/sous-traitants/fiche/${encodeURIComponent(id)}`;
}

/** The form of a new retention rule for one activity's data category. */
export function newRetentionRuleHash(activityId: string, dataCategory: string): string {
  return `#/conservation/regles/nouvelle/${encodeURIComponent(activityId)}/${encodeURIComponent(dataCategory)}`;
}

export const processorsHash = '#/sous-traitants';
export const newProcessorHash = '#/sous-traitants/nouveau';

/** Saved filters of the requests list, as addresses the dashboard links to. */
export const requestViews = [
  'ouvertes',
  'en-retard',
  'cette-semaine',
  'attente-justificatif',
] as const;
export type RequestViewSlug = (typeof requestViews)[number];

export function requestsHash(view?: RequestViewSlug): string {
  return view === undefined ? '#/demandes' : `#/demandes/${view}`;
}

export function requestHash(id: string): string {
  return `#/demandes/fiche/${encodeURIComponent(id)}`;
}

export const newRequestHash = '#/demandes/nouvelle';
export const suppressionHash = '#/demandes/liste-opposition';

export const breachesHash = '#/violations';
export const newBreachHash = '#/violations/nouvelle';

export function breachHash(id: string): string {
  return `#/violations/fiche/${encodeURIComponent(id)}`;
}

export const cookiesHash = '#/cookies';
export const newCookieHash = '#/cookies/nouveau';

export function cookieHash(id: string): string {
  return `#/cookies/fiche/${encodeURIComponent(id)}`;
}
