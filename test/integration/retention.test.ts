import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../db/audit';
import { openDatabase } from '../../db/connection';
import { runCli } from '../../electron/cli/cli';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import type { CalendarItem } from '../../shared/retention/calendar';
import { addPeriod } from '../../shared/retention/periods';
import type {
  RetentionRule,
  RetentionRuleFields,
  TrackedItem,
  TrackedItemFields,
} from '../../shared/schemas/retention';
import { fakeDialogs } from '../helpers/files';
import { completeActivity, useTempDir } from '../helpers/temp';
import { value } from '../helpers/result';

const tempDir = useTempDir();
let opened: OpenedContext | null = null;
/** Today for these tests: Sunday 22 November 2026. */
const now = new Date('2026-11-22T10:00:00');

afterEach(async () => {
  await opened?.close();
  opened = null;
});

async function open() {
  const dialogs = fakeDialogs();
  opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), {
    actor: 'dpo',
    clock: () => now,
    files: dialogs.files,
  });
  const activity = value<{ id: string }>(
    await dispatch(opened.ctx, 'activities.create', { activity: completeActivity() }),
  );
  return { ctx: opened.ctx, dialogs, activityId: activity.id };
}

const rule = (
  activityId: string | null,
  overrides: Partial<RetentionRuleFields> = {},
): RetentionRuleFields => ({
  activityId,
  dataCategory: 'identity',
  label: 'Clients : 3 ans puis 5 ans d’archivage',
  startEvent: 'endOfContract',
  startEventText: '',
  activePeriod: { value: 3, unit: 'years' },
  archivePeriod: { value: 5, unit: 'years' },
  finalAction: 'delete',
  legalSource: 'Code civil, art. 2224',
  ...overrides,
});

const dataset = (
  ruleId: string,
  overrides: Partial<TrackedItemFields> = {},
): TrackedItemFields => ({
  ruleId,
  kind: 'dataset',
  name: 'Contrat Énergies du Sud',
  referenceDate: '2023-06-30',
  reviewPeriod: null,
  archiveOnOverride: '',
  deleteOnOverride: '',
  notes: '',
  ...overrides,
});

describe('0008_retention migration', () => {
  it('keeps the requests of version 7 and adds empty retention tables', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v7 = await openDatabase(file, { migrateTo: '0007_letters' });
    await v7.handle.db
      .insertInto('letter_template')
      .values({
        kind: 'refusal',
        language: 'fr',
        subject: 'S',
        body: 'B',
        updated_at: '2026-11-01T00:00:00.000Z',
      })
      .execute();
    await v7.handle.close();
    const v8 = await openDatabase(file, { migrateTo: '0008_retention' });
    try {
      expect(await v8.handle.db.selectFrom('letter_template').select('subject').execute()).toEqual([
        { subject: 'S' },
      ]);
      expect(await v8.handle.db.selectFrom('retention_rule').selectAll().execute()).toEqual([]);
    } finally {
      await v8.handle.close();
    }
  });
});

