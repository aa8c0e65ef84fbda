/**
 * The closed lists of the register (DOMAIN.md section 1), as string unions. Labels live in i18n
 * under `enum.<list>.<value>`.
 */

export const registerKinds = ['controller', 'processor'] as const;
/** Art. 30(1): the organisation is controller; Art. 30(2): it processes on behalf of clients. */
export type RegisterKind = (typeof registerKinds)[number];

export const activityStatuses = ['draft', 'active', 'archived'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** Art. 6(1) (a) to (f). */
export const legalBases = [
  'consent',
  'contract',
  'legalObligation',
  'vitalInterests',
  'publicTask',
  'legitimateInterest',
] as const;
export type LegalBasis = (typeof legalBases)[number];

/** The CNIL model register's data categories, plus telephony for call centres. */
export const dataCategoryKinds = [
  'identity',
  'personalLife',
  'professionalLife',
  'economic',
  'connection',
  'location',
  'internet',
  'telephony',
  'other',
] as const;
export type DataCategoryKind = (typeof dataCategoryKinds)[number];

/** Art. 9(1). */
export const sensitiveDataKinds = [
  'health',
  'racialOrEthnicOrigin',
  'politicalOpinions',
  'religiousBeliefs',
  'tradeUnionMembership',
  'genetic',
  'biometric',
  'sexLifeOrOrientation',
] as const;
export type SensitiveDataKind = (typeof sensitiveDataKinds)[number];

/** Art. 9(2) (a) to (j): the exception relied on to process sensitive data. */
export const sensitiveDataExceptions = [
  'explicitConsent',
  'employmentAndSocialSecurity',
  'vitalInterests',
  'nonProfitBody',
  'madePublicByPerson',
  'legalClaims',
  'substantialPublicInterest',
  'preventiveOrOccupationalMedicine',
  'publicHealth',
  'archivingResearchStatistics',
] as const;
export type SensitiveDataException = (typeof sensitiveDataExceptions)[number];

export const retentionUnits = ['days', 'months', 'years'] as const;
export type RetentionUnit = (typeof retentionUnits)[number];

export const recipientKinds = ['internal', 'external', 'processor', 'authority'] as const;
export type RecipientKind = (typeof recipientKinds)[number];

/** Chapter V safeguards. */
export const transferSafeguards = [
  'adequacyDecision',
  'standardContractualClauses',
  'bindingCorporateRules',
  'derogation',
] as const;
export type TransferSafeguard = (typeof transferSafeguards)[number];

/** The CNIL model register's security headings. */
export const securityHeadings = [
  'accessControl',
  'traceability',
  'softwareProtection',
  'backup',
  'encryption',
  'processorControl',
  'physicalSecurity',
  'other',
] as const;
export type SecurityHeading = (typeof securityHeadings)[number];

/** The CNIL/EDPB nine criteria: two or more usually means a DPIA. */
export const dpiaCriteria = [
  'evaluationOrScoring',
  'automatedDecisionWithLegalEffect',
  'systematicMonitoring',
  'sensitiveData',
  'largeScale',
  'matchingDatasets',
  'vulnerablePeople',
  'innovativeTechnology',
  'preventsExerciseOfRight',
] as const;
export type DpiaCriterion = (typeof dpiaCriteria)[number];

export const dpiaStatuses = ['notAssessed', 'notRequired', 'toDo', 'inProgress', 'done'] as const;
export type DpiaStatus = (typeof dpiaStatuses)[number];

/** Suggestions offered for data subjects (the list stays free). */
export const dataSubjectSuggestions = [
  'Clients',
  'Prospects',
  'Salariés',
  'Candidats',
  'Visiteurs du site internet',
  'Fournisseurs',
  'Personnes appelées par le centre d’appels',
  'Utilisateurs inscrits',
] as const;
