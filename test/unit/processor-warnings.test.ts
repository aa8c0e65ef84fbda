import { describe, expect, it } from 'vitest';
import { addDays, formatCalendarDate, isCalendarDate, localCalendarDate } from '../../shared/dates';
import { art28Clauses } from '../../shared/processors/vocabulary';
import { processorWarnings } from '../../shared/processors/warnings';
import { emptyProcessor, type ProcessorFields } from '../../shared/schemas/processor';

const today = '2026-11-22';
const codes = (fields: Partial<ProcessorFields>) =>
  processorWarnings({ ...emptyProcessor(), name: 'X', ...fields }, today).map((w) => w.code);
const signed = {
  contractStatus: 'signed' as const,
  contractReviewOn: '2028-01-01',
  clauses: [...art28Clauses],
};

describe('processor warnings', () => {
  it('asks for a signed contract with all eight Art. 28(3) clauses', () => {
    expect(codes({})).toEqual(['noSignedContract', 'incompleteClauses']);
    expect(codes({ contractStatus: 'negotiation', clauses: [...art28Clauses] })).toEqual([
      'noSignedContract',
    ]);
    expect(codes(signed)).toEqual([]);
    expect(codes({ ...signed, clauses: art28Clauses.slice(1) })).toEqual(['incompleteClauses']);
  });

  it('warns 60 days before the review date, and once it has passed the contract is expired', () => {
    expect(codes({ ...signed, contractReviewOn: addDays(today, 61) })).toEqual([]);
    expect(codes({ ...signed, contractReviewOn: addDays(today, 60) })).toEqual(['reviewDue']);
    expect(codes({ ...signed, contractReviewOn: today })).toEqual(['reviewDue']);
    expect(codes({ ...signed, contractReviewOn: addDays(today, -1) })).toEqual(['contractExpired']);
    expect(codes({ ...signed, contractStatus: 'expired' })).toEqual(['contractExpired']);
  });

  it('needs no Art. 28 contract from an auditor, a lawyer or an authority', () => {
    expect(codes({ role: 'independentRecipient' })).toEqual([]);
    expect(codes({ role: 'authority' })).toEqual([]);
    expect(codes({ role: 'subProcessor' })).toEqual(['noSignedContract', 'incompleteClauses']);
  });

  it('flags each transfer outside the EU without a safeguard', () => {
    expect(
      processorWarnings(
        {
          ...emptyProcessor(),
          ...signed,
          role: 'processor',
          transfers: [
            { country: 'États-Unis', safeguard: 'standardContractualClauses', documentation: '' },
            { country: 'Maroc', safeguard: null, documentation: '' },
          ],
        },
        today,
      ),
    ).toEqual([{ code: 'transferWithoutSafeguard', position: 2 }]);
  });
});

describe('calendar dates', () => {
  it('adds days across months and years, and knows real dates', () => {
    expect(addDays('2026-11-22', 60)).toBe('2027-01-21');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(formatCalendarDate('2026-11-22')).toBe('22/11/2026');
    expect(localCalendarDate(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
  });
});
