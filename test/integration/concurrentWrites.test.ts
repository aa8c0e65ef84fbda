/**
 * Two programs writing the same file: a write made while another process holds the write lock
 * waits its turn (busy timeout) rather than being refused at once. A transaction that read first
 * and asked for the lock at its first write could not wait (SQLite refuses the upgrade at once).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import { completeActivity, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const root = resolve(import.meta.dirname, '../..');

/** Another process takes the write lock, says so, keeps it `ms`, then lets it go. */
const holderScript = `
import Database from 'better-sqlite3';
const db = new Database(process.argv[1]);
db.prepare('begin immediate').run();
process.stdout.write('locked\\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
db.prepare('commit').run();
db.close();
`;

let opened: OpenedContext | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

describe('writes from two programs at once', () => {
  it('waits for the other program’s write to end, then saves', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    opened = await openContext(file, { actor: 'dpo' });
    const holder = spawn(
      process.execPath,
      ['--input-type=module', '-e', holderScript, file, '800'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<number | null>((done) => holder.on('exit', done));
    await new Promise<void>((done) => holder.stdout.once('data', () => done()));
    const started = Date.now();
    const result = await dispatch(opened.ctx, 'activities.create', {
      activity: completeActivity({ name: 'Écrite pendant que l’autre écrivait' }),
    });
    expect(result.ok).toBe(true);
    // It did wait for the other program's lock.
    expect(Date.now() - started).toBeGreaterThan(300);
    expect(await exited).toBe(0);
  });
});
