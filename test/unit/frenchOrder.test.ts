import { describe, expect, it } from 'vitest';
import { compareFrench } from '../../shared/text';

describe('French order in lists', () => {
  it('sorts accented words among their letters and numbers by value', () => {
    expect(
      ['Stockage', 'Services', 'Sécurité', 'Zoé', 'élodie', 'Emma', 'T-0010', 'T-0009'].sort(
        compareFrench,
      ),
    ).toEqual(['élodie', 'Emma', 'Sécurité', 'Services', 'Stockage', 'T-0009', 'T-0010', 'Zoé']);
    expect([10, 9, 100].sort(compareFrench)).toEqual([9, 10, 100]);
    expect(compareFrench(undefined, 'a')).toBeLessThan(0);
  });
});
