import { dpo } from './api';
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { CalendarSummaryView } from '../../shared/api';
import { defaultLanguage, loadLanguage, type Language } from '../../shared/i18n';
import { I18nProvider, useI18n } from './i18n';
import { useLiveLoad } from './live';
import { acceptLocation, mayLeave, shownLocation } from './navigation';
import {
  ActivityPage,
  BreachPage,
  BreachesPage,
  CookiePage,
  CookiesPage,
  DocumentsPage,
  NoticesPage,
  ProcessorPage,
  ProcessorsPage,
  NoticeVersionsPage,
  RegisterPage,
  RequestPage,
  RequestsPage,
  RetentionPage,
  SettingsPage,
  SuppressionPage,
  TemplatesPage,
  prefetchPages,
} from './lazyPages';
import { DashboardPage } from './pages/DashboardPage';
import { locationFromHash, processorSlug, requestViews, routes, type Location } from './routes';

/**
 * Where the app is, and which visit of that address this is: a form for a new record is keyed by
 * its visit, so that coming back to « nouvelle » (a link, the address typed again) always starts
 * an empty form, even where the last create only replaced the address in place.
 */
interface Visit extends Location {
  visit: number;
}

let visits = 0;

function visitOf(hash: string): Visit {
  visits += 1;
  return { ...locationFromHash(hash), visit: visits };
}

