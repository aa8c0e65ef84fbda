/** Rights requests (DOMAIN.md section 3). Labels in i18n under `enum.<list>.<value>`. */

export const rights = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'objectionMarketing',
  'humanIntervention',
  'consentWithdrawal',
  'postMortem',
] as const;
export type Right = (typeof rights)[number];

/** Rights whose grant must be passed on to every recipient (Art. 19). */
export const art19Rights: readonly Right[] = ['rectification', 'erasure', 'restriction'];

export const requestChannels = ['email', 'post', 'webForm', 'phone', 'inPerson'] as const;
export type RequestChannel = (typeof requestChannels)[number];

export const requestStatuses = [
  'received',
  'awaitingIdentity',
  'inProgress',
  'answered',
  'closed',
  'withdrawn',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** A request in one of these still runs against its deadline. */
export const openStatuses: readonly RequestStatus[] = [
  'received',
  'awaitingIdentity',
  'inProgress',
];

export const identityStatuses = ['notNeeded', 'asked', 'received', 'verified'] as const;
export type IdentityStatus = (typeof identityStatuses)[number];

export const outcomes = ['pending', 'granted', 'partly', 'refused', 'notApplicable'] as const;
export type Outcome = (typeof outcomes)[number];

/** How the person is greeted and named in letters: « Madame », « Monsieur », or neither. */
export const civilities = ['none', 'madame', 'monsieur'] as const;
export type Civility = (typeof civilities)[number];

export const representativeKinds = ['representative', 'parent', 'lawyer', 'heir', 'other'] as const;
export type RepresentativeKind = (typeof representativeKinds)[number];

/** How close a deadline is: the colour the DPO sees. */
export type DeadlineLevel = 'ok' | 'soon' | 'urgent' | 'overdue' | 'suspended' | 'done';
