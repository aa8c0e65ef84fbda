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

/** A dataset followed to its archive and deletion dates, or a review repeated every period. */
export const trackedKinds = ['dataset', 'review'] as const;
export type TrackedKind = (typeof trackedKinds)[number];

export const retentionActionKinds = ['archive', 'purge', 'review'] as const;
export type RetentionActionKind = (typeof retentionActionKinds)[number];

export const purgeMethods = ['deletion', 'anonymisation', 'archiving', 'review'] as const;
export type PurgeMethod = (typeof purgeMethods)[number];

/** What the calendar gathers, one kind per source of deadlines. */
export const calendarKinds = [
  'request',
  'archive',
  'purge',
  'review',
  'requestFile',
  'contractReview',
  'dpiaReview',
  'registerExport',
] as const;
export type CalendarKind = (typeof calendarKinds)[number];
