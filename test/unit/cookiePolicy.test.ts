import { describe, expect, it } from 'vitest';
import { exampleCookies } from '../../electron/services/exampleCookies';
import { exampleOrganisation } from '../../electron/services/example';
import { lifetimeText } from '../../shared/cookies/lifetime';
import { cookieCategories } from '../../shared/cookies/vocabulary';
import { cookiePolicy, type CookiePolicySources } from '../../shared/notices/cookiePolicy';
import type { NoticeSection } from '../../shared/notices/document';
import { emptyCookie } from '../../shared/schemas/cookie';

/** The example inventory as the policy reads it, with the providers' transfers of the example. */
function sources(): CookiePolicySources {
  const us = {
    country: 'États-Unis',
    safeguard: 'adequacyDecision' as const,
    documentation: 'Cadre de protection des données UE–États-Unis',
  };
  return {
    organisation: exampleOrganisation,
    consentChoiceMonths: 6,
    updatedOn: '2026-11-16',
    cookies: exampleCookies().map(({ provider, activity: _activity, ...fields }) => ({
      cookie: { ...emptyCookie(), ...fields },
      provider: provider === undefined ? null : { name: provider },
      transfers:
        provider?.startsWith('Google') === true || provider?.startsWith('Microsoft') === true
          ? [{ ...us, recipient: provider }]
          : [],
    })),
  };
}

function rowsOf(section: NoticeSection | undefined): string[][] {
  return (section?.blocks ?? []).flatMap((block) => (block.kind === 'table' ? block.rows : []));
}

describe('the cookie policy generated from the inventory', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`lists every example cookie with its lifetime in its category's table (${language})`, () => {
      const policy = cookiePolicy(sources(), language);
      expect(policy.kind).toBe('cookies');
      for (const { name, category, lifetime } of exampleCookies()) {
        const rows = rowsOf(policy.sections.find((s) => s.id === `category.${category}`));
        const row = rows.find((cells) => cells[0] === name);
        expect(row, `${name} in category.${category}`).toBeDefined();
        expect(row?.[3]).toBe(lifetimeText(language, lifetime));
      }
      expect(policy.sections.map((s) => s.id)).toEqual([
        'intro',
        'whatIsACookie',
        'controller',
        ...cookieCategories.map((c) => `category.${c}`),
        'consent',
        'withdrawal',
        'dataCollected',
        'transfers',
        'rights',
      ]);
    });
  }

  it('words lifetimes, the consent choice and the transfers in each language', () => {
    const fr = cookiePolicy(sources(), 'fr');
    const en = cookiePolicy(sources(), 'en');
    const text = (policy: typeof fr) => JSON.stringify(policy.sections);
    expect(rowsOf(fr.sections.find((s) => s.id === 'category.audienceMeasurement'))).toContainEqual(
      expect.arrayContaining(['_ga', 'Google Analytics (Google Ireland Limited)', '13 mois']),
    );
    expect(rowsOf(en.sections.find((s) => s.id === 'category.audienceMeasurement'))).toContainEqual(
      expect.arrayContaining(['_gid', '24 hours']),
    );
    expect(text(fr)).toContain('est conservé 6 mois');
    expect(text(en)).toContain('is kept for 6 months');
    expect(text(fr)).toContain('CALLIMEDIA (exemple)');
    expect(text(en)).toContain('rgpd@callimedia.example');
    expect(rowsOf(en.sections.find((s) => s.id === 'transfers'))).toContainEqual([
      'Microsoft Clarity (Microsoft Ireland Operations Limited)',
      'États-Unis',
      'Adequacy decision (Art. 45) — Cadre de protection des données UE–États-Unis',
    ]);
    expect(text(fr)).toContain('réclamation à la CNIL');
  });

  it('leaves out the categories the site does not use, and says when nothing leaves the EU', () => {
    const only = sources();
    only.cookies = only.cookies
      .filter((entry) => entry.cookie.category === 'strictlyNecessary')
      .map((entry) => ({ ...entry, transfers: [] }));
    const policy = cookiePolicy(only, 'fr');
    expect(policy.sections.filter((s) => s.id.startsWith('category.')).map((s) => s.id)).toEqual([
      'category.strictlyNecessary',
    ]);
    expect(JSON.stringify(policy.sections.find((s) => s.id === 'transfers'))).toContain(
      'ne sont pas transférées',
    );
  });
});
