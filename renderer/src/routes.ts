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
  { id: 'retention', slug: 'conservation', label: 'nav.retention', intro: 'page.retention.intro' },
  { id: 'documents', slug: 'documents', label: 'nav.documents', intro: 'page.documents.intro' },
  { id: 'settings', slug: 'parametres', label: 'nav.settings', intro: null },
] as const satisfies readonly {
  id: string;
  slug: string;
  label: MessageKey;
  intro: MessageKey | null;
}[];

export type Route = (typeof routes)[number];
export type RouteId = Route['id'];

export function routeFromHash(hash: string): Route {
  const slug = hash.replace(/^#\/?/, '');
  return routes.find((route) => route.slug === slug) ?? routes[0];
}
