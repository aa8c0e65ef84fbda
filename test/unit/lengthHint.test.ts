import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { lengthHint, maxLength } from '../../shared/limits';

const fr = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);
const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);

describe('the length of a long text field near its limit', () => {
  it('says nothing far from the limit, nor on short fields', () => {
    expect(lengthHint(17_999, maxLength.freeText, 'fr', fr)).toBeUndefined();
    expect(lengthHint(200, maxLength.name, 'fr', fr)).toBeUndefined();
    expect(lengthHint(10, undefined, 'fr', fr)).toBeUndefined();
  });

  it('counts from 90 % and says at the limit that the rest was not kept, in both languages', () => {
    expect(lengthHint(18_500, maxLength.freeText, 'fr', fr)).toBe(
      '18\u202f500 caractères sur 20\u202f000',
    );
    expect(lengthHint(20_000, maxLength.freeText, 'fr', fr)).toBe(
      'Limite de 20\u202f000 caractères atteinte : ce qui dépasse n’est pas gardé (un texte collé a été coupé à cette limite).',
    );
    expect(lengthHint(18_500, maxLength.freeText, 'en', en)).toBe('18,500 of 20,000 characters');
    expect(lengthHint(20_000, maxLength.freeText, 'en', en)).toContain(
      'Limit of 20,000 characters reached',
    );
  });
});
