import { describe, expect, it } from 'vitest';
import {
  cookieWarnings,
  livesOver13Months,
  providerTransfers,
} from '../../shared/cookies/warnings';
import { emptyCookie, type CookieFields } from '../../shared/schemas/cookie';
import { emptyProcessor } from '../../shared/schemas/processor';

const cookie = (fields: Partial<CookieFields>): CookieFields => ({
  ...emptyCookie(),
  name: 'x',
  activityId: 'activity',
  ...fields,
});
const provider = (fields: Partial<ReturnType<typeof emptyProcessor>> = {}) => ({
  ...emptyProcessor(),
  id: 'p',
  name: 'Google Analytics (Google Ireland Limited)',
  contractStatus: 'signed' as const,
  ...fields,
});
const codes = (fields: Partial<CookieFields>, from = provider()) =>
  cookieWarnings(cookie(fields), from, providerTransfers(from, null)).map((w) => w.code);

describe('cookie lifetimes against the 13 months of a consent', () => {
  it('counts months, years and days as the CNIL does', () => {
    expect(livesOver13Months({ value: 13, unit: 'months' })).toBe(false);
    expect(livesOver13Months({ value: 14, unit: 'months' })).toBe(true);
    expect(livesOver13Months({ value: 1, unit: 'years' })).toBe(false);
    expect(livesOver13Months({ value: 2, unit: 'years' })).toBe(true);
    expect(livesOver13Months({ value: 395, unit: 'days' })).toBe(false);
    expect(livesOver13Months({ value: 400, unit: 'days' })).toBe(true);
    expect(livesOver13Months({ value: 0, unit: 'session' })).toBe(false);
  });
});

describe('cookie warnings', () => {
  it('says a consent cookie, or the one keeping the choice, living more than 13 months', () => {
    expect(codes({ consent: 'required', lifetime: { value: 25, unit: 'months' } })).toEqual([
      'consentOver13Months',
    ]);
    expect(codes({ keepsConsentChoice: true, lifetime: { value: 2, unit: 'years' } })).toEqual([
      'consentOver13Months',
    ]);
    expect(codes({ consent: 'required', lifetime: { value: 13, unit: 'months' } })).toEqual([]);
  });

  it('allows an exemption to audience measurement within 13 months only', () => {
    const audience = { category: 'audienceMeasurement' as const, consent: 'exempt' as const };
    expect(codes(audience)).toEqual([]);
    expect(codes({ ...audience, lifetime: { value: 24, unit: 'months' } })).toEqual([
      'exemptOver13Months',
    ]);
    expect(codes({ category: 'functional', consent: 'exempt' })).toEqual(['exemptNotAudience']);
    expect(codes({ category: 'thirdPartyAdvertising', consent: 'exempt' })).toEqual([
      'exemptNotAudience',
    ]);
    // Strictly necessary and security cookies need no consent by nature.
    expect(codes({ category: 'security', consent: 'exempt' })).toEqual([]);
  });

  it('says a provider without contract or safeguard, a third party without provider', () => {
    expect(codes({}, provider({ contractStatus: 'negotiation' }))).toEqual([
      'providerWithoutContract',
    ]);
    // An independent recipient (a video platform) signs no Art. 28 contract.
    expect(codes({}, provider({ role: 'independentRecipient', contractStatus: 'none' }))).toEqual(
      [],
    );
    const usWithout = provider({
      transfers: [{ country: 'États-Unis', safeguard: null, documentation: '' }],
    });
    expect(cookieWarnings(cookie({}), usWithout, providerTransfers(usWithout, null))).toEqual([
      { code: 'transferWithoutSafeguard', country: 'États-Unis' },
    ]);
    expect(cookieWarnings(cookie({ party: 'third' }), null, []).map((w) => w.code)).toEqual([
      'thirdPartyWithoutProvider',
    ]);
  });

  it('says a tracker belonging to no activity of the register', () => {
    expect(codes({ activityId: null })).toEqual(['noActivity']);
  });

  it('takes the safeguard the activity documents for the provider when its record has none', () => {
    const undocumented = provider({
      transfers: [{ country: 'États-Unis', safeguard: null, documentation: '' }],
    });
    const transfers = providerTransfers(undocumented, {
      transfers: [
        {
          recipient: 'Google LLC (Google Analytics)',
          country: 'États-Unis',
          safeguard: 'adequacyDecision',
          documentation: 'Data Privacy Framework',
        },
        { recipient: 'Autre', country: 'Inde', safeguard: null, documentation: '' },
      ],
    });
    expect(transfers).toEqual([
      {
        recipient: 'Google Analytics (Google Ireland Limited)',
        country: 'États-Unis',
        safeguard: 'adequacyDecision',
        documentation: 'Data Privacy Framework',
      },
    ]);
  });
});
