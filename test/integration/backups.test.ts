import { errorText } from '../../shared/errors';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/cli';
import { backupIfDue, startupBackup } from '../../electron/services/backups';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import type { ProcessingActivity, ActivitySummary } from '../../shared/schemas/activity';
import type { Backup, BackupList, RestoreReport } from '../../shared/schemas/backups';
import { completeActivity, useTempDir } from '../helpers/temp';
import { value } from '../helpers/result';

const tempDir = useTempDir();

let opened: OpenedContext | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

/** A clock the test moves forward. */
function movableClock(start: string) {
  let now = new Date(start).getTime();
  return {
    clock: () => new Date(now),
    advance(hours: number) {
      now += hours * 3_600_000;
    },
  };
}

async function open(start = '2026-11-22T09:00:00Z') {
  const time = movableClock(start);
  const file = join(tempDir(), 'dpo-desk.sqlite');
  opened = await openContext(file, { actor: 'dpo', clock: time.clock });
  return { ctx: opened.ctx, file, time };
}

async function activityNames(ctx: OpenedContext['ctx']): Promise<string[]> {
  const list = value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', {}));
  return list.map((a) => a.name).sort();
}

async function createActivity(ctx: OpenedContext['ctx'], name: string) {
  return value<ProcessingActivity>(
    await dispatch(ctx, 'activities.create', { activity: completeActivity({ name }) }),
  );
}

