/** Processors and recipients (DOMAIN.md section 2). Labels in i18n under `enum.<list>.<value>`. */

export const processorRoles = [
  'processor',
  'subProcessor',
  'jointController',
  'independentRecipient',
  'authority',
] as const;
export type ProcessorRole = (typeof processorRoles)[number];

/** The categories seen in the seed documents. */
export const processorCategories = [
  'outsourcedServices',
  'dataAnalysisSurveys',
  'statutoryAuditor',
  'accountant',
  'consultant',
  'lawyer',
  'auditFirm',
  'itManagedServices',
  'hosting',
  'security',
  'payment',
  'analyticsCookies',
  'marketing',
  'investorAcquirer',
  'administration',
  'other',
] as const;
export type ProcessorCategory = (typeof processorCategories)[number];

export const contractStatuses = ['none', 'negotiation', 'signed', 'expired'] as const;
export type ContractStatus = (typeof contractStatuses)[number];

/** The eight clauses Art. 28(3) requires in a processing contract, points (a) to (h). */
export const art28Clauses = [
  'documentedInstructions',
  'staffConfidentiality',
  'securityMeasures',
  'subProcessingAuthorised',
  'assistRightsRequests',
  'assistSecurityBreachesDpia',
  'deleteOrReturnData',
  'auditInformation',
] as const;
export type Art28Clause = (typeof art28Clauses)[number];

export const processorWarningCodes = [
  'noSignedContract',
  'contractExpired',
  'reviewDue',
  'transferWithoutSafeguard',
  'incompleteClauses',
] as const;
export type ProcessorWarningCode = (typeof processorWarningCodes)[number];
