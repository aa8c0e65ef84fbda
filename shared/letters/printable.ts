/**
 * What a letter cannot print as it should, found before anything is generated: text written right
 * to left (Arabic, Hebrew… would come out with its letters reversed and unjoined, as the PDF
 * writer does not shape them) and symbols its font has no drawing for (emoji, Chinese, Japanese,
 * Korean… would come out as empty boxes). The DPO is told which text, and writes it otherwise.
 */
export type Unprintable = { kind: 'rightToLeft' | 'noGlyph'; text: string };

const rightToLeft =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]+(?:[\s\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}])?/u;
/** Scripts and symbols the embedded DejaVu Sans does not draw (or draws without the shaping they need). */
const noGlyph =
  /[\p{Extended_Pictographic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Thai}\u{FE0F}\u{200D}]/u;

/** The first text of the letter it cannot print, or null. */
export function unprintableIn(texts: readonly string[]): Unprintable | null {
  for (const text of texts) {
    const reversed = rightToLeft.exec(text);
    if (reversed !== null) return { kind: 'rightToLeft', text: reversed[0] };
    const missing = noGlyph.exec(text);
    if (missing !== null) return { kind: 'noGlyph', text: missing[0] };
  }
  return null;
}
