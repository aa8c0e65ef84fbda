/** The retention schedule (DOMAIN.md section 4). Labels in i18n under `enum.<list>.<value>`. */

export const startEvents = [
  'lastActiveContact',
  'endOfContract',
  'collection',
  'endOfEmployment',
  'requestClosed',
  'other',
] as const;
export type StartEvent = (typeof startEvents)[number];

export const finalActions = ['delete', 'anonymise', 'definitiveArchive'] as const;
export type FinalAction = (typeof finalActions)[number];

export const periodUnits = ['days', 'months', 'years'] as const;
export type PeriodUnit = (typeof periodUnits)[number];

/**
 * A dataset followed to its archive and deletion dates, a review repeated every period, or the
 * renewal of the cookie consent (asked again 13 months at most after it was given).
 */
export const trackedKinds = ['dataset', 'review', 'consentRenewal'] as const;
export type TrackedKind = (typeof trackedKinds)[number];

/** Kinds that come back every period rather than ending in a deletion. */
export function isPeriodic(kind: TrackedKind): boolean {
  return kind === 'review' || kind === 'consentRenewal';
}

/** CNIL: a cookie consent is valid 13 months at most, so it is renewed at least that often. */
export const consentValidityMonths = 13;

export const retentionActionKinds = ['archive', 'purge', 'review'] as const;
export type RetentionActionKind = (typeof retentionActionKinds)[number];

export const purgeMethods = ['deletion', 'anonymisation', 'archiving', 'review'] as const;
export type PurgeMethod = (typeof purgeMethods)[number];

/** What the calendar gathers, one kind per source of deadlines. */
export const calendarKinds = [
  'request',
  'breachNotification',
  'breachFollowUp',
  'archive',
  'purge',
  'review',
  'requestFile',
  'contractReview',
  'dpiaReview',
  'registerExport',
  'cookieConsent',
  'noticeStale',
] as const;
export type CalendarKind = (typeof calendarKinds)[number];
