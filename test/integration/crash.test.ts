/**
 * Crash safety: a writer process making audited writes is killed with SIGKILL at random moments
 * (some while it migrates an old database, some while it takes backups), over and over on the
 * same file. After each kill: SQLite's integrity_check, every write the writer acknowledged is
 * there, and the audit journal matches the data, one entry per row, no entry without its row.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { latestSchemaVersion, migrationNames } from '../../db/migrations';
import { takeBackup } from '../../electron/services/backups';
import { openContext } from '../../electron/services/open';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const root = resolve(import.meta.dirname, '../..');
const writer = join(root, 'test/helpers/crashWriter.ts');
const kills = Number(process.env.CRASH_KILLS ?? '100');

interface Run {
  acknowledged: string[];
  backups: string[];
}

/** Starts the writer; `acknowledged` is what it has said written so far; `stop` kills it. */
function startWriter(
  file: string,
): Promise<{ acknowledged: () => string[]; stop: () => Promise<void> }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file, 'writes'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    const acknowledged: string[] = [];
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) acknowledged.push(line.slice(4));
        if (line === 'ready') {
          resolvePromise({
            acknowledged: () => [...acknowledged],
            stop: () => {
              child.kill('SIGKILL');
              return exited;
            },
          });
        }
      }
    });
    child.on('error', reject);
  });
}

/** Waits until `more` says yes, looking every 10 ms, for at most `ms`. */
async function waitFor(more: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!more() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
}

/**
 * Starts the writer and kills it `afterMs` after it starts opening the file (`migrate`: while it
 * copies and migrates an old database) or after it is ready to write.
 */
function killWriterAt(
  file: string,
  mode: 'writes' | 'backup' | 'migrate',
  afterMs: number,
): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', writer, file, mode === 'backup' ? 'backup' : 'writes'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const run: Run = { acknowledged: [], backups: [] };
    let buffered = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const startLine = mode === 'migrate' ? 'opening' : 'ready';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === startLine && timer === undefined) timer = setTimeout(kill, afterMs);
        if (line.startsWith('ack ')) run.acknowledged.push(line.slice(4));
        if (line.startsWith('backup ')) run.backups.push(line.slice(7));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolvePromise(run);
      else reject(new Error(`the writer stopped by itself (${String(code)}): ${errors}`));
    });
  });
}

/** What survives a kill: checked on a plain connection, as the next start would find it. */
function checkAfterKill(file: string, acknowledged: Set<string>): number {
  const db = new BetterSqlite3(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const version = db.pragma('user_version', { simple: true }) as number;
    const applied = db.prepare('select name from kysely_migration order by name').all() as {
      name: string;
    }[];
    // A migration and the version number commit together; Kysely logs its name just after, so
    // the log may lag by one (the next start sees the version and skips the body).
    expect(migrationNames.slice(0, applied.length)).toEqual(applied.map((m) => m.name));
    expect([version, version - 1]).toContain(applied.length);
    if (version < latestSchemaVersion) return 0;
    const rows = new Set(
      (db.prepare('select id from processing_activity').all() as { id: string }[]).map((r) => r.id),
    );
    for (const id of acknowledged) expect(rows.has(id), `acknowledged ${id}`).toBe(true);
    const journal = db
      .prepare(
        "select entity_id as id, count(*) as n from audit_entry where entity = 'processing_activity' and action = 'create' group by entity_id",
      )
      .all() as { id: string; n: number }[];
    expect(journal.every((entry) => entry.n === 1)).toBe(true);
    expect(new Set(journal.map((entry) => entry.id))).toEqual(rows);
    return rows.size;
  } finally {
    db.close();
  }
}

function checkBackups(file: string): number {
  const folder = join(file, '..', 'backups');
  if (!existsSync(folder)) return 0;
  const complete = readdirSync(folder).filter((name) => name.endsWith('.sqlite'));
  for (const name of complete) {
    const copy = new BetterSqlite3(join(folder, name), { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true }), name).toBe('ok');
    } finally {
      copy.close();
    }
  }
  return complete.length;
}

describe('crash safety', () => {
  it(`keeps every acknowledged write and a matching journal through ${String(kills)} SIGKILLs`, async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const acknowledged = new Set<string>();
    let rows = 0;
    let migrations = 0;
    let midMigration = 0;
    for (let round = 0; round < kills; round++) {
      const mode =
        round % 5 === 0 || process.env.CRASH_MIGRATE === '1'
          ? 'migrate'
          : round % 5 === 1
            ? 'backup'
            : 'writes';
      if (mode === 'migrate') {
        // An old database (schema 3) for the writer to back up and migrate.
        const old = join(tempDir(), `old-${String(round)}.sqlite`);
        await (await openDatabase(old, { migrateTo: migrationNames[2] })).handle.close();
        const run = await killWriterAt(old, 'migrate', Math.random() * 25);
        checkAfterKill(old, new Set(run.acknowledged));
        checkBackups(old);
        const version = new BetterSqlite3(old, { readonly: true });
        const reached = version.pragma('user_version', { simple: true }) as number;
        version.close();
        if (reached > 3 && reached < latestSchemaVersion) midMigration++;
        // The next start finishes the migration.
        const reopened = await openDatabase(old);
        expect(reopened.report.toVersion).toBe(latestSchemaVersion);
        await reopened.handle.close();
        checkAfterKill(old, new Set(run.acknowledged));
        migrations++;
        continue;
      }
      const run = await killWriterAt(file, mode, Math.random() * 150);
      for (const id of run.acknowledged) acknowledged.add(id);
      rows = checkAfterKill(file, acknowledged);
    }
    console.log(
      `${String(kills)} kills: ${String(acknowledged.size)} acknowledged writes kept, ${String(migrations)} during a migration (${String(midMigration)} between two of its steps)`,
    );
    expect(rows).toBeGreaterThanOrEqual(acknowledged.size);
    expect(acknowledged.size).toBeGreaterThan(kills);
    expect(migrations).toBeGreaterThan(0);
    checkBackups(file);
  }, 600_000);

  it('takes consistent backups while another process writes', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    await (await openDatabase(file)).handle.close();
    const running = await startWriter(file);
    const opened = await openContext(file, { actor: 'dpo' });
    const taken: { path: string; before: Set<string> }[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        // Each copy is asked for after the writer has acknowledged something new: on a loaded
        // machine the writer may be slower than the backups.
        const seen = running.acknowledged().length;
        await waitFor(() => running.acknowledged().length > seen, 30_000);
        const before = new Set(running.acknowledged());
        const backup = await takeBackup(opened.ctx, 'manual', { rotate: false });
        taken.push({ path: join(file, '..', 'backups', backup.name), before });
      }
    } finally {
      await running.stop();
      await opened.close();
    }
    // Every copy is whole and holds every write acknowledged before it was asked for.
    const counts = taken.map(({ path, before }) => checkAfterKill(path, before));
    // The writer was writing all along: a later copy never holds less, the last holds more.
    for (let i = 1; i < counts.length; i++) {
      expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1] ?? 0);
    }
    expect(counts.at(-1)).toBeGreaterThan(counts[0] ?? 0);
  }, 120_000);
});
