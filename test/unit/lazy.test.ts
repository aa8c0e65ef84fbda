import { describe, expect, it } from 'vitest';
import { lazy } from '../../shared/lazy';

describe('lazy', () => {
  it('makes the value at its first use only, then gives the same one', () => {
    let made = 0;
    const collator = lazy(() => {
      made += 1;
      return new Intl.Collator('fr');
    });
    expect(made).toBe(0);
    const first = collator();
    expect(collator()).toBe(first);
    expect(made).toBe(1);
  });
});
