import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../db/audit';
import { latestSchemaVersion } from '../../db/migrations';
import { getOrganisationSettings } from '../../db/settings';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import { useTempDir, validSettings } from '../helpers/temp';

const tempDir = useTempDir();
const fixedClock = () => new Date('2026-11-22T09:15:00.000Z');

async function open(file: string) {
  return openContext(file, { actor: 'dpo-test', clock: fixedClock });
}

describe('organisation settings through the service', () => {
  it('start empty, then round-trip through a restart with accented text', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const first = await open(file);
    expect(await dispatch(first.ctx, 'settings.get', {})).toEqual({ ok: true, value: null });
    const saved = await dispatch(first.ctx, 'settings.save', validSettings);
    expect(saved).toEqual({
      ok: true,
      value: { ...validSettings, siren: '732829320', updatedAt: '2026-11-22T09:15:00.000Z' },
    });
    await first.close();

    const second = await open(file);
    try {
      expect(await dispatch(second.ctx, 'settings.get', {})).toEqual(saved);
    } finally {
      await second.close();
    }
  });

  it('write one audit entry with each save, in the same transaction, with before and after', async () => {
    const opened = await open(join(tempDir(), 'dpo-desk.sqlite'));
    try {
      await dispatch(opened.ctx, 'settings.save', validSettings);
      await dispatch(opened.ctx, 'settings.save', { ...validSettings, dpoName: 'Anne Martin' });
      const entries = await listAuditEntries(opened.ctx.db, { entity: 'organisation_settings' });
      expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
      expect(entries[0]).toMatchObject({
        actor: 'dpo-test',
        at: '2026-11-22T09:15:00.000Z',
        before: null,
        after: { legalName: validSettings.legalName, dpoName: 'Jérôme Lefèvre' },
      });
      // The DPO named in Paramètres acts from then on, the account only while no one is named.
      expect(entries[1]).toMatchObject({
        actor: 'Jérôme Lefèvre',
        before: { dpoName: 'Jérôme Lefèvre' },
        after: { dpoName: 'Anne Martin' },
      });
    } finally {
      await opened.close();
    }
  });

  it('never save a change without its audit entry', async () => {
    const opened = await open(join(tempDir(), 'dpo-desk.sqlite'));
    try {
      // Make the audit write fail: the change itself must then be rolled back.
      const { sql } = await import('kysely');
      await sql`create trigger refuse_audit before insert on audit_entry begin select raise(abort, 'journal indisponible'); end`.execute(
        opened.ctx.db,
      );
      const result = await dispatch(opened.ctx, 'settings.save', validSettings, () => undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(await getOrganisationSettings(opened.ctx.db)).toBeNull();
    } finally {
      await opened.close();
    }
  });

  it('answer bad input with VALIDATION, naming the fields, and write nothing', async () => {
    const opened = await open(join(tempDir(), 'dpo-desk.sqlite'));
    try {
      const result = await dispatch(opened.ctx, 'settings.save', {
        ...validSettings,
        siren: '123 456 789',
        dpoEmail: 'pas-une-adresse',
      });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          details: {
            fields: [
              { path: 'siren', messageKey: 'validation.siren' },
              { path: 'dpoEmail', messageKey: 'validation.email' },
            ],
          },
        },
      });
      expect(await getOrganisationSettings(opened.ctx.db)).toBeNull();
      expect(await listAuditEntries(opened.ctx.db)).toEqual([]);

      for (const bad of [null, 'texte', 42, [], { legalName: 'x'.repeat(10_000) }]) {
        const answer = await dispatch(opened.ctx, 'settings.save', bad);
        expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      }
      expect(await listAuditEntries(opened.ctx.db)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('answer an unknown call with UNKNOWN_CALL', async () => {
    const opened = await open(join(tempDir(), 'dpo-desk.sqlite'));
    try {
      expect(await dispatch(opened.ctx, 'settings.drop', {})).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CALL' },
      });
      expect(await dispatch(opened.ctx, '__proto__', {})).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CALL' },
      });
    } finally {
      await opened.close();
    }
  });

  it('remember the interface language, French by default', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const first = await open(file);
    expect(await dispatch(first.ctx, 'preferences.get', {})).toEqual({
      ok: true,
      value: {
        language: 'fr',
        alsaceMoselle: false,
        dpoTitle: 'Délégué à la protection des données',
        calendarNames: false,
        reminderDays: 1,
        consentChoiceMonths: 6,
      },
    });
    await dispatch(first.ctx, 'preferences.save', { language: 'en' });
    expect(await dispatch(first.ctx, 'preferences.save', { language: 'klingon' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await first.close();
    const second = await open(file);
    expect(await dispatch(second.ctx, 'preferences.get', {})).toEqual({
      ok: true,
      value: {
        language: 'en',
        alsaceMoselle: false,
        dpoTitle: 'Délégué à la protection des données',
        calendarNames: false,
        reminderDays: 1,
        consentChoiceMonths: 6,
      },
    });
    await dispatch(second.ctx, 'preferences.save', { alsaceMoselle: true });
    expect(await dispatch(second.ctx, 'preferences.get', {})).toEqual({
      ok: true,
      value: {
        language: 'en',
        alsaceMoselle: true,
        dpoTitle: 'Délégué à la protection des données',
        calendarNames: false,
        reminderDays: 1,
        consentChoiceMonths: 6,
      },
    });
    await second.close();
  });

  it('tell the UI where the data lives', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const opened = await open(file);
    expect(await dispatch(opened.ctx, 'app.info', {})).toMatchObject({
      ok: true,
      value: { databasePath: file, schemaVersion: latestSchemaVersion, activityCount: 0 },
    });
    await opened.close();
  });
});
