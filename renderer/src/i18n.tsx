import { createContext, useContext, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { defaultLanguage, translate, type Language } from '../../shared/i18n';

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
