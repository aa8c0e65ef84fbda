import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, backupInto } from '../../db/connection';
import { openContext, type OpenedContext } from '../../electron/services/open';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

let opened: OpenedContext | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

/**
 * Another process that writes without pause: each transaction moves one unit from `a` to `b` and
 * adds a page of filler, so that a consistent copy always has a + b = 1,000,000.
 */
const writerScript = `
import Database from 'better-sqlite3';
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 5000');
const move = db.transaction(() => {
  db.prepare('update ledger set amount = amount - 1 where account = ?').run('a');
  db.prepare('insert into filler (bytes) values (randomblob(4000))').run();
  db.prepare('update ledger set amount = amount + 1 where account = ?').run('b');
});
process.stdout.write('ready\\n');
const until = Date.now() + 20000;
while (Date.now() < until) move();
`;

describe('backups while another connection writes', () => {
  it('each backup is one consistent picture, checked, without -wal or -shm files beside it', async () => {
    const dir = tempDir();
    const file = join(dir, 'dpo-desk.sqlite');
    opened = await openContext(file, { actor: 'dpo' });
    const setup = new BetterSqlite3(file);
    setup.exec(`
      create table ledger (account text primary key, amount integer not null);
      insert into ledger values ('a', 1000000), ('b', 0);
      create table filler (id integer primary key, bytes blob);
    `);
    // About 20 MB, so that the copy takes long enough for the writer to commit meanwhile.
    setup.transaction(() => {
      const insert = setup.prepare('insert into filler (bytes) values (randomblob(4000))');
      for (let i = 0; i < 5000; i++) insert.run();
    })();
    setup.close();

    const writer = spawn(process.execPath, ['--input-type=module', '-e', writerScript, file], {
      cwd: join(import.meta.dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        writer.stdout.once('data', () => {
          resolve();
        });
        writer.once('exit', (code) => {
          reject(new Error(`the writer stopped (${String(code)})`));
        });
      });
      const folder = join(dir, 'copies');
      const moved: number[] = [];
      for (let i = 0; i < 3; i++) {
        const target = join(folder, `copy-${String(i)}.sqlite`);
        await backupDatabase(opened.ctx.db, target);
        const copy = new BetterSqlite3(target, { readonly: true });
        try {
          expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
          const rows = copy
            .prepare('select account, amount from ledger order by account')
            .all() as {
            account: string;
            amount: number;
          }[];
          expect(rows.reduce((sum, row) => sum + row.amount, 0)).toBe(1_000_000);
          moved.push(rows[1]?.amount ?? 0);
          const fillers = copy.prepare('select count(*) from filler').pluck().get();
          expect(fillers).toBe(5000 + (rows[1]?.amount ?? 0));
        } finally {
          copy.close();
        }
      }
      // The writer did write while the copies were made.
      expect(new Set(moved).size).toBeGreaterThan(1);
      expect(readdirSync(folder).sort()).toEqual([
        'copy-0.sqlite',
        'copy-1.sqlite',
        'copy-2.sqlite',
      ]);
    } finally {
      writer.kill();
    }
  });

  it('copies the file as it was when asked while this connection goes on writing and checkpointing', async () => {
    const dir = tempDir();
    const sqlite = new BetterSqlite3(join(dir, 'pinned.sqlite'));
    try {
      sqlite.pragma('journal_mode = WAL');
      sqlite.exec(`
        create table ledger (account text primary key, amount integer not null);
        insert into ledger values ('a', 1000000), ('b', 0);
        create table filler (id integer primary key, bytes blob);
      `);
      const insert = sqlite.prepare('insert into filler (bytes) values (randomblob(4000))');
      sqlite.transaction(() => {
        for (let i = 0; i < 5000; i++) insert.run();
      })();
      const move = sqlite.transaction(() => {
        sqlite.prepare("update ledger set amount = amount - 1 where account = 'a'").run();
        insert.run();
        sqlite.prepare("update ledger set amount = amount + 1 where account = 'b'").run();
      });
      const target = join(dir, 'copy.sqlite');
      const copying = { done: false };
      const backup = backupInto(sqlite, target).finally(() => (copying.done = true));
      // While the file is copied on another thread, writes go on and each checkpoint tries to
      // write them into the file being copied.
      let writes = 0;
      while (!copying.done) {
        move();
        sqlite.pragma('wal_checkpoint(PASSIVE)');
        writes++;
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(await backup).toBe('fileCopy');
      expect(writes).toBeGreaterThan(0);
      const copy = new BetterSqlite3(target, { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        // The database as it was when the backup was asked for: not one of the writes after.
        expect(copy.prepare("select amount from ledger where account = 'b'").pluck().get()).toBe(0);
        expect(copy.prepare('select count(*) from filler').pluck().get()).toBe(5000);
      } finally {
        copy.close();
      }
      expect(sqlite.prepare("select amount from ledger where account = 'b'").pluck().get()).toBe(
        writes,
      );
    } finally {
      sqlite.close();
    }
  });
});
