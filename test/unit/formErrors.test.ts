import { describe, expect, it } from 'vitest';
import { errorsAfterEdit } from '../../shared/forms';

describe('a field error goes as soon as the field is edited', () => {
  const before = {
    name: '',
    responseOn: '2999-01-01',
    purposes: [{ description: 'A', legalBasis: null }],
  };
  const errors = {
    name: 'validation.required',
    responseOn: 'validation.futureDate',
    'purposes.0.legalBasis': 'validation.legalBasisRequired',
  };

  it('drops the error of the field changed and keeps the others', () => {
    const after = { ...before, responseOn: '2026-01-01' };
    expect(errorsAfterEdit(errors, before, after)).toEqual({
      name: 'validation.required',
      'purposes.0.legalBasis': 'validation.legalBasisRequired',
    });
    const nested = { ...before, purposes: [{ description: 'A', legalBasis: 'consent' }] };
    expect(Object.keys(errorsAfterEdit(errors, before, nested))).toEqual(['name', 'responseOn']);
  });

  it('gives back the same object when no error goes', () => {
    expect(errorsAfterEdit(errors, before, { ...before })).toBe(errors);
  });
});