describe('the retention schedule', () => {
  it('turns a rule into archive and deletion dates, and keeps the proof of a purge', async () => {
    const { ctx, activityId } = await open();
    const saved = value<RetentionRule>(
      await dispatch(ctx, 'retention.saveRule', { rule: rule(activityId) }),
    );
    const item = value<TrackedItem>(
      await dispatch(ctx, 'retention.saveItem', { item: dataset(saved.id) }),
    );
    expect(item).toMatchObject({
      archiveOn: '2026-06-30',
      deleteOn: '2031-06-30',
      archivedOn: '',
      purgedOn: '',
    });

    let calendar = value<CalendarItem[]>(
      await dispatch(ctx, 'calendar.list', { kinds: ['archive', 'purge'] }),
    );
    expect(calendar.map((c) => [c.kind, c.date, c.overdue])).toEqual([
      ['archive', '2026-06-30', true],
    ]);

    const archived = value<TrackedItem>(
      await dispatch(ctx, 'retention.record', {
        trackedItemId: item.id,
        action: 'archive',
        doneOn: '2026-11-20',
        records: 1250,
        method: 'archiving',
        what: 'Dossier client et factures',
        note: 'Déplacé dans l’archive à accès restreint.',
      }),
    );
    expect(archived.archivedOn).toBe('2026-11-20');
    calendar = value<CalendarItem[]>(
      await dispatch(ctx, 'calendar.list', { kinds: ['archive', 'purge'], to: '2031-12-31' }),
    );
    expect(calendar.map((c) => [c.kind, c.date, c.overdue])).toEqual([
      ['purge', '2031-06-30', false],
    ]);
    expect(archived.actions[0]).toMatchObject({ records: 1250, actor: 'dpo', method: 'archiving' });
    const audit = await listAuditEntries(ctx.db, { entity: 'retention_action' });
    expect(audit).toHaveLength(1);
  });

  it('brings a periodic review back after each one done', async () => {
    const { ctx, activityId } = await open();
    const saved = value<RetentionRule>(
      await dispatch(ctx, 'retention.saveRule', {
        rule: rule(activityId, {
          label: 'Prospects',
          activePeriod: { value: 3, unit: 'years' },
          archivePeriod: { value: 0, unit: 'years' },
        }),
      }),
    );
    const review = value<TrackedItem>(
      await dispatch(ctx, 'retention.saveItem', {
        item: dataset(saved.id, {
          kind: 'review',
          name: 'Purge des prospects inactifs',
          referenceDate: '2026-07-01',
          reviewPeriod: { value: 3, unit: 'months' },
        }),
      }),
    );
    expect(review.nextReviewOn).toBe('2026-10-01');
    const done = value<TrackedItem>(
      await dispatch(ctx, 'retention.record', {
        trackedItemId: review.id,
        action: 'review',
        doneOn: '2026-11-15',
        records: 312,
        method: 'deletion',
        what: 'Prospects sans contact actif depuis le 15/11/2023',
        note: '',
      }),
    );
    expect(done.nextReviewOn).toBe('2027-02-15');
  });

  it('asks the cookie consent again within 13 months and puts it on the calendar', async () => {
    const { ctx, activityId } = await open();
    const saved = value<RetentionRule>(
      await dispatch(ctx, 'retention.saveRule', {
        rule: rule(activityId, {
          label: 'Cookies : 13 mois',
          dataCategory: 'internet',
          activePeriod: { value: 13, unit: 'months' },
          archivePeriod: { value: 0, unit: 'years' },
        }),
      }),
    );
    const tooLong = await dispatch(ctx, 'retention.saveItem', {
      item: dataset(saved.id, {
        kind: 'consentRenewal',
        name: 'Bandeau cookies',
        reviewPeriod: { value: 14, unit: 'months' },
      }),
    });
    expect(tooLong).toMatchObject({
      ok: false,
      error: {
        details: {
          fields: [{ path: 'item.reviewPeriod', messageKey: 'validation.consentTooLong' }],
        },
      },
    });
    const renewal = value<TrackedItem>(
      await dispatch(ctx, 'retention.saveItem', {
        item: dataset(saved.id, {
          kind: 'consentRenewal',
          name: 'Bandeau cookies',
          referenceDate: '2025-11-01',
          reviewPeriod: { value: 13, unit: 'months' },
        }),
      }),
    );
    expect(renewal.nextReviewOn).toBe('2026-12-01');
    const calendar = value<CalendarItem[]>(
      await dispatch(ctx, 'calendar.list', { kinds: ['cookieConsent'] }),
    );
    expect(calendar).toMatchObject([
      {
        kind: 'cookieConsent',
        date: '2026-12-01',
        title: 'Renouvellement du consentement aux cookies : Bandeau cookies',
        overdue: false,
      },
    ]);
  });

  it('refuses absurd durations, a deletion before the archive and a purge in the future, writing nothing', async () => {
    const { ctx, activityId } = await open();
    const auditBefore = (await listAuditEntries(ctx.db)).length;
    for (const bad of [
      rule(activityId, { activePeriod: { value: -1, unit: 'years' } }),
      rule(activityId, { activePeriod: { value: 101, unit: 'years' } }),
      rule(activityId, { archivePeriod: { value: 1300, unit: 'months' } }),
      rule(activityId, {
        activePeriod: { value: 0, unit: 'years' },
        archivePeriod: { value: 0, unit: 'years' },
      }),
      rule(activityId, { startEvent: 'other', startEventText: '' }),
      { ...rule(activityId), finalAction: 'brûler' },
    ]) {
      expect(await dispatch(ctx, 'retention.saveRule', { rule: bad })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    const saved = value<RetentionRule>(
      await dispatch(ctx, 'retention.saveRule', { rule: rule(activityId) }),
    );
    expect(
      await dispatch(ctx, 'retention.saveItem', {
        item: dataset(saved.id, {
          archiveOnOverride: '2027-01-01',
          deleteOnOverride: '2026-12-01',
        }),
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: {
          fields: [{ path: 'item.deleteOnOverride', messageKey: 'validation.deleteBeforeArchive' }],
        },
      },
    });
    const item = value<TrackedItem>(
      await dispatch(ctx, 'retention.saveItem', { item: dataset(saved.id) }),
    );
    const future = await dispatch(ctx, 'retention.record', {
      trackedItemId: item.id,
      action: 'purge',
      doneOn: '2026-11-23',
      records: 10,
      method: 'deletion',
      what: 'Dossier',
      note: '',
    });
    expect(future).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: [{ path: 'doneOn', messageKey: 'validation.futureDate' }] },
      },
    });
    expect(await ctx.db.selectFrom('retention_action').selectAll().execute()).toEqual([]);
    expect((await listAuditEntries(ctx.db)).length).toBe(auditBefore + 2);
    expect(await dispatch(ctx, 'retention.deleteRule', { id: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('gathers every kind of deadline, overdue first, with the closed request files to purge', async () => {
    opened = await openContext(join(tempDir(), 'exemple.sqlite'), {
      actor: 'dpo',
      clock: () => now,
    });
    const { ctx } = opened;
    value(await dispatch(ctx, 'example.load', {}));
    const calendar = value<CalendarItem[]>(
      await dispatch(ctx, 'calendar.list', { to: '2032-12-31' }),
    );
    const overdueFlags = calendar.map((c) => c.overdue);
    expect(overdueFlags).toEqual([...overdueFlags].sort((a, b) => Number(b) - Number(a)));
    const upcoming = calendar.filter((c) => !c.overdue).map((c) => c.date);
    expect(upcoming).toEqual([...upcoming].sort());
    expect(new Set(calendar.map((c) => c.kind))).toEqual(
      new Set([
        'request',
        'archive',
        'purge',
        'review',
        'requestFile',
        'contractReview',
        'registerExport',
        'cookieConsent',
      ]),
    );
    expect(
      calendar
        .filter((c) => c.overdue)
        .map((c) => c.kind)
        .sort(),
    ).toEqual(['request', 'review']);
    expect(calendar.find((c) => c.kind === 'registerExport')).toMatchObject({
      date: '2026-12-31',
      title: 'Export trimestriel du registre (2026-T4)',
    });
    // Closed request files are purged five years after their answer (the example's rule).
    const files = calendar.filter((c) => c.kind === 'requestFile');
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.date >= '2031-01-01')).toBe(true);
    const dpia = value<CalendarItem[]>(
      await dispatch(ctx, 'calendar.list', { kinds: ['dpiaReview'] }),
    );
    expect(dpia).toEqual([]);
    const summary = value<{ overdue: number; within7: number; text: string }>(
      await dispatch(ctx, 'calendar.summary', {}),
    );
    expect(summary).toMatchObject({
      overdue: 2,
      text: `2 échéances en retard, ${String(summary.within7)} dans les 7 jours.`,
    });
  });
});

describe('the calendar out of the app', () => {
  it('writes an .ics that calendar programs read: CRLF, folded lines, all-day events', async () => {
    const { ctx, activityId } = await open();
    const saved = value<RetentionRule>(
      await dispatch(ctx, 'retention.saveRule', { rule: rule(activityId) }),
    );
    value(
      await dispatch(ctx, 'retention.saveItem', {
        item: dataset(saved.id, {
          name: 'Contrat Énergies du Sud ; lot n° 1, avec une description très longue pour vérifier le pliage des lignes',
          referenceDate: addPeriod('2026-12-15', { value: -3, unit: 'years' }),
        }),
      }),
    );
    const file = ctx.paths.database;
    await opened?.close();
    opened = null;
    const out = join(tempDir(), 'echeances.ics');
    let text = '';
    expect(
      await runCli(['calendar', '--db', file, '--out', out], {
        out: (t) => (text += t),
        err: (t) => (text += t),
        env: {},
      }),
    ).toBe(0);
    expect(text).toContain('Calendrier écrit');
    const ics = readFileSync(out, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.replace(/\r\n /g, '')).toContain(
      'SUMMARY:Archivage dû : Contrat Énergies du Sud \\; lot n° 1\\, avec une description',
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20261215');
    expect(ics).toContain('DTEND;VALUE=DATE:20261216');
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(ics.match(/END:VEVENT/g)?.length);

    // Read back by ical.js, the parser of Mozilla Thunderbird's calendar.
    const calendar = ICAL.Component.fromString(ics);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBe(ics.match(/BEGIN:VEVENT/g)?.length);
    const archive = events.find((e) => e.summary.startsWith('Archivage dû'));
    expect(archive?.summary).toBe(
      'Archivage dû : Contrat Énergies du Sud ; lot n° 1, avec une description très longue pour vérifier le pliage des lignes',
    );
    expect(archive?.startDate.isDate).toBe(true);
    expect(archive?.startDate.toString()).toBe('2026-12-15');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
});