/** Follows the address after the `#`, unless the page being left has unsaved changes. */
function useHashLocation(): Visit {
  const [location, setLocation] = useState(() => visitOf(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      if (!mayLeave()) {
        window.history.replaceState(null, '', shownLocation() || '#/');
        return;
      }
      acceptLocation(window.location.hash);
      const next = visitOf(window.location.hash);
      // At once, not in a transition: a page left must not stay on screen (and take typing)
      // while the next one's code arrives; its area stays empty for that moment instead.
      setLocation(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
  return location;
}

function Page({ location }: { location: Visit }) {
  const { route, params, visit } = location;
  switch (route.id) {
    case 'settings':
      return params[0] === 'modeles' ? <TemplatesPage /> : <SettingsPage />;
    case 'register': {
      // #/registre, #/registre/art-30-2, #/registre/nouvelle[/art-30-2], #/registre/fiche/<id>
      const [target, extra] = params;
      if (target === 'fiche' && extra !== undefined) {
        return <ActivityPage key={extra} id={extra} register="controller" />;
      }
      if (target === 'nouvelle') {
        const register = extra === processorSlug ? 'processor' : 'controller';
        return <ActivityPage key={`new-${String(visit)}`} id={null} register={register} />;
      }
      return <RegisterPage register={target === processorSlug ? 'processor' : 'controller'} />;
    }
    case 'processors': {
      // #/sous-traitants, #/sous-traitants/nouveau, #/sous-traitants/fiche/<id>
      const [target, extra] = params;
      if (target === 'fiche' && extra !== undefined) {
        return <ProcessorPage key={extra} id={extra} />;
      }
      if (target === 'nouveau') return <ProcessorPage key={`new-${String(visit)}`} id={null} />;
      return <ProcessorsPage />;
    }
    case 'requests': {
      // #/demandes[/<saved filter>], #/demandes/nouvelle, #/demandes/fiche/<id>, #/demandes/liste-opposition
      const [target, extra] = params;
      if (target === 'fiche' && extra !== undefined) return <RequestPage key={extra} id={extra} />;
      if (target === 'nouvelle') return <RequestPage key={`new-${String(visit)}`} id={null} />;
      if (target === 'liste-opposition') return <SuppressionPage />;
      const view = requestViews.find((slug) => slug === target);
      return <RequestsPage key={view ?? 'all'} view={view} />;
    }
    case 'breaches': {
      // #/violations, #/violations/nouvelle, #/violations/fiche/<id>
      const [target, extra] = params;
      if (target === 'fiche' && extra !== undefined) return <BreachPage key={extra} id={extra} />;
      if (target === 'nouvelle') return <BreachPage key={`new-${String(visit)}`} id={null} />;
      return <BreachesPage />;
    }
    case 'cookies': {
      // #/cookies, #/cookies/nouveau, #/cookies/fiche/<id>
      const [target, extra] = params;
      if (target === 'fiche' && extra !== undefined) return <CookiePage key={extra} id={extra} />;
      if (target === 'nouveau') return <CookiePage key={`new-${String(visit)}`} id={null} />;
      return <CookiesPage />;
    }
    case 'dashboard':
      return <DashboardPage />;
    case 'retention': {
      // #/conservation, #/conservation/regles, #/conservation/regles/nouvelle/<activity>/<category>,
      // #/conservation/suivis, #/conservation/suivi/<id>
      const [target, extra, activityId, dataCategory] = params;
      if (target === 'regles')
        return (
          <RetentionPage
            key={params.join('/')}
            tab="rules"
            draft={
              extra === 'nouvelle' && activityId !== undefined && dataCategory !== undefined
                ? { activityId, dataCategory }
                : undefined
            }
          />
        );
      if (target === 'suivis' || target === 'suivi')
        return <RetentionPage tab="items" focus={extra} />;
      return <RetentionPage tab="calendar" />;
    }
    case 'documents': {
      // #/documents, #/documents/versions/<privacy|cookies>: a notice's published versions.
      const [target, kind] = params;
      if (target === 'versions' && (kind === 'privacy' || kind === 'cookies')) {
        return <NoticeVersionsPage key={kind} kind={kind} />;
      }
      return <DocumentsPage />;
    }
    case 'notices':
      return <NoticesPage />;
  }
}

/** The daily summary of what is due: the in-app twin of the desktop notification. */
function Reminder() {
  const { t } = useI18n();
  const [summary, setSummary] = useState<CalendarSummaryView | null>(null);
  const [hidden, setHidden] = useState(false);
  const load = useCallback((isCurrent: () => boolean) => {
    void dpo.calendar.summary().then((result) => {
      if (result.ok && isCurrent()) setSummary(result.value);
    });
  }, []);
  useLiveLoad('all', load);
  // A new day brings new deadlines even when nothing was written.
  useEffect(() => {
    const timer = window.setInterval(() => load(() => true), 60 * 60 * 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, [load]);
  if (hidden || summary === null || summary.overdue + summary.within7 === 0) return null;
  return (
    <div className="reminder" role="status" aria-label={t('retention.reminderTitle')}>
      <span>
        <strong>{t('common.labelColon', { label: t('retention.reminderTitle') })}</strong>{' '}
        {summary.text} <a href="#/conservation">{t('retention.tab.calendar')}</a>
      </span>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setHidden(true);
        }}
      >
        {t('retention.dismiss')}
      </button>
    </div>
  );
}

/**
 * Backups that fail are said on every page, not only in Paramètres: the app works on, but the
 * safety net is gone until the folder is fixed.
 */
function BackupWarning() {
  const { t } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const load = () => {
      void dpo.backups.list().then((result) => {
        setFailure(result.ok ? result.value.failure : null);
      });
    };
    load();
    const timer = window.setInterval(load, 60 * 60 * 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  if (failure === null) return null;
  return (
    <div className="reminder reminder-warn" role="alert" data-testid="backup-warning">
      <span>
        <strong>{t('backups.failing')}</strong> {failure}{' '}
        <a href="#/parametres">{t('backups.title')}</a>
      </span>
    </div>
  );
}

/** The page's own region, where the skip link sends the keyboard past the banners and the menu. */
const contentId = 'content';

/**
 * The first stop of the Tab key. It moves focus itself rather than following `#content`: the
 * address after `#` is the app's route, and changing it would leave the page.
 */
function SkipLink() {
  const { t } = useI18n();
  return (
    <a
      className="skip-link"
      href={`#${contentId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(contentId)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}

function Shell() {
  const { t } = useI18n();
  const location = useHashLocation();
  useEffect(() => {
    prefetchPages();
  }, []);
  return (
    <div className="shell">
      <SkipLink />
      <div className="banners">
        <BackupWarning />
        <Reminder />
      </div>
      <nav className="sidebar" aria-label="Navigation">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <ul>
          {routes.map((item) => (
            <li key={item.id}>
              <a
                href={`#/${item.slug}`}
                aria-current={item.id === location.route.id ? 'page' : undefined}
                data-route={item.id}
              >
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* tabIndex -1: focusable by the skip link, yet not a stop of the Tab key. */}
      <main className="content" id={contentId} tabIndex={-1}>
        {/* Nothing rather than a « loading » flash while a page's code arrives (once, if ever). */}
        <Suspense fallback={null}>
          <Page location={location} />
        </Suspense>
      </main>
    </div>
  );
}

export function App() {
  const [language, setLanguageState] = useState<Language>(defaultLanguage);

  // The language chosen in another window applies here too (the change is announced).
  useLiveLoad(
    ['settings'],
    useCallback((isCurrent: () => boolean) => {
      void dpo.preferences.get().then(async (result) => {
        if (!result.ok) return;
        // English comes in a chunk of its own: the page changes language once it is there.
        await loadLanguage(result.value.language);
        if (isCurrent()) setLanguageState(result.value.language);
      });
    }, []),
  );

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    void loadLanguage(next).then(() => {
      setLanguageState(next);
    });
    void dpo.preferences.save({ language: next });
  }, []);

  return (
    <I18nProvider language={language} setLanguage={setLanguage}>
      <Shell />
    </I18nProvider>
  );
}
