import { translate, type Language } from '../i18n';
import type { CookieFields } from '../schemas/cookie';

/** « 13 mois », « 2 ans », « Session »: a cookie's lifetime in words. */
export function lifetimeText(language: Language, lifetime: CookieFields['lifetime']): string {
  return lifetime.unit === 'session'
    ? translate(language, 'cookies.lifetime.session')
    : translate(language, `cookies.lifetime.${lifetime.unit}`, { count: lifetime.value });
}
