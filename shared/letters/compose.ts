/**
 * The answer letter, composed from the outcome recorded for every right invoked: one building
 * block per right and outcome, the Art. 19 recipients after rectification, erasure or restriction,
 * the suppression list only when the person is on it, the remedies after any refusal.
 */
import type { Wording } from '../errors';
import { translate, type Language } from '../i18n';
import { art19Rights, type Right } from '../rights/vocabulary';
import type { RightsRequest } from '../schemas/request';
import { renderLetter, type LetterValues } from './render';
import {
  inputPlaceholders,
  mandatoryContent,
  optionalPlaceholders,
  type BlockKind,
} from './templates';

const grantedBlock: Record<Right, BlockKind> = {
  access: 'accessGranted',
  rectification: 'rectificationDone',
  erasure: 'erasureDone',
  restriction: 'restrictionApplied',
  portability: 'portabilityGranted',
  objection: 'objectionApplied',
  objectionMarketing: 'objectionMarketingApplied',
  humanIntervention: 'humanIntervention',
  consentWithdrawal: 'consentWithdrawn',
  postMortem: 'postMortemApplied',
};

export interface AnswerFacts {
  /** The person is on the suppression list (a granted Art. 21(2) objection put them there). */
  onSuppressionList: boolean;
  /** Recipients told of a rectification, erasure or restriction (Art. 19), by name. */
  art19Told: readonly string[];
}

/** A building block with the values of its right, or a fixed sentence of the app's. */
type BlockUse = { kind: BlockKind; values: Record<string, string> } | { text: string };

/** The blocks the answer is made of, in the order of the rights invoked. */
export function answerBlocks(
  request: Pick<RightsRequest, 'rights' | 'outcomes'>,
  facts: AnswerFacts,
  language: Language,
): BlockUse[] {
  const t = (key: string) => translate(language, key);
  const blocks: BlockUse[] = [];
  const art19Done: Right[] = [];
  let refusedAny = false;
  for (const right of request.rights) {
    const recorded = request.outcomes.find((o) => o.right === right);
    if (recorded === undefined || recorded.outcome === 'pending') continue;
    const values = {
      'outcome.right': t(`letter.rightPhrase.${right}`),
      'outcome.reason': recorded.reason,
    };
    switch (recorded.outcome) {
      case 'granted':
        blocks.push({ kind: grantedBlock[right], values });
        if (right === 'objectionMarketing' && facts.onSuppressionList)
          blocks.push({ kind: 'suppressionListed', values });
        if (art19Rights.includes(right)) art19Done.push(right);
        break;
      case 'partly':
        refusedAny = true;
        blocks.push({ kind: 'rightPartly', values });
        // A partial access answer still carries every Art. 15 item.
        if (right === 'access') blocks.push({ kind: 'accessGranted', values });
        if (art19Rights.includes(right)) art19Done.push(right);
        break;
      case 'refused':
        refusedAny = true;
        blocks.push({ kind: 'rightRefused', values });
        break;
      case 'notApplicable':
        blocks.push({
          kind: 'rightNotApplicable',
          values: {
            ...values,
            'outcome.reason':
              recorded.reason.trim() === '' ? t('letter.notApplicable.default') : recorded.reason,
          },
        });
        break;
    }
  }
  if (art19Done.length > 0) {
    if (facts.art19Told.length === 0) blocks.push({ text: t('letter.art19.none') });
    else
      blocks.push({
        kind: 'art19Recipients',
        values: {
          'art19.operation': art19Done
            .map((right) => t(`letter.art19.${right}`))
            .join(t('letter.and')),
          'art19.recipients': facts.art19Told.join(', '),
        },
      });
  }
  if (refusedAny) blocks.push({ kind: 'remedies', values: {} });
  return blocks;
}

export interface ComposedAnswer {
  paragraphs: string[];
  missing: string[];
  unknown: string[];
  problems: Wording[];
  /** Values the DPO must type for this answer (portability format...). */
  inputs: string[];
}

/** Renders every block with the letter's values and checks each block's mandatory content. */
export function composeAnswer(
  request: Pick<RightsRequest, 'rights' | 'outcomes'>,
  facts: AnswerFacts,
  language: Language,
  templateOf: (kind: BlockKind) => { subject: string; body: string },
  values: LetterValues,
  known: ReadonlySet<string>,
): ComposedAnswer {
  const blocks = answerBlocks(request, facts, language);
  const paragraphs: string[] = [];
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const problems: Wording[] = [];
  const inputs = new Set<string>();
  for (const block of blocks) {
    if ('text' in block) {
      paragraphs.push(block.text);
      continue;
    }
    const template = templateOf(block.kind);
    const rendered = renderLetter(
      { subject: '', body: template.body },
      { ...values, ...block.values },
      known,
      optionalPlaceholders,
    );
    // A paragraph two blocks share (the CNIL complaint of an access answer and of the remedies)
    // is said once.
    paragraphs.push(...rendered.paragraphs.filter((paragraph) => !paragraphs.includes(paragraph)));
    rendered.missing.forEach((name) => missing.add(name));
    rendered.unknown.forEach((name) => unknown.add(name));
    const text = rendered.paragraphs.join('\n\n');
    for (const requirement of mandatoryContent[block.kind]) {
      if (
        !requirement.test(template.body, text) &&
        !problems.some((problem) => problem.key === requirement.key)
      )
        problems.push({ key: requirement.key });
    }
    for (const name of inputPlaceholders[block.kind] ?? []) inputs.add(name);
  }
  return {
    paragraphs,
    missing: [...missing],
    unknown: [...unknown],
    problems,
    inputs: [...inputs],
  };
}
