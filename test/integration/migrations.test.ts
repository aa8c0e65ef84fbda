import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { defineMigration, readUserVersion } from '../../db/migrations/define';
import { latestSchemaVersion, migrationNames } from '../../db/migrations';
import { getActivity } from '../../db/activities';
import { AppError } from '../../shared/errors';
import { emptyActivity } from '../../shared/schemas/activity';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

function tableNames(file: string): string[] {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return (
      sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
        name: string;
      }[]
    ).map((row) => row.name);
  } finally {
    sqlite.close();
  }
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('migrations', () => {
  it('are numbered in order, each name carrying the version it leads to', () => {
    migrationNames.forEach((name, index) => {
      expect(name).toMatch(new RegExp(`^${String(index + 1).padStart(4, '0')}_[a-z0-9_]+$`));
    });
    expect(latestSchemaVersion).toBe(migrationNames.length);
  });

  it('create a new database from empty, with the required pragmas', async () => {
    const file = join(tempDir(), 'nouvelle', 'dpo-desk.sqlite');
    const { handle, report } = await openDatabase(file);
    try {
      expect(report).toMatchObject({
        created: true,
        fromVersion: 0,
        toVersion: latestSchemaVersion,
        applied: migrationNames,
        backupPath: null,
      });
      expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(handle.sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(handle.sqlite.pragma('secure_delete', { simple: true })).toBe(1);
      expect(handle.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
    expect(tableNames(file)).toEqual(
      expect.arrayContaining(['audit_entry', 'organisation_settings', 'preference']),
    );
    const strict = new BetterSqlite3(file, { readonly: true });
    const list = strict.prepare('pragma table_list').all() as { name: string; strict: number }[];
    strict.close();
    expect(list.find((t) => t.name === 'organisation_settings')?.strict).toBe(1);
  });

  it('0002: keeps audit entries written at version 1', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v1 = await openDatabase(file, { migrateTo: '0001_audit_journal' });
    await v1.handle.db
      .insertInto('audit_entry')
      .values({
        id: '0190f0f0-0000-7000-8000-000000000001',
        at: '2026-11-01T09:00:00.000Z',
        actor: 'dpo',
        entity: 'test',
        entity_id: 'x',
        action: 'create',
        before_json: null,
        after_json: '{"a":1}',
      })
      .execute();
    await v1.handle.close();

    const v2 = await openDatabase(file, { migrateTo: '0002_organisation_settings' });
    try {
      expect(v2.report.applied).toEqual(['0002_organisation_settings']);
      const rows = await v2.handle.db.selectFrom('audit_entry').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.after_json).toBe('{"a":1}');
      expect(await v2.handle.db.selectFrom('organisation_settings').selectAll().execute()).toEqual(
        [],
      );
    } finally {
      await v2.handle.close();
    }
  });

  it('0003: keeps the organisation saved at version 2', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v2 = await openDatabase(file, { migrateTo: '0002_organisation_settings' });
    await v2.handle.db
      .insertInto('organisation_settings')
      .values({
        id: 1,
        legal_name: 'CALLIMEDIA',
        siren: '732829320',
        updated_at: '2026-11-01T09:00:00.000Z',
      })
      .execute();
    await v2.handle.close();

    const v3 = await openDatabase(file, { migrateTo: '0003_preferences' });
    try {
      const row = await v3.handle.db
        .selectFrom('organisation_settings')
        .selectAll()
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ legal_name: 'CALLIMEDIA', siren: '732829320', dpo_email: '' });
      expect(await readUserVersion(v3.handle.db)).toBe(3);
    } finally {
      await v3.handle.close();
    }
  });

  it('0004: keeps the organisation and creates an empty register', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v3 = await openDatabase(file, { migrateTo: '0003_preferences' });
    await v3.handle.db
      .insertInto('organisation_settings')
      .values({ id: 1, legal_name: 'CALLIMEDIA', updated_at: '2026-11-01T09:00:00.000Z' })
      .execute();
    await v3.handle.db.insertInto('preference').values({ key: 'language', value: 'en' }).execute();
    await v3.handle.close();

    const v4 = await openDatabase(file, { migrateTo: '0004_register' });
    try {
      expect(v4.report.applied).toEqual(['0004_register']);
      expect(
        await v4.handle.db.selectFrom('organisation_settings').select('legal_name').execute(),
      ).toEqual([{ legal_name: 'CALLIMEDIA' }]);
      expect(await v4.handle.db.selectFrom('preference').selectAll().execute()).toEqual([
        { key: 'language', value: 'en' },
      ]);
      expect(await v4.handle.db.selectFrom('processing_activity').selectAll().execute()).toEqual(
        [],
      );
      expect(tableNames(file)).toEqual(
        expect.arrayContaining(['client', 'processing_activity', 'activity_client']),
      );
    } finally {
      await v4.handle.close();
    }
  });

  it('0010: keeps the organisation saved at version 9 and adds its share capital and RCS town', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v9 = await openDatabase(file, { migrateTo: '0009_register_exports' });
    await v9.handle.db
      .insertInto('organisation_settings')
      .values({
        id: 1,
        legal_name: 'CALLIMEDIA',
        legal_form: 'SAS',
        siren: '732829320',
        updated_at: '2026-11-01T09:00:00.000Z',
      })
      .execute();
    await v9.handle.close();

    const v10 = await openDatabase(file, { migrateTo: '0010_letter_mentions' });
    try {
      expect(v10.report.applied).toEqual(['0010_letter_mentions']);
      const row = await v10.handle.db
        .selectFrom('organisation_settings')
        .selectAll()
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        legal_name: 'CALLIMEDIA',
        legal_form: 'SAS',
        siren: '732829320',
        share_capital: '',
        rcs_town: '',
      });
      expect(await readUserVersion(v10.handle.db)).toBe(10);
    } finally {
      await v10.handle.close();
    }
  });

  it('0011: keeps the organisation saved at version 10 and adds its phone and email', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v10 = await openDatabase(file, { migrateTo: '0010_letter_mentions' });
    await v10.handle.db
      .insertInto('organisation_settings')
      .values({
        id: 1,
        legal_name: 'CALLIMEDIA',
        rcs_town: 'Montpellier',
        updated_at: '2026-11-01T09:00:00.000Z',
      })
      .execute();
    await v10.handle.close();

    const v11 = await openDatabase(file, { migrateTo: '0011_organisation_contacts' });
    try {
      expect(v11.report.applied).toEqual(['0011_organisation_contacts']);
      const row = await v11.handle.db
        .selectFrom('organisation_settings')
        .selectAll()
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        legal_name: 'CALLIMEDIA',
        rcs_town: 'Montpellier',
        phone: '',
        email: '',
      });
      expect(await readUserVersion(v11.handle.db)).toBe(11);
    } finally {
      await v11.handle.close();
    }
  });

  it('0012: keeps the requests saved at version 11 and gives each its requester in sortable form', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v11 = await openDatabase(file, { migrateTo: '0011_organisation_contacts' });
    await sql`insert into rights_request (id, reference, received_on, requester_name, rights,
      status, is_open, suspended, due_on, search_text, details_json, created_at, updated_at)
      values ('r1', 'DSR-2026-0001', '2026-11-02', 'Élodie Œuvray', ' access ', 'received', 1, 0,
        '2026-12-02', 'dsr-2026-0001 elodie oeuvray', '{}', '2026-11-02T09:00:00.000Z',
        '2026-11-02T09:00:00.000Z')`.execute(v11.handle.db);
    await v11.handle.close();

    const v12 = await openDatabase(file, { migrateTo: '0012_requester_order' });
    try {
      expect(v12.report.applied).toEqual(['0012_requester_order']);
      const row = await v12.handle.db
        .selectFrom('rights_request')
        .select(['reference', 'requester_name', 'requester_order'])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        reference: 'DSR-2026-0001',
        requester_name: 'Élodie Œuvray',
        requester_order: 'elodie oeuvray',
      });
      expect(await readUserVersion(v12.handle.db)).toBe(12);
    } finally {
      await v12.handle.close();
    }
  });

  it('0013: keeps the requests of version 12 and adds an empty breach register', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v12 = await openDatabase(file, { migrateTo: '0012_requester_order' });
    await sql`insert into audit_entry (id, at, actor, entity, entity_id, action)
      values ('a1', '2026-11-02T09:00:00.000Z', 'dpo', 'rights_request', 'r1', 'create')`.execute(
      v12.handle.db,
    );
    await v12.handle.close();
    const v13 = await openDatabase(file, { migrateTo: '0013_breaches' });
    try {
      expect(v13.report.applied).toEqual(['0013_breaches']);
      expect(await v13.handle.db.selectFrom('breach').selectAll().execute()).toEqual([]);
      expect(
        (await v13.handle.db.selectFrom('audit_entry').select('entity_id').execute()).map(
          (row) => row.entity_id,
        ),
      ).toEqual(['r1']);
      expect(await readUserVersion(v13.handle.db)).toBe(13);
    } finally {
      await v13.handle.close();
    }
    expect(tableNames(file)).toEqual(
      expect.arrayContaining(['breach', 'breach_activity', 'breach_processor']),
    );
  });

  it('0017: keeps the activities of version 15, none of them concerning the public yet', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v15 = await openDatabase(file, { migrateTo: '0015_request_figures' });
    // A record as version 15 wrote it: its details know nothing of the public.
    const {
      register: _r,
      name: _n,
      status: _s,
      clientIds: _c,
      processorIds: _p,
      concernsPublic: _public,
      ...details
    } = emptyActivity();
    await sql`insert into processing_activity (id, reference, register, name, status, dpia_status,
      details_json, created_at, updated_at)
      values ('a1', 'T-0001', 'controller', 'Prospection commerciale', 'active', 'notAssessed',
        ${JSON.stringify(details)}, '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z')`.execute(
      v15.handle.db,
    );
    await v15.handle.close();
    const latest = await openDatabase(file);
    try {
      expect(latest.report.applied).toContain('0017_privacy_notice');
      expect(await getActivity(latest.handle.db, 'a1')).toMatchObject({
        name: 'Prospection commerciale',
        concernsPublic: false,
      });
      expect(await latest.handle.db.selectFrom('notice_paragraph').selectAll().execute()).toEqual(
        [],
      );
      expect(await readUserVersion(latest.handle.db)).toBe(latestSchemaVersion);
    } finally {
      await latest.handle.close();
    }
  });

  it('0015: counts the requests of version 14 into kept figures, which then follow every write', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const v14 = await openDatabase(file, { migrateTo: '0014_breach_people' });
    const insert = (id: string, received: string, rights: string, status: string, open: number) =>
      sql`insert into rights_request (id, reference, received_on, requester_name, requester_order,
        rights, status, is_open, suspended, due_on, search_text, details_json, created_at, updated_at)
        values (${id}, ${`DSR-${id}`}, ${received}, 'Élodie Œuvray', 'elodie oeuvray', ${rights},
          ${status}, ${open}, 0, '2026-12-02', ${id}, '{}', '2026-11-02T09:00:00.000Z',
          '2026-11-02T09:00:00.000Z')`;
    await insert('r1', '2026-10-05', ' access erasure ', 'closed', 0).execute(v14.handle.db);
    await insert('r2', '2026-11-02', ' erasure ', 'awaitingIdentity', 1).execute(v14.handle.db);
    await insert('r3', '2026-11-20', ' objection ', 'inProgress', 1).execute(v14.handle.db);
    await v14.handle.close();

    const v15 = await openDatabase(file, { migrateTo: '0015_request_figures' });
    const db = v15.handle.db;
    const tally = async () =>
      (
        await db
          .selectFrom('request_month_tally')
          .select(['month', 'right', 'count'])
          .where('count', '<>', 0)
          .orderBy('month')
          .orderBy('right')
          .execute()
      ).map((row) => `${row.month} ${row.right || '*'} ${String(row.count)}`);
    const figures = async () =>
      Object.fromEntries(
        (await db.selectFrom('request_figure').select(['name', 'count']).execute()).map((row) => [
          row.name,
          row.count,
        ]),
      );
    const running = async () =>
      (
        await db
          .selectFrom('request_open_due')
          .select(['due_on', 'count'])
          .where('count', '<>', 0)
          .orderBy('due_on')
          .execute()
      ).map((row) => `${row.due_on} ${String(row.count)}`);
    try {
      expect(v15.report.applied).toEqual(['0015_request_figures']);
      expect(await tally()).toEqual([
        '2026-10 * 1',
        '2026-10 access 1',
        '2026-10 erasure 1',
        '2026-11 * 2',
        '2026-11 erasure 1',
        '2026-11 objection 1',
      ]);
      expect(await figures()).toEqual({ all: 3, open: 2, awaitingIdentity: 1 });
      expect(await running()).toEqual(['2026-12-02 2']);

      // Written after the migration: the triggers keep the figures in the same transaction.
      await insert('r4', '2026-11-25', ' portability access ', 'received', 1).execute(db);
      await sql`update rights_request set status = 'closed', is_open = 0, rights = ' erasure access ',
        received_on = '2026-10-30' where id = 'r2'`.execute(db);
      await sql`delete from rights_request where id = 'r3'`.execute(db);
      expect(await tally()).toEqual([
        '2026-10 * 2',
        '2026-10 access 2',
        '2026-10 erasure 2',
        '2026-11 * 1',
        '2026-11 access 1',
        '2026-11 portability 1',
      ]);
      expect(await figures()).toEqual({ all: 3, open: 1, awaitingIdentity: 0 });
      expect(await running()).toEqual(['2026-12-02 1']);
      expect(await readUserVersion(db)).toBe(15);
    } finally {
      await v15.handle.close();
    }
  });

  it('copy an existing database with VACUUM INTO before migrating it, and check the copy', async () => {
    const dir = tempDir();
    const file = join(dir, 'dpo-desk.sqlite');
    const old = await openDatabase(file, { migrateTo: '0002_organisation_settings' });
    await old.handle.db
      .insertInto('organisation_settings')
      .values({ id: 1, legal_name: 'Avant migration', updated_at: '2026-11-01T09:00:00.000Z' })
      .execute();
    await old.handle.close();

    const { handle, report } = await openDatabase(file, {
      now: new Date('2026-11-22T08:30:00.000Z'),
    });
    await handle.close();
    expect(report.fromVersion).toBe(2);
    expect(report.backupPath).toBe(
      join(dir, 'backups', 'dpo-desk.2026-11-22T08-30-00-000Z.before-migration.sqlite'),
    );
    const backupPath = report.backupPath ?? '';
    expect(existsSync(backupPath)).toBe(true);
    const backup = new BetterSqlite3(backupPath, { readonly: true });
    try {
      expect(backup.pragma('quick_check', { simple: true })).toBe('ok');
      expect(backup.pragma('user_version', { simple: true })).toBe(2);
      expect(backup.prepare('select legal_name from organisation_settings').get()).toEqual({
        legal_name: 'Avant migration',
      });
    } finally {
      backup.close();
    }
  });

  it('make no backup when nothing needs migrating', async () => {
    const dir = tempDir();
    const file = join(dir, 'dpo-desk.sqlite');
    await (await openDatabase(file)).handle.close();
    const again = await openDatabase(file);
    await again.handle.close();
    expect(again.report.backupPath).toBeNull();
    expect(readdirSync(dir)).not.toContain('backups');
  });

  it('open a database that is up to date while another process writes, without waiting for it', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    await (await openDatabase(file)).handle.close();
    // Another process is in the middle of a long write (an import, say).
    const writer = new BetterSqlite3(file);
    writer.exec('begin immediate');
    try {
      const started = Date.now();
      const again = await openDatabase(file);
      await again.handle.close();
      expect(again.report.applied).toEqual([]);
      // PRAGMA optimize waited for the writer's lock (busy_timeout: 5 s), then failed the opening.
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      writer.exec('rollback');
      writer.close();
    }
  });

  it('refuse a database from a newer version and leave its bytes untouched', async () => {
    const dir = tempDir();
    const file = join(dir, 'dpo-desk.sqlite');
    const current = await openDatabase(file);
    await current.handle.close();
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${String(latestSchemaVersion + 1)}`);
    raw.close();
    const before = sha256(file);
    const filesBefore = readdirSync(dir).sort();

    const attempt = openDatabase(file);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: 'NEWER_DATABASE',
      message: expect.stringContaining('version plus récente') as unknown,
    });
    expect(sha256(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('refuse a database that records a migration this version does not know', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const current = await openDatabase(file);
    current.handle.sqlite
      .prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
      .run('9999_from_the_future', '2027-01-01T00:00:00.000Z');
    await current.handle.close();
    const before = sha256(file);
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'NEWER_DATABASE' });
    expect(sha256(file)).toBe(before);
  });

  it('refuse a file that is not a database with a clear error', async () => {
    const file = join(tempDir(), 'notes.sqlite');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'ceci n’est pas une base');
    await expect(openDatabase(file)).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: expect.stringContaining(file) as unknown,
    });
  });

  it('run each migration in its own transaction: a failing one rolls back whole, earlier ones stay', async () => {
    const file = join(tempDir(), 'rollback.sqlite');
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(file) }),
    });
    const migrator = new Migrator({
      db,
      provider: {
        getMigrations: () =>
          Promise.resolve({
            '0001_ok': defineMigration(1, async (trx) => {
              await sql`create table kept (id integer)`.execute(trx);
            }),
            '0002_fails': defineMigration(2, async (trx) => {
              await sql`create table half_done (id integer)`.execute(trx);
              await sql`insert into kept values (1)`.execute(trx);
              throw new Error('échec volontaire');
            }),
          }),
      },
    });
    const result = await migrator.migrateToLatest();
    expect(result.error).toBeInstanceOf(Error);
    expect(await readUserVersion(db)).toBe(1);
    await db.destroy();
    expect(tableNames(file)).toContain('kept');
    expect(tableNames(file)).not.toContain('half_done');
    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.prepare('select count(*) as n from kept').get()).toEqual({ n: 0 });
    raw.close();
  });
});
