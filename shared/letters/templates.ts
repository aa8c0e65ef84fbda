/** The letters a DPO sends (DOMAIN.md section 5), one template per situation and language. */

export const letterKinds = [
  'acknowledgement',
  'identityProof',
  'extension',
  'accessGranted',
  'rectificationDone',
  'erasureDone',
  'restrictionApplied',
  'objectionApplied',
  'portabilityGranted',
  'humanIntervention',
  'partialAnswer',
  'refusal',
] as const;
export type LetterKind = (typeof letterKinds)[number];

export const letterLanguages = ['fr', 'en'] as const;
export type LetterLanguage = (typeof letterLanguages)[number];

/** A template as stored: a subject line and a body with `{{placeholders}}`. */
export interface LetterTemplate {
  kind: LetterKind;
  language: LetterLanguage;
  subject: string;
  body: string;
  /** True when the DPO changed it (the original can be restored). */
  edited: boolean;
}

/** Placeholders the DPO supplies when generating, because no record holds them. */
export const letterInputs: Partial<Record<LetterKind, readonly string[]>> = {
  portabilityGranted: ['portability.format'],
  humanIntervention: ['humanIntervention.details'],
};

/** The Art. 15 items an access answer must carry, as placeholders of the template. */
export const art15Placeholders = [
  'access.purposes',
  'access.dataCategories',
  'access.recipients',
  'access.retention',
  'access.rights',
  'access.complaint',
  'access.source',
  'access.automatedDecisions',
  'access.transfers',
] as const;

interface Requirement {
  /** What is missing, said to the DPO. */
  message: string;
  test: (source: string, rendered: string) => boolean;
}

const complaint: Requirement = {
  message: 'le droit d’introduire une réclamation auprès de la CNIL (avec son adresse)',
  test: (_source, rendered) => /CNIL/.test(rendered) && /Fontenoy/i.test(rendered),
};
const judicialRemedy: Requirement = {
  message: 'le droit de former un recours juridictionnel',
  test: (_source, rendered) => /recours juridictionnel|judicial remedy/i.test(rendered),
};
const placeholder = (name: string, message: string): Requirement => ({
  message,
  test: (source) => source.includes(`{{${name}}}`),
});

/** What each letter must say, whatever the DPO did to its template (checked before generating). */
export const mandatoryContent: Record<LetterKind, readonly Requirement[]> = {
  acknowledgement: [placeholder('request.dueDate', 'la date limite de réponse')],
  identityProof: [
    {
      message: 'la mention que le délai de réponse est suspendu dans l’attente du justificatif',
      test: (_source, rendered) => /suspendu|suspended/i.test(rendered),
    },
  ],
  extension: [
    placeholder('request.extensionReason', 'les motifs de la prolongation'),
    placeholder('request.dueDate', 'la nouvelle date limite'),
  ],
  accessGranted: [
    placeholder('access.purposes', 'les finalités (art. 15.1.a)'),
    placeholder('access.dataCategories', 'les catégories de données (art. 15.1.b)'),
    placeholder('access.recipients', 'les destinataires (art. 15.1.c)'),
    placeholder('access.retention', 'la durée de conservation (art. 15.1.d)'),
    placeholder(
      'access.rights',
      'les droits de rectification, d’effacement, de limitation et d’opposition (art. 15.1.e)',
    ),
    placeholder('access.complaint', 'le droit d’introduire une réclamation (art. 15.1.f)'),
    placeholder('access.source', 'la source des données (art. 15.1.g)'),
    placeholder(
      'access.automatedDecisions',
      'l’existence d’une décision automatisée (art. 15.1.h)',
    ),
    placeholder('access.transfers', 'les garanties des transferts hors UE (art. 15.2)'),
  ],
  rectificationDone: [],
  erasureDone: [],
  restrictionApplied: [],
  objectionApplied: [
    {
      message: 'l’inscription sur la liste d’opposition',
      test: (_source, rendered) =>
        /liste d’opposition|liste d'opposition|suppression list/i.test(rendered),
    },
  ],
  portabilityGranted: [placeholder('portability.format', 'le format des données transmises')],
  humanIntervention: [
    placeholder('humanIntervention.details', 'les modalités de l’intervention humaine'),
  ],
  partialAnswer: [
    placeholder('outcome.reasons', 'les motifs du refus partiel'),
    complaint,
    judicialRemedy,
  ],
  refusal: [placeholder('outcome.reasons', 'les motifs du refus'), complaint, judicialRemedy],
};
