/**
 * Bad files: what a DPO's disk can hand the app. Each gets a clear message, no partial write,
 * and nothing already saved is lost.
 */
import { errorText } from '../../shared/errors';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import type { ActivitySummary } from '../../shared/schemas/activity';
import { runCliCaptured } from '../helpers/cli';
import { completeActivity, useTempDir } from '../helpers/temp';
import { value } from '../helpers/result';

const tempDir = useTempDir();
const root = resolve(import.meta.dirname, '../..');

let opened: OpenedContext | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

const cli = (argv: string[]) => runCliCaptured(argv);

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function names(ctx: OpenedContext['ctx']): Promise<string[]> {
  return value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', {}))
    .map((a) => a.name)
    .sort();
}

describe('bad files', () => {
  it('refuses a file that is not a database, or a truncated one, and leaves it as it was', async () => {
    const dir = tempDir();
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'Compte rendu de la réunion du comité RGPD\n'.repeat(200));
    const truncated = join(dir, 'tronquee.sqlite');
    expect((await cli(['init', '--db', join(dir, 'entiere.sqlite'), '--example'])).code).toBe(0);
    writeFileSync(truncated, readFileSync(join(dir, 'entiere.sqlite')).subarray(0, 5000));

    for (const file of [text, truncated]) {
      const before = sha(file);
      const result = await cli(['init', '--db', file]);
      expect(result.code, file).toBe(1);
      expect(result.err, file).toMatch(
        /^dpo-desk : .* (ne peut pas être lu comme une base DPO Desk|ne peut pas être ouverte|mise à jour du schéma)/,
      );
      expect(result.err.trimEnd().split('\n')).toHaveLength(1);
      expect(sha(file), file).toBe(before);
    }
    // No WAL, no journal, no copy left beside them.
    expect(readdirSync(dir).sort()).toEqual(['entiere.sqlite', 'notes.sqlite', 'tronquee.sqlite']);
  });

  it('refuses a truncated export over a full base, even with --replace, and loses nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'base.sqlite');
    expect((await cli(['init', '--db', file, '--example'])).code).toBe(0);
    const json = join(dir, 'export.json');
    expect((await cli(['export', 'json', '--db', file, '--out', json])).code).toBe(0);
    const half = join(dir, 'moitie.json');
    const bytes = readFileSync(json);
    writeFileSync(half, bytes.subarray(0, Math.floor(bytes.length / 2)));

    const ctx = (opened = await openContext(file)).ctx;
    const before = await names(ctx);
    const result = await cli(['import', 'json', '--db', file, '--in', half, '--replace']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/n’est pas du JSON lisible/);
    expect(await names(ctx)).toEqual(before);
    expect(before.length).toBeGreaterThan(5);
  });

  it('says the disk is full, writes nothing, keeps what was saved, and saves again once there is room', async () => {
    const ctx = (opened = await openContext(join(tempDir(), 'base.sqlite'), { actor: 'dpo' })).ctx;
    value(
      await dispatch(ctx, 'activities.create', { activity: completeActivity({ name: 'Paie' }) }),
    );
    const journal = async () =>
      (await ctx.db.selectFrom('audit_entry').select('id').execute()).length;
    const entries = await journal();
    // SQLite's own limit on the file's size stands in for a full disk: the same SQLITE_FULL.
    const pages = await sql<{ page_count: number }>`pragma page_count`.execute(ctx.db);
    await sql
      .raw(`pragma max_page_count = ${String(pages.rows[0]?.page_count ?? 0)}`)
      .execute(ctx.db);

    const big = completeActivity({ name: 'Recrutement', notes: 'x'.repeat(20_000) });
    const refused = await dispatch(ctx, 'activities.create', { activity: big });
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    if (!refused.ok)
      expect(errorText('fr', refused.error)).toMatch(
        /^Le disque est plein : rien n’a été enregistré/,
      );
    expect(await names(ctx)).toEqual(['Paie']);
    expect(await journal()).toBe(entries);
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(ctx.db);
    expect(check.rows[0]?.integrity_check).toBe('ok');

    await sql`pragma max_page_count = 1073741823`.execute(ctx.db);
    value(await dispatch(ctx, 'activities.create', { activity: big }));
    expect(await names(ctx)).toEqual(['Paie', 'Recrutement']);
  });

  it('refuses a read-only database with a message, before touching it', () => {
    const dir = tempDir();
    const file = join(dir, 'base.sqlite');
    const init = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'electron/cli/main.ts'), 'init', '--db', file, '--example'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(init.status, init.stderr).toBe(0);
    const before = sha(file);
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    try {
      // Root writes whatever the permissions say: run the command line as nobody then.
      const command = [
        process.execPath,
        '--import',
        'tsx',
        join(root, 'electron/cli/main.ts'),
        'backup',
        '--db',
        file,
      ];
      const asUser =
        process.getuid?.() === 0
          ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command]
          : command;
      const [program = '', ...args] = asUser;
      const result = spawnSync(program, args, { cwd: root, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toMatch(
        /^dpo-desk : La base .*base\.sqlite est en lecture seule \(droits du (fichier|dossier)/,
      );
      expect(sha(file)).toBe(before);
    } finally {
      chmodSync(dir, 0o755);
      chmodSync(file, 0o644);
    }
    expect(dirname(file)).toBe(dir);
  });
});
