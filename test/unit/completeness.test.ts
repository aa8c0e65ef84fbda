import { describe, expect, it } from 'vitest';
import { diffFields } from '../../shared/diff';
import { isDpiaNeeded, missingItems } from '../../shared/register/completeness';
import { activityInputSchema } from '../../shared/schemas/activity';
import { foldForSearch, matchesSearch } from '../../shared/text';
import { completeActivity } from '../helpers/temp';

const codes = (fields: Parameters<typeof missingItems>[0]) =>
  missingItems(fields).map((m) => m.code);

describe('Art. 30 completeness', () => {
  it('finds nothing missing in a complete record', () => {
    expect(missingItems(completeActivity())).toEqual([]);
  });

  it('names each missing item with its place in the record', () => {
    const activity = completeActivity({
      ownerService: '',
      purposes: [
        { description: 'A', legalBasis: 'consent', legitimateInterest: '' },
        { description: 'B', legalBasis: null, legitimateInterest: '' },
        { description: 'C', legalBasis: 'legitimateInterest', legitimateInterest: '' },
      ],
      transfers: [
        { recipient: 'Google LLC', country: 'États-Unis', safeguard: null, documentation: '' },
      ],
      dataCategories: [
        {
          kind: 'telephony',
          description: 'Enregistrements',
          retention: {
            mode: 'undetermined',
            duration: null,
            unit: 'months',
            startEvent: '',
            criteria: '',
          },
        },
      ],
      sensitiveData: ['health'],
      dpiaCriteria: ['largeScale', 'sensitiveData'],
      dpiaStatus: 'notRequired',
    });
    expect(missingItems(activity)).toEqual([
      { code: 'noOwner', path: 'ownerService' },
      { code: 'purposeWithoutLegalBasis', path: 'purposes.1.legalBasis', position: 2 },
      { code: 'legitimateInterestNotWritten', path: 'purposes.2.legitimateInterest', position: 3 },
      { code: 'categoryWithoutRetention', path: 'dataCategories.0.retention', position: 1 },
      { code: 'sensitiveWithoutException', path: 'sensitiveDataException' },
      { code: 'transferWithoutSafeguard', path: 'transfers.0.safeguard', position: 1 },
      { code: 'dpiaNeededNotDone', path: 'dpiaStatus' },
    ]);
  });

  it('asks for a DPIA from two criteria on, and a review date once done', () => {
    expect(isDpiaNeeded({ dpiaCriteria: ['largeScale'] })).toBe(false);
    expect(isDpiaNeeded({ dpiaCriteria: ['largeScale', 'vulnerablePeople'] })).toBe(true);
    const done = completeActivity({
      dpiaCriteria: ['largeScale', 'vulnerablePeople'],
      dpiaStatus: 'done',
      dpiaDate: '2026-01-15',
    });
    expect(codes(done)).toEqual(['dpiaWithoutReviewDate']);
    expect(codes({ ...done, dpiaNextReview: '2029-01-15' })).toEqual([]);
  });

  it('counts a chosen duration left empty as missing, as the save refuses it (old disagreement)', () => {
    const retention = {
      mode: 'duration' as const,
      duration: null,
      unit: 'years' as const,
      startEvent: '',
      criteria: '',
    };
    const halfFilled = completeActivity({
      dataCategories: [{ kind: 'identity', description: 'Nom', retention }],
    });
    // The live box used to say « Fiche complète » here while the save was refused.
    expect(activityInputSchema.safeParse(halfFilled).success).toBe(false);
    expect(missingItems(halfFilled)).toEqual([
      { code: 'categoryWithoutRetention', path: 'dataCategories.0.retention', position: 1 },
    ]);
    const criteriaEmpty = completeActivity({
      dataCategories: [
        { kind: 'identity', description: 'Nom', retention: { ...retention, mode: 'criteria' } },
      ],
    });
    expect(codes(criteriaEmpty)).toEqual(['categoryWithoutRetention']);
    const stated = completeActivity({
      dataCategories: [
        { kind: 'identity', description: 'Nom', retention: { ...retention, duration: 3 } },
      ],
    });
    expect(codes(stated)).toEqual([]);
  });

  it('wants the clients of a processor-register record and at least one security measure', () => {
    const processor = completeActivity({ register: 'processor' });
    expect(codes(processor)).toEqual(['noClient']);
    const unsecured = completeActivity();
    unsecured.security.accessControl.applied = false;
    expect(codes(unsecured)).toEqual(['noSecurityMeasure']);
  });
});

describe('activity schema', () => {
  it('refuses an active record whose purpose has no legal basis, but keeps it in a draft', () => {
    const purposes = [{ description: 'Qualité', legalBasis: null, legitimateInterest: '' }];
    const active = activityInputSchema.safeParse(completeActivity({ purposes }));
    expect(active.success).toBe(false);
    expect(active.error?.issues[0]).toMatchObject({
      path: ['purposes', 0, 'legalBasis'],
      message: 'validation.legalBasisRequired',
    });
    expect(
      activityInputSchema.safeParse(completeActivity({ purposes, status: 'draft' })).success,
    ).toBe(true);
  });

  it('refuses unknown enum values, over-long texts, empty names and impossible dates', () => {
    const bad = (overrides: Record<string, unknown>) =>
      activityInputSchema.safeParse({ ...completeActivity(), ...overrides }).success;
    expect(bad({ status: 'published' })).toBe(false);
    expect(bad({ name: '' })).toBe(false);
    expect(bad({ name: 'x'.repeat(201) })).toBe(false);
    expect(bad({ notes: 'x'.repeat(20_001) })).toBe(false);
    expect(bad({ dpiaDate: '2026-02-30' })).toBe(false);
    expect(bad({ dpiaDate: '2026-02-28' })).toBe(true);
    expect(bad({ dataSubjects: Array.from({ length: 51 }, () => 'Clients') })).toBe(false);
    expect(bad({ sensitiveData: ['astrology'] })).toBe(false);
  });
});

describe('search and history helpers', () => {
  it('matches without accents or case', () => {
    expect(foldForSearch('Équipe Prospection œuvre')).toBe('equipe prospection oeuvre');
    expect(foldForSearch('ŒUVRAY Æsa')).toBe('oeuvray aesa');
    expect(foldForSearch('Łukasz Søren Đorđe Strauß')).toBe('lukasz soren dorde strauss');
    expect(matchesSearch('Prospection commerciale', 'prospection')).toBe(true);
    expect(matchesSearch('Vidéosurveillance', 'VIDEO')).toBe(true);
    expect(matchesSearch('Relation client', 'prospection')).toBe(false);
  });

  it('lists changed fields with before and after', () => {
    expect(
      diffFields(
        { name: 'A', purposes: [{ legalBasis: 'consent' }], updatedAt: '1' },
        { name: 'B', purposes: [{ legalBasis: 'contract' }, { legalBasis: null }], updatedAt: '2' },
        ['updatedAt'],
      ),
    ).toEqual([
      { path: 'name', before: 'A', after: 'B' },
      { path: 'purposes.0.legalBasis', before: 'consent', after: 'contract' },
    ]);
  });
});
