import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../db/audit';
import { calendarSummary } from '../../electron/services/calendar';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import { exportJson, importJson } from '../../electron/services/transfer';
import type { NoticeDocument } from '../../shared/notices/document';
import type {
  NoticeComparison,
  NoticePublication,
  NoticesOverview,
} from '../../shared/notices/publications';
import type { CalendarItem } from '../../shared/retention/calendar';
import type {
  ActivityFields,
  ActivitySummary,
  ProcessingActivity,
} from '../../shared/schemas/activity';
import type { DashboardFigures } from '../../shared/schemas/request';
import { fakeDialogs } from '../helpers/files';
import { useLetterContext } from '../helpers/letters';
import { value } from '../helpers/result';
import { privacyNotice } from '../helpers/notices';
import { useTempDir } from '../helpers/temp';

// Wednesday 13 May 2026, 09:00 in Paris.
const start = new Date('2026-05-13T07:00:00Z');
const { open, clock } = useLetterContext(start);
const tempDir = useTempDir();

const html = (text: string) => new TextEncoder().encode(`<!doctype html><p>${text}</p>`);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type Ctx = Awaited<ReturnType<typeof open>>['ctx'];

async function publish(ctx: Ctx, document: NoticeDocument, bytes: Uint8Array) {
  return value<NoticePublication>(
    await dispatch(ctx, 'noticeVersions.record', {
      kind: document.kind,
      language: document.language,
      format: 'html',
      document,
      contentBase64: base64(bytes),
    }),
  );
}

async function touchActivity(
  ctx: Ctx,
  name: string,
  change: (fields: ActivityFields) => ActivityFields,
) {
  const summaries = value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', {}));
  const summary = summaries.find((activity) => activity.name === name);
  if (summary === undefined) throw new Error(`no activity ${name}`);
  const activity = value<ProcessingActivity>(
    await dispatch(ctx, 'activities.get', { id: summary.id }),
  );
  const { id, reference: _r, createdAt: _c, updatedAt, ...fields } = activity;
  value(
    await dispatch(ctx, 'activities.update', {
      id,
      expectedUpdatedAt: updatedAt,
      activity: change(fields),
    }),
  );
}

