/** What the breach touched (Art. 4(12) and the EDPB's three kinds): several may apply. */
export const breachNatures = ['confidentiality', 'integrity', 'availability'] as const;
export type BreachNature = (typeof breachNatures)[number];

/** How it happened, in the CNIL form's terms and a call centre's ordinary events. */
export const breachCauses = [
  'lostOrStolenDevice',
  'misdirectedMail',
  'misdirectedEmail',
  'hacking',
  'malware',
  'phishing',
  'unauthorisedDisclosure',
  'wrongPublication',
  'improperDisposal',
  'other',
] as const;
export type BreachCause = (typeof breachCauses)[number];

/** Data the CNIL's form and Art. 34 single out, besides the register's categories. */
export const breachSpecialData = [
  'sensitiveData',
  'nir',
  'financialData',
  'identityDocuments',
  'callRecordings',
] as const;
export type BreachSpecialData = (typeof breachSpecialData)[number];

/** The DPO's conclusion, which says what is owed (Art. 33(1), Art. 34(1)). */
export const riskLevels = ['none', 'risk', 'highRisk'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** Art. 34(3): when the people need not be told one by one. */
export const communicationExceptions = [
  'unintelligible',
  'laterMeasures',
  'disproportionateEffort',
] as const;
export type CommunicationException = (typeof communicationExceptions)[number];

/** How the people were (or will be) told. */
export const communicationModes = ['individual', 'public', 'notTold'] as const;
export type CommunicationMode = (typeof communicationModes)[number];

/** Where a breach stands, for the list's filters and the dashboard. */
export const breachStates = [
  'toAssess',
  'documentedOnly',
  'toNotify',
  'late',
  'notified',
  'notifiedLate',
] as const;
export type BreachState = (typeof breachStates)[number];
