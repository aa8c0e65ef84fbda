import type { Language } from '../../../shared/i18n';

/** Fields shorter than this (names, codes) never reach their limit by accident. */
const longFieldFrom = 1_000;

/**
 * What a long text field says of its length near its limit: from 90 % on, the characters used;
 * at the limit, that what goes beyond is not kept. The browser stops typing there and cuts a
 * pasted text without a word: without this a DPO would lose the end of a pasted paragraph unseen.
 */
export function lengthHint(
  length: number,
  max: number | undefined,
  language: Language,
  t: (key: string, params?: Record<string, string | number>) => string,
): string | undefined {
  if (max === undefined || max < longFieldFrom || length < max * 0.9) return undefined;
  const format = (n: number) => n.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');
  return t(length >= max ? 'field.lengthReached' : 'field.length', {
    count: format(length),
    max: format(max),
  });
}
