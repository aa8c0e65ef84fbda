import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  defaultLanguage,
  isLanguageLoaded,
  loadLanguage,
  translate,
  type Language,
} from '../../shared/i18n';

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  /** Takes a MessageKey, or a key that arrived as data (an error code, a field issue). */
  t: (key: string, params?: Record<string, string | number>) => string;
}

/** The language shown now, for code outside components (the API client words refusals in it). */
let shownLanguage: Language = defaultLanguage;

export function currentLanguage(): Language {
  return shownLanguage;
}

const I18nContext = createContext<I18n>({
  language: defaultLanguage,
  setLanguage: () => undefined,
  t: (key, params) => translate(defaultLanguage, key, params),
});

export function I18nProvider(props: {
  language: Language;
  setLanguage: (language: Language) => void;
  children: ReactNode;
}) {
  const { language, setLanguage } = props;
  // Before the pages' own effects (they may call the API as they mount).
  useLayoutEffect(() => {
    shownLanguage = language;
  }, [language]);
  // One `t` per language: lists translated in a useMemo (500 picker choices) are not redone at
  // every keystroke of the form.
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * For text in a language other than the interface's (a letter in English under a French
 * interface): fetches its table if needed and renders again once it is there.
 */
export function useLanguageTable(language: Language): void {
  const [, setLoaded] = useState(() => isLanguageLoaded(language));
  useEffect(() => {
    if (isLanguageLoaded(language)) return;
    let current = true;
    void loadLanguage(language).then(() => {
      if (current) setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [language]);
}

/**
 * "2026-11-22T07:01:02Z" -> "22/11/2026 08:01" in French, the user's local time; `long` gives
 * "22 novembre 2026 à 08:01", for a sentence.
 */
export function formatInstant(
  iso: string,
  language: Language,
  style: 'short' | 'long' = 'short',
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: style,
    timeStyle: 'short',
  }).format(date);
}
