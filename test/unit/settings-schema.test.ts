import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../shared/schemas/common';
import { organisationSettingsSchema, preferencesSchema } from '../../shared/schemas/settings';
import { validSettings } from '../helpers/temp';

function issues(input: unknown) {
  const result = organisationSettingsSchema.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error);
}

describe('organisation settings schema', () => {
  it('accepts a complete organisation and normalises the SIREN and spaces', () => {
    const result = organisationSettingsSchema.parse({
      ...validSettings,
      legalName: '  Société d’Équipement Générale  ',
    });
    expect(result.siren).toBe('732829320');
    expect(result.legalName).toBe('Société d’Équipement Générale');
  });

  it('accepts an empty SIREN, email and phone (filled in later)', () => {
    expect(issues({ ...validSettings, siren: '', dpoEmail: '', dpoPhone: '' })).toEqual([]);
  });

  it('requires the legal name', () => {
    expect(issues({ ...validSettings, legalName: '   ' })).toEqual([
      { path: 'legalName', messageKey: 'validation.required' },
    ]);
  });

  it('names the SIREN when its key is wrong', () => {
    expect(issues({ ...validSettings, siren: '123 456 789' })).toEqual([
      { path: 'siren', messageKey: 'validation.siren' },
    ]);
  });

  it('checks the DPO email and phone', () => {
    expect(issues({ ...validSettings, dpoEmail: 'rgpd@exemple' })).toEqual([
      { path: 'dpoEmail', messageKey: 'validation.email' },
    ]);
    expect(issues({ ...validSettings, dpoPhone: '04 67 <script>' })).toEqual([
      { path: 'dpoPhone', messageKey: 'validation.phone' },
    ]);
  });

  it('bounds every text field', () => {
    expect(issues({ ...validSettings, legalName: 'x'.repeat(201) })).toEqual([
      { path: 'legalName', messageKey: 'validation.tooLong' },
    ]);
    expect(issues({ ...validSettings, legalName: 'x'.repeat(200) })).toEqual([]);
    expect(issues({ ...validSettings, address: 'x'.repeat(1001) })).toEqual([
      { path: 'address', messageKey: 'validation.tooLong' },
    ]);
    expect(issues({ ...validSettings, dpoEmail: `${'a'.repeat(250)}@b.fr` })).toEqual([
      { path: 'dpoEmail', messageKey: 'validation.tooLong' },
    ]);
  });

  it('refuses unexpected fields and wrong types', () => {
    expect(issues({ ...validSettings, isAdmin: true })).toEqual([
      { path: '', messageKey: 'validation.unexpected' },
    ]);
    expect(issues({ ...validSettings, siren: 732829320 })).toEqual([
      { path: 'siren', messageKey: 'validation.invalid' },
    ]);
    expect(issues(null)).toHaveLength(1);
  });

  it('knows only French and English', () => {
    expect(
      preferencesSchema.safeParse({
        language: 'en',
        alsaceMoselle: false,
        dpoTitle: 'DPO',
        calendarNames: false,
        reminderDays: 1,
        consentChoiceMonths: 6,
      }).success,
    ).toBe(true);
    expect(
      preferencesSchema.safeParse({
        language: 'de',
        alsaceMoselle: false,
        dpoTitle: 'DPO',
        calendarNames: false,
        reminderDays: 1,
      }).success,
    ).toBe(false);
  });
});
