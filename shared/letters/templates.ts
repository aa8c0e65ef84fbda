/**
 * The letters a DPO sends (DOMAIN.md section 5). A letter is a frame (salutation, opening,
 * closing) in which the answer's paragraphs are composed from building blocks, one per right and
 * outcome. Frames and blocks are templates the DPO may edit, one per language.
 */

import type { Wording } from '../errors';
import type { MessageKey } from '../i18n';

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
  /** What is missing, said to the DPO in the UI's language (`letterContent.*`). */
  key: MessageKey;
  test: (source: string, rendered: string) => boolean;
}

/** A merge field the letters do not know, as a problem of the template. */
export const unknownPlaceholder = (name: string): Wording => ({
  key: 'letterContent.unknownPlaceholder',
  values: { name: `{{${name}}}` },
});

const complaint: Requirement = {
  key: 'letterContent.complaint',
  test: (_source, rendered) => /CNIL/.test(rendered) && /Fontenoy/i.test(rendered),
};
const judicialRemedy: Requirement = {
  key: 'letterContent.judicialRemedy',
  test: (_source, rendered) => /recours juridictionnel|judicial remedy/i.test(rendered),
};
const placeholder = (name: string, key: MessageKey): Requirement => ({
  key,
  test: (source) => source.includes(`{{${name}}}`),
});
const answerParagraphs = placeholder('answer.paragraphs', 'letterContent.answerParagraphs');

/**
 * What each template must say, whatever the DPO did to it (checked before generating). An answer
 * is checked on its frame and on every block it is composed of.
 */
export const mandatoryContent: Record<TemplateKind, readonly Requirement[]> = {
  acknowledgement: [placeholder('request.answerPromise', 'letterContent.answerPromise')],
  identityProof: [
    {
      key: 'letterContent.suspended',
      test: (_source, rendered) => /suspendu|suspended/i.test(rendered),
    },
  ],
  extension: [
    placeholder('request.extensionReason', 'letterContent.extensionReason'),
    placeholder('request.dueDate', 'letterContent.dueDate'),
  ],
  answer: [answerParagraphs],
  refusal: [answerParagraphs],
  accessGranted: [
    placeholder('access.purposes', 'letterContent.purposes'),
    placeholder('access.dataCategories', 'letterContent.dataCategories'),
    placeholder('access.recipients', 'letterContent.recipients'),
    placeholder('access.retention', 'letterContent.retention'),
    placeholder('access.rights', 'letterContent.rights'),
    placeholder('access.complaint', 'letterContent.accessComplaint'),
    placeholder('access.source', 'letterContent.source'),
    placeholder('access.automatedDecisions', 'letterContent.automatedDecisions'),
    placeholder('access.transfers', 'letterContent.transfers'),
  ],
  rectificationDone: [],
  erasureDone: [],
  restrictionApplied: [],
  art19Recipients: [placeholder('art19.recipients', 'letterContent.art19Recipients')],
  portabilityGranted: [placeholder('portability.format', 'letterContent.portabilityFormat')],
  objectionApplied: [],
  objectionMarketingApplied: [],
  suppressionListed: [
    {
      key: 'letterContent.suppressionList',
      test: (_source, rendered) =>
        /liste d’opposition|liste d'opposition|suppression list/i.test(rendered),
    },
  ],
  humanIntervention: [placeholder('humanIntervention.details', 'letterContent.humanIntervention')],
  consentWithdrawn: [placeholder('consent.processing', 'letterContent.consentProcessing')],
  postMortemApplied: [
    {
      key: 'letterContent.article85',
      test: (_source, rendered) => /article 85|Article 85/.test(rendered),
    },
  ],
  rightPartly: [placeholder('outcome.reason', 'letterContent.partlyReason')],
  rightRefused: [placeholder('outcome.reason', 'letterContent.refusedReason')],
  rightNotApplicable: [],
  remedies: [complaint, judicialRemedy],
};
