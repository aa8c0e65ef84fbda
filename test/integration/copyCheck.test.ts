import {
  writeFileSync,
  copyFileSync,
  existsSync,
  openSync,
  closeSync,
  readdirSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeCheckedBackup } from '../../db/backups';
import { startCopyCheck } from '../../db/copyCheck';
import { openDatabase } from '../../db/connection';
import { localCalendarDate } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { generateRequests } from '../bench/generate';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

/** A database of 2,000 requests (several pages per table and index), closed. */
async function sourceDatabase(): Promise<string> {
  const file = join(tempDir(), 'source.sqlite');
  const { handle } = await openDatabase(file);
  generateRequests(handle.sqlite, 2_000, localCalendarDate(new Date()));
  handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await handle.close();
  return file;
}

/** The first page of `name` (a table or an index) and the file's page size. */
function pageOf(file: string, name: string): { page: number; size: number } {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const page = db.prepare('select rootpage from sqlite_schema where name = ?').pluck().get(name);
    return { page: Number(page), size: Number(db.pragma('page_size', { simple: true })) };
  } finally {
    db.close();
  }
}

/** The file's own tables (not SQLite's statistics, not the full-text index's virtual table). */
function tablesOf(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db
      .prepare(
        `select name from sqlite_schema where type = 'table' and name not like 'sqlite_%'
         and lower(sql) not like 'create virtual table%'`,
      )
      .pluck()
      .all() as string[];
  } finally {
    db.close();
  }
}

/** Writes garbage over the first half of a page (its header and cells), as a torn copy would hold. */
function spoil(file: string, name: string): void {
  const { page, size } = pageOf(file, name);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(size / 2, 0xa5), 0, size / 2, (page - 1) * size);
  } finally {
    closeSync(fd);
  }
}

async function backupWith(copy: (partial: string) => void): Promise<unknown> {
  const target = join(tempDir(), 'backups', 'copy.sqlite');
  try {
    await writeCheckedBackup(target, copy);
    return 'kept';
  } catch (error) {
    // The spoiled copy never gets the backup's name, and nothing of it is left behind.
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dirname(target)).filter((name) => name.endsWith('.partial'))).toEqual([]);
    return error;
  }
}

/** The check on two threads, as for a large database (from 32 MB). */
async function checkOnTwoThreads(file: string, driver?: string): Promise<unknown> {
  const { check } = startCopyCheck(file, Number.MAX_SAFE_INTEGER, driver);
  try {
    await check();
    return 'ok';
  } catch (error) {
    return error;
  }
}

describe('the check of a copy the app writes (backups, safety copies)', () => {
  it('keeps a sound copy under its name', async () => {
    const source = await sourceDatabase();
    expect(await backupWith((partial) => copyFileSync(source, partial))).toBe('kept');
  });

  it.each([
    ['the requests table (the largest)', 'rights_request'],
    ['an index of the requests', 'rights_request_received'],
    ['the timeline of the requests', 'request_event'],
    ['a small table', 'organisation_settings'],
    ['the full-text index’s own table', 'rights_request_fts_data'],
  ])('refuses a copy with a damaged page in %s', async (_label, name) => {
    const source = await sourceDatabase();
    const refused = await backupWith((partial) => {
      copyFileSync(source, partial);
      spoil(partial, name);
    });
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).key).toBe('error.backup.damaged');
  });

  it('refuses a copy cut short', async () => {
    const source = await sourceDatabase();
    const refused = await backupWith((partial) => {
      copyFileSync(source, partial);
      truncateSync(partial, 40 * 4096);
    });
    expect((refused as AppError).key).toBe('error.backup.damaged');
  });

  it('on two threads (a large database), keeps a sound copy and names every damaged table, whichever thread checked it', async () => {
    const source = await sourceDatabase();
    const copy = join(tempDir(), 'copy.sqlite');
    copyFileSync(source, copy);
    expect(await checkOnTwoThreads(copy)).toBe('ok');
    // Every table: whichever the second thread takes (at least the largest), it is damaged.
    const spoiled = tablesOf(copy);
    expect(spoiled.length).toBeGreaterThan(30);
    for (const name of spoiled) spoil(copy, name);
    const refused = await checkOnTwoThreads(copy);
    expect((refused as AppError).key).toBe('error.backup.damaged');
    const detail = String((refused as AppError).values?.detail);
    for (const name of spoiled) expect(detail).toContain(`${name}:`);
  });

  it('checks every table on this thread when the second cannot start, and says nothing of it', async () => {
    const source = await sourceDatabase();
    const copy = join(tempDir(), 'copy.sqlite');
    copyFileSync(source, copy);
    const missingDriver = join(tempDir(), 'no-such-driver.js');
    expect(await checkOnTwoThreads(copy, missingDriver)).toBe('ok');
    spoil(copy, 'rights_request');
    const refused = await checkOnTwoThreads(copy, missingDriver);
    expect(String((refused as AppError).values?.detail)).toContain('rights_request:');
  });

  it('refuses an empty copy', async () => {
    const refused = await backupWith((partial) => {
      writeFileSync(partial, '');
    });
    expect((refused as AppError).key).toBe('error.backup.damaged');
  });
});
