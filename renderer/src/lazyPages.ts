import { lazy } from 'react';

/**
 * Every page but the dashboard (the first one shown) comes in a chunk of its own, fetched the
 * first time it is shown, or earlier when the app is idle (prefetchPages): the first paint does not
 * wait for the forms and tables of every page, and going to a page does not wait either.
 */
const loaders = {
  breach: () => import('./pages/breaches/BreachPage'),
  breaches: () => import('./pages/breaches/BreachesPage'),
  cookie: () => import('./pages/cookies/CookiePage'),
  cookies: () => import('./pages/cookies/CookiesPage'),
  documents: () => import('./pages/DocumentsPage'),
  notices: () => import('./pages/notices/NoticesPage'),
  noticeVersions: () => import('./pages/noticeVersions/NoticeVersionsPage'),
  retention: () => import('./pages/retention/RetentionPage'),
  request: () => import('./pages/requests/RequestPage'),
  requests: () => import('./pages/requests/RequestsPage'),
  suppression: () => import('./pages/requests/SuppressionPage'),
  processor: () => import('./pages/processors/ProcessorPage'),
  processors: () => import('./pages/processors/ProcessorsPage'),
  activity: () => import('./pages/register/ActivityPage'),
  register: () => import('./pages/register/RegisterPage'),
  settings: () => import('./pages/SettingsPage'),
  templates: () => import('./pages/letters/TemplatesPage'),
};

export const BreachPage = lazy(async () => ({ default: (await loaders.breach()).BreachPage }));
export const BreachesPage = lazy(async () => ({
  default: (await loaders.breaches()).BreachesPage,
}));
export const CookiePage = lazy(async () => ({ default: (await loaders.cookie()).CookiePage }));
export const CookiesPage = lazy(async () => ({
  default: (await loaders.cookies()).CookiesPage,
}));
export const DocumentsPage = lazy(async () => ({
  default: (await loaders.documents()).DocumentsPage,
}));
export const NoticesPage = lazy(async () => ({
  default: (await loaders.notices()).NoticesPage,
}));
export const NoticeVersionsPage = lazy(async () => ({
  default: (await loaders.noticeVersions()).NoticeVersionsPage,
}));
export const RetentionPage = lazy(async () => ({
  default: (await loaders.retention()).RetentionPage,
}));
export const RequestPage = lazy(async () => ({ default: (await loaders.request()).RequestPage }));
export const RequestsPage = lazy(async () => ({
  default: (await loaders.requests()).RequestsPage,
}));
export const SuppressionPage = lazy(async () => ({
  default: (await loaders.suppression()).SuppressionPage,
}));
export const ProcessorPage = lazy(async () => ({
  default: (await loaders.processor()).ProcessorPage,
}));
export const ProcessorsPage = lazy(async () => ({
  default: (await loaders.processors()).ProcessorsPage,
}));
export const ActivityPage = lazy(async () => ({
  default: (await loaders.activity()).ActivityPage,
}));
export const RegisterPage = lazy(async () => ({
  default: (await loaders.register()).RegisterPage,
}));
export const SettingsPage = lazy(async () => ({
  default: (await loaders.settings()).SettingsPage,
}));
export const TemplatesPage = lazy(async () => ({
  default: (await loaders.templates()).TemplatesPage,
}));

/** Fetches every page's chunk once the first page has been painted and the app is idle. */
export function prefetchPages(): void {
  const fetchAll = () => {
    for (const load of Object.values(loaders)) void load();
  };
  window.requestIdleCallback(fetchAll, { timeout: 2000 });
}
