import { describe, expect, it } from 'vitest';
import { excelDate, looksLikeFormula, wrappedLines } from '../../electron/documents/registerXlsx';

describe('spreadsheet cells', () => {
  it('flags every text a spreadsheet program could take for a formula (OWASP)', () => {
    for (const text of ['=1+1', '+33 6', '-2', '@SUM(A1)', '\tcmd', '\rcmd', '\ncmd']) {
      expect(looksLikeFormula(text), JSON.stringify(text)).toBe(true);
    }
    for (const text of ['Prospection', '1+1', 'a=b', ' =1', 'Ελένη', '']) {
      expect(looksLikeFormula(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('turns a calendar date into the same day in every time zone', () => {
    expect(excelDate('2026-11-22')?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(excelDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(excelDate('')).toBeNull();
    expect(excelDate('22/11/2026')).toBeNull();
  });

  it('counts the lines a wrapped text takes', () => {
    expect(wrappedLines('court', 20)).toBe(1);
    expect(wrappedLines('a\nb\nc', 20)).toBe(3);
    expect(wrappedLines('x'.repeat(45), 20)).toBe(3);
  });
});
