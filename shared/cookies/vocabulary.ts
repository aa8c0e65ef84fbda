/** Cookies and trackers (DOMAIN.md section 6). Labels in i18n under `enum.<list>.<value>`. */

/** The categories of the seed cookie policy, in its order. */
export const cookieCategories = [
  'strictlyNecessary',
  'audienceMeasurement',
  'functional',
  'security',
  'thirdPartyAdvertising',
] as const;
export type CookieCategory = (typeof cookieCategories)[number];

/**
 * `exempt`: placed without consent, as strictly necessary and security cookies are by nature and
 * audience measurement may be under the CNIL's conditions.
 */
export const cookieConsents = ['required', 'exempt'] as const;
export type CookieConsent = (typeof cookieConsents)[number];

export const cookieParties = ['first', 'third'] as const;
export type CookieParty = (typeof cookieParties)[number];

/** `session`: gone when the browser closes (no value). */
export const cookieLifetimeUnits = [
  'session',
  'minutes',
  'hours',
  'days',
  'months',
  'years',
] as const;
export type CookieLifetimeUnit = (typeof cookieLifetimeUnits)[number];

export const cookieWarningCodes = [
  'consentOver13Months',
  'exemptNotAudience',
  'exemptOver13Months',
  'thirdPartyWithoutProvider',
  'providerWithoutContract',
  'transferWithoutSafeguard',
  'noActivity',
] as const;
export type CookieWarningCode = (typeof cookieWarningCodes)[number];

/** CNIL: a consent, and an exempt audience-measurement cookie, last 13 months at most. */
export const maxConsentMonths = 13;

/** The seed keeps a visitor's choice 6 months before asking again. */
export const defaultConsentChoiceMonths = 6;
