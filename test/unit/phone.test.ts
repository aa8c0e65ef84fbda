import { describe, expect, it } from 'vitest';
import { dialerForms } from '../../shared/phone';

describe('a phone number in the forms a dialer matches', () => {
  it.each([
    ['+33 6 12 34 56 78', '33612345678', '0612345678'],
    ['06 12 34 56 78', '33612345678', '0612345678'],
    ['06.12.34.56.78', '33612345678', '0612345678'],
    ['0033 612345678', '33612345678', '0612345678'],
    ['+33 (0)6 12 34 56 78', '33612345678', '0612345678'],
    ['+44 20 7946 0958', '442079460958', ''],
    ['0044 20 7946 0958', '442079460958', ''],
  ])('%s gives %s and %s', (typed, international, national) => {
    expect(dialerForms(typed)).toEqual({ international, national });
  });

  it.each(['', 'poste 12', '612345678', '+33 6', '+1234567890123456'])(
    'cannot read « %s »',
    (typed) => {
      expect(dialerForms(typed)).toEqual({ international: '', national: '' });
    },
  );
});