describe('publications of the notices', () => {
  it('keeps each version with its number, date, SHA-256 and file, newest first, and journals it without the bytes', async () => {
    const { ctx, dialogs } = await open();
    const first = html('Prospection : 3 ans');
    const v1 = await publish(ctx, privacyNotice('3 ans'), first);
    expect(v1).toMatchObject({
      kind: 'privacy',
      language: 'fr',
      version: 1,
      publishedOn: '2026-05-13',
      publishedAt: '2026-05-13T07:00:00.000Z',
      format: 'html',
      fileName: 'politique-protection-donnees-v1-fr.html',
      size: first.length,
      sha256: sha256(first),
      // The DPO named in Paramètres (the example's).
      publishedBy: 'Camille Roux',
    });
    clock.now = new Date('2026-05-14T07:00:00Z');
    const v2 = await publish(ctx, privacyNotice('5 ans'), html('Prospection : 5 ans'));
    const english = await publish(ctx, privacyNotice('5 years', 'en'), html('5 years'));
    expect([v2.version, english.version]).toEqual([2, 1]);

    const listed = value<NoticePublication[]>(
      await dispatch(ctx, 'noticeVersions.list', { kind: 'privacy' }),
    );
    expect(listed.map((p) => [p.language, p.version])).toEqual([
      ['en', 1],
      ['fr', 2],
      ['fr', 1],
    ]);
    expect(
      value<NoticePublication[]>(await dispatch(ctx, 'noticeVersions.list', { kind: 'cookies' })),
    ).toEqual([]);

    expect(value(await dispatch(ctx, 'noticeVersions.save', { id: v1.id }))).toEqual({
      saved: true,
      name: 'politique-protection-donnees-v1-fr.html',
    });
    expect(dialogs.state.saved[0]?.mimeType).toBe('text/html');
    expect(Buffer.from(dialogs.state.saved[0]?.content ?? []).equals(Buffer.from(first))).toBe(
      true,
    );

    const journal = await listAuditEntries(ctx.db, { entity: 'notice_publication' });
    expect(journal).toHaveLength(3);
    expect(journal[0]?.after).toEqual({
      kind: 'privacy',
      language: 'fr',
      version: 1,
      format: 'html',
      publishedOn: '2026-05-13',
      sha256: sha256(first),
    });

    const comparison = value<NoticeComparison>(
      await dispatch(ctx, 'noticeVersions.compare', {
        olderId: v1.id,
        newerId: v2.id,
      }),
    );
    expect(comparison.changes.map((c) => c.text)).toEqual([
      'Durée de conservation modifiée pour « Prospection » : 3 ans → 5 ans',
    ]);
    // Worded in the notice's language, whatever the app is shown in: the screen's language is no
    // longer asked for (given English, a French notice's changes read « Finalité added »).
    expect(
      await dispatch(ctx, 'noticeVersions.compare', {
        olderId: v1.id,
        newerId: v2.id,
        language: 'en',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(
      await dispatch(ctx, 'noticeVersions.compare', {
        olderId: v1.id,
        newerId: english.id,
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('holds one version number per notice and language, and only the known kinds (migration 0018)', async () => {
    const { ctx } = await open();
    const v1 = await publish(ctx, privacyNotice('3 ans'), html('v1'));
    const row = await ctx.db
      .selectFrom('notice_publication')
      .selectAll()
      .where('id', '=', v1.id)
      .executeTakeFirstOrThrow();
    await expect(
      ctx.db
        .insertInto('notice_publication')
        .values({ ...row, id: 'autre' })
        .execute(),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    await expect(
      ctx.db
        .insertInto('notice_publication')
        .values({ ...row, id: 'autre', kind: 'legal', version: 2 })
        .execute(),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_CHECK' });
  });

  it('refuses a document of another kind or language than announced', async () => {
    const { ctx } = await open();
    const refused = await dispatch(ctx, 'noticeVersions.record', {
      kind: 'cookies',
      language: 'fr',
      format: 'pdf',
      document: privacyNotice('3 ans'),
      contentBase64: base64(html('x')),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(value<NoticePublication[]>(await dispatch(ctx, 'noticeVersions.list', {}))).toEqual([]);
  });

  it('reports a file changed after publication instead of serving it', async () => {
    const { ctx, dialogs } = await open();
    const v1 = await publish(ctx, privacyNotice('3 ans'), html('Prospection : 3 ans'));
    await ctx.db
      .updateTable('notice_publication')
      .set({ content: html('Prospection : 1 an') })
      .where('id', '=', v1.id)
      .execute();
    const refused = await dispatch(ctx, 'noticeVersions.save', { id: v1.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'error.noticeVersion.altered', values: { version: 1 } },
    });
    expect(dialogs.state.saved).toEqual([]);
  });

  it('warns when what the notice says changed after the last publication, in words, and stops once published again', async () => {
    const { ctx } = await open();
    const notices = async () =>
      value<DashboardFigures>(await dispatch(ctx, 'dashboard.get', {})).notices;
    const staleItems = async () =>
      value<CalendarItem[]>(await dispatch(ctx, 'calendar.list', {})).filter(
        (item) => item.kind === 'noticeStale',
      );
    const publishNow = async (kind: 'privacy' | 'cookies') =>
      value<NoticePublication>(
        await dispatch(ctx, 'notices.publish', { kind, language: 'fr', format: 'html' }),
      );
    // Never published: nothing is stale, the dashboard may say so gently.
    expect(await notices()).toEqual({ statuses: [], neverPublished: ['privacy', 'cookies'] });
    expect(await staleItems()).toEqual([]);

    await publishNow('privacy');
    await publishNow('cookies');
    expect((await notices()).statuses).toMatchObject([
      { kind: 'cookies', changes: 0 },
      { kind: 'privacy', changes: 0 },
    ]);

    // What the notice does not show changes nothing: the software of a public activity, and an
    // activity that does not concern the public.
    clock.now = new Date('2026-05-14T08:00:00Z');
    await touchActivity(ctx, 'Prospection commerciale', (fields) => ({
      ...fields,
      software: 'CRM 2',
    }));
    await touchActivity(ctx, 'Vidéosurveillance et contrôle d’accès par badge', (fields) => ({
      ...fields,
      purposes: [
        {
          description: 'Filmer le parking.',
          legalBasis: 'legitimateInterest',
          legitimateInterest: 'Sécurité.',
        },
      ],
    }));
    expect((await notices()).statuses.every((status) => status.changes === 0)).toBe(true);

    // A purpose added to a public activity: the privacy notice no longer says it all.
    clock.now = new Date('2026-05-15T08:00:00Z');
    await touchActivity(ctx, 'Relation client et suivi clientèle', (fields) => ({
      ...fields,
      purposes: [
        ...fields.purposes,
        {
          description: 'Envoyer une enquête de satisfaction.',
          legalBasis: 'legitimateInterest',
          legitimateInterest: 'Améliorer le service.',
        },
      ],
    }));
    const stale: NoticesOverview = await notices();
    const privacy = stale.statuses.find((status) => status.kind === 'privacy');
    expect(privacy?.changes).toBeGreaterThan(0);
    expect(privacy?.differences.join('\n')).toContain('Envoyer une enquête de satisfaction.');
    expect(stale.statuses.find((status) => status.kind === 'cookies')?.changes).toBe(0);
    const [item] = await staleItems();
    expect(item).toMatchObject({ date: '2026-05-15', overdue: false });
    expect(item?.title).toMatch(
      /^La politique de protection des données publiée le 13\/05\/2026 ne reflète plus le registre : \d+ changements?$/,
    );
    // The daily reminder names it among what is due within 7 days.
    expect((await calendarSummary(ctx)).items.map((entry) => entry.kind)).toContain('noticeStale');

    clock.now = new Date('2026-05-15T09:00:00Z');
    await publishNow('privacy');
    expect((await notices()).statuses).toMatchObject([
      { kind: 'cookies', changes: 0 },
      { kind: 'privacy', changes: 0, last: { version: 2 } },
    ]);
    expect(await staleItems()).toEqual([]);
  });

  it('travels in the JSON export and import, file and model intact; a changed file is refused', async () => {
    const { ctx } = await open();
    const bytes = html('Prospection : 3 ans');
    const v1 = await publish(ctx, privacyNotice('3 ans'), bytes);
    const text = await exportJson(ctx);
    const document = JSON.parse(text) as { noticePublications: { contentBase64: string }[] };
    expect(document.noticePublications).toHaveLength(1);
    expect(document.noticePublications[0]?.contentBase64).toBe(base64(bytes));

    const target = await openContext(join(tempDir(), 'copie.sqlite'), {
      actor: 'dpo',
      clock: () => clock.now,
      files: fakeDialogs().files,
    });
    try {
      await importJson(target.ctx, text, { replace: false });
      const [copy] = value<NoticePublication[]>(
        await dispatch(target.ctx, 'noticeVersions.list', {}),
      );
      expect(copy).toEqual(v1);
      const got = value<NoticePublication & { document: NoticeDocument }>(
        await dispatch(target.ctx, 'noticeVersions.get', { id: v1.id }),
      );
      expect(got.document).toEqual(privacyNotice('3 ans'));
      expect(await exportJson(target.ctx)).toBe(text);
    } finally {
      await target.close();
    }

    const altered = text.replace(base64(bytes), base64(html('Prospection : 1 an')));
    const other = await openContext(join(tempDir(), 'autre.sqlite'), {
      actor: 'dpo',
      clock: () => clock.now,
      files: fakeDialogs().files,
    });
    try {
      await expect(importJson(other.ctx, altered, { replace: false })).rejects.toMatchObject({
        values: { reason: expect.stringContaining('publication n° 1') as string },
      });
    } finally {
      await other.close();
    }
  });
});
