import { describe, expect, it } from 'vitest';
import { formatSiren, isValidSiren, normaliseSiren } from '../../shared/siren';

describe('SIREN', () => {
  it('accepts 9 digits whose Luhn key is right, with or without spaces', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('732 829 320')).toBe(true);
    expect(isValidSiren('552 100 554')).toBe(true);
    expect(isValidSiren('443.061.841')).toBe(true);
  });

  it('refuses a wrong key, a wrong length, letters and zeros', () => {
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiren('123456789')).toBe(false);
    expect(isValidSiren('73282932')).toBe(false);
    expect(isValidSiren('7328293200')).toBe(false);
    expect(isValidSiren('73282932A')).toBe(false);
    expect(isValidSiren('000000000')).toBe(false);
    expect(isValidSiren('')).toBe(false);
  });

  it('normalises what users type and prints it in groups of three', () => {
    expect(normaliseSiren(' 732 829\u00a0320 ')).toBe('732829320');
    expect(formatSiren('732829320')).toBe('732 829 320');
  });
});
