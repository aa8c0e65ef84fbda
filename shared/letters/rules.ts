/**
 * Which letter fits a request's state, and why not: one rule per kind, asked by the selector, the
 * preview, single generation, the batch and the command line alike (a command's "enabled when").
 * A letter that would say something the file does not say is refused here.
 */
import { wordingText, type Wording } from '../errors';
import type { Language, MessageKey } from '../i18n';
import type { RequestDeadline } from '../rights/requestDeadline';
import { isOpen } from '../rights/requestDeadline';
import type { RequestFields } from '../schemas/request';
import type { LetterKind } from './templates';
import { letterKinds } from './templates';

/** Why a letter cannot be made: an i18n key and its values, worded by whoever shows it. */
export interface LetterRefusal {
  key: MessageKey;
  params: Record<string, string>;
}

export interface LetterState {
  request: Pick<
    RequestFields,
    | 'status'
    | 'rights'
    | 'outcomes'
    | 'identityStatus'
    | 'identityReceivedOn'
    | 'extensionMonths'
    | 'extensionReason'
    | 'extensionNotifiedOn'
    | 'responseOn'
  >;
  deadline: Pick<RequestDeadline, 'firstMonthDue'>;
  today: string;
  /** Recipients still to be told of a granted rectification, erasure or restriction (Art. 19). */
  art19Pending: readonly string[];
}

const refuse = (key: MessageKey, params: Record<string, string> = {}): LetterRefusal => ({
  key,
  params,
});

function answerRefusal(state: LetterState): LetterRefusal | null {
  const { request } = state;
  const undecided = request.rights.filter((right) => {
    const outcome = request.outcomes.find((o) => o.right === right);
    return outcome === undefined || outcome.outcome === 'pending';
  });
  if (undecided.length > 0) {
    return refuse('letterRule.outcomesPending', {
      rights: undecided.map((right) => `enum.right.${right}`).join(','),
    });
  }
  if (state.art19Pending.length > 0) {
    return refuse('letterRule.art19Pending', { names: state.art19Pending.join(', ') });
  }
  return null;
}

/** Null when the letter fits the request as it stands; otherwise why it does not. */
export function letterRefusal(kind: LetterKind, state: LetterState): LetterRefusal | null {
  const { request, today } = state;
  if (request.status === 'withdrawn') return refuse('letterRule.withdrawn');
  const open = isOpen(request.status);
  switch (kind) {
    case 'acknowledgement':
      return open
        ? null
        : refuse('letterRule.acknowledgementAnswered', { date: request.responseOn });
    case 'identityProof':
      if (!open) return refuse('letterRule.closed');
      if (request.identityStatus === 'received' || request.identityStatus === 'verified')
        return refuse('letterRule.identityReceived');
      return null;
    case 'extension':
      if (!open) return refuse('letterRule.closed');
      if (request.extensionMonths === 0 || request.extensionReason.trim() === '')
        return refuse('letterRule.noExtension');
      // A notice sent in time may be printed again; a first notice after the first month may not.
      if (
        request.extensionNotifiedOn !== '' &&
        request.extensionNotifiedOn <= state.deadline.firstMonthDue
      )
        return null;
      if (today > state.deadline.firstMonthDue)
        return refuse('letterRule.extensionLate', { date: state.deadline.firstMonthDue });
      return null;
    case 'answer':
      return answerRefusal(state);
    case 'refusal': {
      const pending = answerRefusal(state);
      if (pending !== null) return pending;
      const decided = request.outcomes.filter((o) => request.rights.includes(o.right));
      if (!decided.some((o) => o.outcome === 'refused' || o.outcome === 'partly'))
        return refuse('letterRule.nothingRefused');
      if (decided.some((o) => o.outcome === 'granted' || o.outcome === 'partly'))
        return refuse('letterRule.notAllRefused');
      return null;
    }
  }
}

/** Every letter with whether it fits: what the selector shows. */
export function availableLetters(
  state: LetterState,
): { kind: LetterKind; refusal: LetterRefusal | null }[] {
  return letterKinds.map((kind) => ({ kind, refusal: letterRefusal(kind, state) }));
}

/** The refusal as a message to word (its `date` and `rights` are worded by `wordingText`). */
export function refusalWording(refusal: LetterRefusal): Wording {
  return { key: refusal.key, values: refusal.params };
}

/** The refusal as one sentence in the given language (dates as 22/11/2026, rights by label). */
export function refusalText(refusal: LetterRefusal, language: Language): string {
  return wordingText(language, refusalWording(refusal));
}
