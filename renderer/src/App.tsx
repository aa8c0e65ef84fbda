import { useCallback, useEffect, useState } from 'react';
import { defaultLanguage, type Language } from '../../shared/i18n';
import { I18nProvider, useI18n } from './i18n';
import { PlannedPage } from './pages/PlannedPage';
import { SettingsPage } from './pages/SettingsPage';
import { routeFromHash, routes, type Route } from './routes';

function useHashRoute(): Route {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(routeFromHash(window.location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
  return route;
}

function Shell() {
  const { t } = useI18n();
  const route = useHashRoute();
  return (
    <div className="shell">
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
                aria-current={item.id === route.id ? 'page' : undefined}
                data-route={item.id}
              >
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        {route.id === 'settings' ? (
          <SettingsPage />
        ) : (
          <PlannedPage title={t(route.label)} intro={t(route.intro)} />
        )}
      </main>
    </div>
  );
}

export function App() {
  const [language, setLanguageState] = useState<Language>(defaultLanguage);

  useEffect(() => {
    void window.dpo.preferences.get().then((result) => {
      if (result.ok) setLanguageState(result.value.language);
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    void window.dpo.preferences.save({ language: next });
  }, []);

  return (
    <I18nProvider language={language} setLanguage={setLanguage}>
      <Shell />
    </I18nProvider>
  );
}
