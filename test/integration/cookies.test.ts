import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../db/audit';
import { cookiePolicyOf } from '../../electron/services/cookiePolicy';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import { exportJson, importJson } from '../../electron/services/transfer';
import { newId } from '../../shared/ids';
import type { ProcessorSummary } from '../../shared/schemas/processor';
import { emptyCookie, type CookieFields, type CookieView } from '../../shared/schemas/cookie';
import { useLetterContext } from '../helpers/letters';
import { value } from '../helpers/result';
import { useTempDir } from '../helpers/temp';

const { open, clock } = useLetterContext(new Date('2026-11-16T09:00:00Z'));
const tempDir = useTempDir();

const byName = (views: CookieView[], name: string): CookieView => {
  const found = views.find((view) => view.cookie.name === name);
  if (found === undefined) throw new Error(`no cookie ${name}`);
  return found;
};

describe('the cookie and tracker inventory', () => {
  it('holds the example cookies with their provider, activity, transfers and warnings', async () => {
    const { ctx } = await open();
    const cookies = value<CookieView[]>(await dispatch(ctx, 'cookies.list', {}));
    expect(cookies.map((view) => view.cookie.name)).toEqual(
      expect.arrayContaining(['SESSIONID', 'lb_route', '_ga', '_gid', '_pk_id', '_clck', 'YSC']),
    );
    const ga = byName(cookies, '_ga');
    expect(ga.provider?.name).toBe('Google Analytics (Google Ireland Limited)');
    expect(ga.activity?.name).toBe('Mesure d’audience et gestion des cookies du site internet');
    // The provider's record and the activity name the same transfer once, with its safeguard.
    expect(ga.transfers).toEqual([
      expect.objectContaining({ country: 'États-Unis', safeguard: 'adequacyDecision' }),
    ]);
    expect(ga.warnings).toEqual([]);
    expect(byName(cookies, '_clck').transfers).toEqual([
      expect.objectContaining({ country: 'États-Unis', safeguard: 'adequacyDecision' }),
    ]);
    // Two years under consent, a transfer with no safeguard: both said.
    expect(byName(cookies, 'ads_uid').warnings).toEqual([
      { code: 'consentOver13Months' },
      { code: 'transferWithoutSafeguard', country: 'Maroc' },
    ]);
    // A chat provider whose contract is still being negotiated.
    expect(byName(cookies, 'support_chat_id').warnings).toEqual([
      { code: 'providerWithoutContract' },
    ]);
    expect(byName(cookies, 'cookie_consent').warnings).toEqual([]);
  });

  it('creates once, updates with a conflict check, journals and deletes', async () => {
    const { ctx } = await open();
    const processors = value<ProcessorSummary[]>(await dispatch(ctx, 'processors.list', {}));
    const matomo = processors.find((p) => p.name.startsWith('Matomo'));
    const fields: CookieFields = {
      ...emptyCookie(),
      name: '_pk_ref',
      providerId: matomo?.id ?? null,
      category: 'audienceMeasurement',
      purpose: 'Site d’origine de la visite.',
      consent: 'exempt',
      lifetime: { value: 6, unit: 'months' },
    };
    const createId = newId();
    const created = value<CookieView>(
      await dispatch(ctx, 'cookies.create', { createId, cookie: fields }),
    );
    const again = value<CookieView>(
      await dispatch(ctx, 'cookies.create', { createId, cookie: fields }),
    );
    expect(again.cookie.id).toBe(created.cookie.id);
    expect(created.warnings).toEqual([{ code: 'noActivity' }]);

    clock.now = new Date('2026-11-16T10:00:00Z');
    const longer = value<CookieView>(
      await dispatch(ctx, 'cookies.update', {
        id: created.cookie.id,
        expectedUpdatedAt: created.cookie.updatedAt,
        cookie: { ...fields, lifetime: { value: 25, unit: 'months' } },
      }),
    );
    expect(longer.warnings.map((w) => w.code)).toEqual(['exemptOver13Months', 'noActivity']);
    const stale = await dispatch(ctx, 'cookies.update', {
      id: created.cookie.id,
      expectedUpdatedAt: created.cookie.updatedAt,
      cookie: fields,
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');

    const unknown = await dispatch(ctx, 'cookies.update', {
      id: created.cookie.id,
      expectedUpdatedAt: longer.cookie.updatedAt,
      cookie: { ...fields, activityId: 'missing' },
    });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('VALIDATION');

    const entries = await listAuditEntries(ctx.db, {
      entity: 'cookie',
      entityId: created.cookie.id,
    });
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'update']);
    value(await dispatch(ctx, 'cookies.delete', { id: created.cookie.id }));
    const gone = await dispatch(ctx, 'cookies.get', { id: created.cookie.id });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.code).toBe('NOT_FOUND');
  });

  it('says a functional cookie cannot be exempt, and a third-party cookie needs a provider', async () => {
    const { ctx } = await open();
    const created = value<CookieView>(
      await dispatch(ctx, 'cookies.create', {
        cookie: {
          ...emptyCookie(),
          name: 'widget',
          category: 'functional',
          consent: 'exempt',
          party: 'third',
        },
      }),
    );
    expect(created.warnings.map((w) => w.code)).toEqual([
      'exemptNotAudience',
      'thirdPartyWithoutProvider',
      'noActivity',
    ]);
  });

  it('loses its provider, not itself, when the processor is deleted', async () => {
    const { ctx } = await open();
    const cookies = value<CookieView[]>(await dispatch(ctx, 'cookies.list', {}));
    const ysc = byName(cookies, 'YSC');
    value(
      await dispatch(ctx, 'processors.delete', {
        id: ysc.provider?.id ?? '',
        confirmLinked: true,
      }),
    );
    const after = value<CookieView>(await dispatch(ctx, 'cookies.get', { id: ysc.cookie.id }));
    expect(after.provider).toBeNull();
    expect(after.warnings.map((w) => w.code)).toContain('thirdPartyWithoutProvider');
  });

  it('travels in the JSON export and comes back whole', async () => {
    const { ctx } = await open();
    const text = await exportJson(ctx);
    const document = JSON.parse(text) as { cookies: unknown[] };
    expect(document.cookies).toHaveLength(17);
    const target = await openContext(join(tempDir(), 'copie.sqlite'), {
      actor: 'dpo',
      clock: () => new Date('2026-11-16T09:00:00Z'),
    });
    try {
      await importJson(target.ctx, text, { replace: false });
      const before = value<CookieView[]>(await dispatch(ctx, 'cookies.list', {}));
      const after = value<CookieView[]>(await dispatch(target.ctx, 'cookies.list', {}));
      expect(after).toEqual(before);
      expect(await exportJson(target.ctx)).toBe(text);
    } finally {
      await target.close();
    }
  });

  it('writes the cookie policy with the consent choice kept as long as Paramètres says', async () => {
    const { ctx } = await open();
    value(await dispatch(ctx, 'preferences.save', { consentChoiceMonths: 4 }));
    const policy = await cookiePolicyOf(ctx, 'fr');
    const consent = policy.sections.find((section) => section.id === 'consent');
    expect(JSON.stringify(consent)).toContain('conservé 4 mois');
    const transfers = policy.sections.find((section) => section.id === 'transfers');
    const table = transfers?.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.map((row) => row.slice(0, 2)) : []).toEqual(
      expect.arrayContaining([
        ['Google Analytics (Google Ireland Limited)', 'États-Unis'],
        ['Microsoft Clarity (Microsoft Ireland Operations Limited)', 'États-Unis'],
        ['Campagnes Marketing Plus (exemple)', 'Maroc'],
      ]),
    );
  });
});
