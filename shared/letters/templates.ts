/**
 * The letters a DPO sends (DOMAIN.md section 5). A letter is a frame (salutation, opening,
 * closing) in which the answer's paragraphs are composed from building blocks, one per right and
 * outcome. Frames and blocks are templates the DPO may edit, one per language.
 */

/** The letters the DPO generates for a request. */
export const letterKinds = [
  'acknowledgement',
  'identityProof',
  'extension',
  'answer',
  'refusal',
] as const;
export type LetterKind = (typeof letterKinds)[number];

/** The paragraphs an answer is composed of (no subject line of their own). */
export const blockKinds = [
  'accessGranted',
  'rectificationDone',
  'erasureDone',
  'restrictionApplied',
  'art19Recipients',
  'portabilityGranted',
  'objectionApplied',
  'objectionMarketingApplied',
  'suppressionListed',
  'humanIntervention',
  'consentWithdrawn',
  'postMortemApplied',
  'rightPartly',
  'rightRefused',
  'rightNotApplicable',
  'remedies',
] as const;
export type BlockKind = (typeof blockKinds)[number];

export const templateKinds = [...letterKinds, ...blockKinds] as const;
export type TemplateKind = LetterKind | BlockKind;

export function isBlockKind(kind: TemplateKind): kind is BlockKind {
  return (blockKinds as readonly string[]).includes(kind);
}

export const letterLanguages = ['fr', 'en'] as const;
export type LetterLanguage = (typeof letterLanguages)[number];

/** How the letter reaches the person: a printed letter in a window envelope, or a PDF by email. */
export const letterDeliveries = ['post', 'email'] as const;
export type LetterDelivery = (typeof letterDeliveries)[number];

/** A template as stored: a subject line (empty for blocks) and a body with `{{placeholders}}`. */
export interface LetterTemplate {
  kind: TemplateKind;
  language: LetterLanguage;
  subject: string;
  body: string;
  /** True when the DPO changed it (the original can be restored). */
  edited: boolean;
}

/** Placeholders the DPO supplies when generating, because no record holds them. */
export const inputPlaceholders: Partial<Record<BlockKind, readonly string[]>> = {
  portabilityGranted: ['portability.format'],
  humanIntervention: ['humanIntervention.details'],
};

/** Placeholders that may be empty: the paragraph holding only them is left out. */
export const optionalPlaceholders: ReadonlySet<string> = new Set([
  'request.mandate',
  'answer.paragraphs',
]);

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

export interface Requirement {
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
const answerParagraphs = placeholder('answer.paragraphs', 'les paragraphes de la réponse');

/**
 * What each template must say, whatever the DPO did to it (checked before generating). An answer
 * is checked on its frame and on every block it is composed of.
 */
export const mandatoryContent: Record<TemplateKind, readonly Requirement[]> = {
  acknowledgement: [placeholder('request.answerPromise', 'la date limite de réponse')],
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
  answer: [answerParagraphs],
  refusal: [answerParagraphs],
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
  art19Recipients: [placeholder('art19.recipients', 'les destinataires informés (art. 19)')],
  portabilityGranted: [placeholder('portability.format', 'le format des données transmises')],
  objectionApplied: [],
  objectionMarketingApplied: [],
  suppressionListed: [
    {
      message: 'l’inscription sur la liste d’opposition',
      test: (_source, rendered) =>
        /liste d’opposition|liste d'opposition|suppression list/i.test(rendered),
    },
  ],
  humanIntervention: [
    placeholder('humanIntervention.details', 'les modalités de l’intervention humaine'),
  ],
  consentWithdrawn: [placeholder('consent.processing', 'les traitements qui cessent')],
  postMortemApplied: [
    {
      message: 'la référence à l’article 85 de la loi Informatique et Libertés',
      test: (_source, rendered) => /article 85|Article 85/.test(rendered),
    },
  ],
  rightPartly: [placeholder('outcome.reason', 'les motifs du refus partiel')],
  rightRefused: [placeholder('outcome.reason', 'les motifs du refus')],
  rightNotApplicable: [],
  remedies: [complaint, judicialRemedy],
};