describe('backups', () => {
  it('backs up now into the backups folder beside the database, checked and listed', async () => {
    const { ctx, file } = await open();
    await createActivity(ctx, 'Paie');
    const backup = value<Backup>(await dispatch(ctx, 'backups.create', {}));
    expect(backup).toMatchObject({
      name: 'dpo-desk.2026-11-22T09-00-00-000Z.manual.sqlite',
      takenAt: '2026-11-22T09:00:00.000Z',
      reason: 'manual',
    });
    expect(backup.size).toBeGreaterThan(0);
    const list = value<BackupList>(await dispatch(ctx, 'backups.list', {}));
    expect(list.folder).toBe(join(file, '..', 'backups'));
    expect(list.backups).toEqual([backup]);
    const copy = new BetterSqlite3(join(list.folder, backup.name), { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('select name from processing_activity').all()).toEqual([
        { name: 'Paie' },
      ]);
    } finally {
      copy.close();
    }
  });

  it('backs up on start only when the newest backup is over 24 hours old', async () => {
    const { ctx, time } = await open();
    expect((await backupIfDue(ctx))?.reason).toBe('auto');
    time.advance(23);
    expect(await backupIfDue(ctx)).toBeNull();
    time.advance(2);
    expect((await backupIfDue(ctx))?.takenAt).toBe('2026-11-23T10:00:00.000Z');
    expect(value<BackupList>(await dispatch(ctx, 'backups.list', {})).backups).toHaveLength(2);
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups after two years of daily backups', async () => {
    const { ctx, time } = await open('2024-11-22T09:00:00Z');
    for (let day = 0; day < 730; day++) {
      await backupIfDue(ctx);
      time.advance(24);
    }
    const { backups } = value<BackupList>(await dispatch(ctx, 'backups.list', {}));
    expect(backups.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(backups.length).toBeGreaterThanOrEqual(12 + 4);
    // The oldest kept is about twelve months back.
    const oldest = backups.at(-1)?.takenAt ?? '';
    expect(oldest > '2025-10-01' && oldest < '2026-01-01').toBe(true);
  });

  it('restores a backup, keeping the database of before so that the restore can be undone', async () => {
    const { ctx } = await open();
    await createActivity(ctx, 'Paie');
    const backup = value<Backup>(await dispatch(ctx, 'backups.create', {}));
    await createActivity(ctx, 'Vidéosurveillance');

    const report = value<RestoreReport>(
      await dispatch(ctx, 'backups.restore', { name: backup.name }),
    );
    expect(report.safetyCopy.reason).toBe('before-restore');
    expect(await activityNames(ctx)).toEqual(['Paie']);
    // Writes go on in the restored base.
    await createActivity(ctx, 'Recrutement');
    expect(await activityNames(ctx)).toEqual(['Paie', 'Recrutement']);

    // Undo: restore the copy taken just before.
    value(await dispatch(ctx, 'backups.restore', { name: report.safetyCopy.name }));
    expect(await activityNames(ctx)).toEqual(['Paie', 'Vidéosurveillance']);
  });

  it('refuses an unknown backup, a path, or a damaged one, and leaves the database as it was', async () => {
    const { ctx } = await open();
    await createActivity(ctx, 'Paie');
    const unknown = await dispatch(ctx, 'backups.restore', { name: 'absente.sqlite' });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
    const path = await dispatch(ctx, 'backups.restore', { name: '../dpo-desk.sqlite' });
    expect(!path.ok && path.error.code).toBe('VALIDATION');

    const backup = value<Backup>(await dispatch(ctx, 'backups.create', {}));
    const { folder } = value<BackupList>(await dispatch(ctx, 'backups.list', {}));
    truncateSync(join(folder, backup.name), 3000);
    const damaged = await dispatch(ctx, 'backups.restore', { name: backup.name });
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(errorText('fr', damaged.error)).toMatch(/endommagée|illisible/);
    expect(await activityNames(ctx)).toEqual(['Paie']);
    // No safety copy was needed: nothing was replaced.
    expect(readdirSync(folder).filter((n) => n.includes('before-restore'))).toEqual([]);
  });

  it('never counts an unfinished copy', async () => {
    const { ctx } = await open();
    const { folder } = value<BackupList>(await dispatch(ctx, 'backups.list', {}));
    value(await dispatch(ctx, 'backups.create', {}));
    writeFileSync(join(folder, 'dpo-desk.2026-11-22T10-00-00-000Z.auto.sqlite.partial'), 'x');
    const { backups } = value<BackupList>(await dispatch(ctx, 'backups.list', {}));
    expect(backups.map((b) => b.reason)).toEqual(['manual']);
  });
});

describe('dpo-desk backup and restore', () => {
  async function run(argv: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(argv, {
      out: (text) => {
        out += text;
      },
      err: (text) => {
        err += text;
      },
      env: {},
    });
    return { code, out, err };
  }

  it('backs up to the backups folder or to --out, and restores with a copy of before', async () => {
    const dir = tempDir();
    const file = join(dir, 'base.sqlite');
    expect((await run(['init', '--db', file, '--example'])).code).toBe(0);

    const first = await run(['backup', '--db', file]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /^Sauvegarde vérifiée : .*backups\/base\..*\.manual\.sqlite \(\d+ octets\)/,
    );

    const out = join(dir, 'copie.sqlite');
    expect((await run(['backup', '--db', file, '--out', out])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const again = await run(['backup', '--db', file, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('existe déjà');

    // Rename the organisation, then restore the copy.
    const ctx = (opened = await openContext(file)).ctx;
    const before = await ctx.db
      .selectFrom('organisation_settings')
      .select('legal_name')
      .executeTakeFirst();
    await ctx.db.updateTable('organisation_settings').set({ legal_name: 'Renommée' }).execute();
    await opened.close();
    opened = null;

    const restored = await run(['restore', '--db', file, '--from', out]);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`Base restaurée depuis ${out}.`);
    expect(restored.out).toMatch(/La base d’avant est gardée : .*before-restore\.sqlite/);
    const check = (opened = await openContext(file)).ctx;
    expect(
      await check.db.selectFrom('organisation_settings').select('legal_name').executeTakeFirst(),
    ).toEqual(before);
    expect((await activityNames(check)).length).toBeGreaterThan(5);

    const missing = await run(['restore', '--db', file, '--from', join(dir, 'absente.sqlite')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Sauvegarde introuvable');
    const notSqlite = join(dir, 'texte.sqlite');
    writeFileSync(notSqlite, 'ceci n’est pas une base');
    const refused = await run(['restore', '--db', file, '--from', notSqlite]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/illisible ou endommagée/);
  });

  it('says in French when backups cannot be written, starts anyway, shows it, and removes what a killed backup left', async () => {
    const { ctx, file } = await open();
    // The backups folder cannot be made: a file stands in its place.
    const folder = join(file, '..', 'backups');
    writeFileSync(folder, 'pas un dossier');
    const now = await dispatch(ctx, 'backups.create', {});
    expect(now).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(now.ok ? '' : errorText('fr', now.error)).toContain(
      'La sauvegarde n’a pas pu être écrite dans',
    );
    const started = await startupBackup(ctx);
    expect(started.backup).toBeNull();
    expect(started.failure).toContain('La sauvegarde n’a pas pu être écrite');
    expect(value<BackupList>(await dispatch(ctx, 'backups.list', {})).failure).toContain(
      'La sauvegarde n’a pas pu être écrite',
    );
    // Once the folder can be written, the next backup succeeds and the warning goes.
    rmSync(folder);
    mkdirSync(folder);
    const leftover = join(folder, 'dpo-desk.20261122T085900000Z.auto.sqlite.partial');
    writeFileSync(leftover, 'copie interrompue');
    // A copy whose writer has died goes; one that a running `dpo-desk backup` writes stays.
    const dead = spawnSync('true');
    const crashed = join(
      folder,
      `dpo-desk.20261122T085900000Z.manual.sqlite.${String(dead.pid)}.partial`,
    );
    writeFileSync(crashed, 'copie interrompue');
    const writer = spawn('sleep', ['30']);
    const running = join(
      folder,
      `dpo-desk.20261122T090000000Z.manual.sqlite.${String(writer.pid)}.partial`,
    );
    writeFileSync(running, 'copie en cours');
    const again = await startupBackup(ctx);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(crashed)).toBe(false);
    expect(existsSync(running)).toBe(true);
    writer.kill();
    expect(again.failure).toBeNull();
    expect(again.backup).not.toBeNull();
    expect(value<BackupList>(await dispatch(ctx, 'backups.list', {})).failure).toBeNull();
  });
});
