import { describe, expect, it } from 'vitest';
import { unprintableIn } from '../../shared/letters/printable';

describe('what a letter cannot print', () => {
  it('lets Latin, Greek and Cyrillic through', () => {
    expect(
      unprintableIn(['Łukasz Żółć', 'Ελένη Παπαδοπούλου', 'Дмитрий Иванов', 'Œuvre « ok » – 3 €']),
    ).toBeNull();
  });

  it('names right-to-left text and symbols that would print as empty boxes', () => {
    expect(unprintableIn(['12 rue de la Paix', 'محمد علي'])).toEqual({
      kind: 'rightToLeft',
      text: 'محمد علي',
    });
    expect(unprintableIn(['שלום'])).toEqual({ kind: 'rightToLeft', text: 'שלום' });
    expect(unprintableIn(['Merci 😀'])).toEqual({ kind: 'noGlyph', text: '😀' });
    expect(unprintableIn(['王小明'])).toEqual({ kind: 'noGlyph', text: '王' });
  });
});
