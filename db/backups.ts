import {
  closeSync,
  copyFileSync,
  existsSync,
  fsync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { backupsToKeep } from '../shared/backups/rotation';
import { AppError } from '../shared/errors';
import { startCopyCheck } from './copyCheck';

/** Why a backup was taken; part of its file name. */
export const backupReasons = [
  'auto',
  'manual',
  'before-migration',
  'before-import',
  'before-restore',
] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface BackupFile {
  path: string;
  name: string;
  /** ISO instant (UTC). */
  takenAt: string;
  reason: BackupReason;
  size: number;
}

/** Backups live in a `backups` folder beside the database file. */
export function backupsFolder(databaseFile: string): string {
  return join(dirname(databaseFile), 'backups');
}

function baseName(databaseFile: string): string {
  return basename(databaseFile).replace(/\.sqlite$/i, '');
}

/** `dpo-desk.sqlite` -> `backups/dpo-desk.2026-11-22T09-00-00-000Z.auto.sqlite`. */
export function backupPath(databaseFile: string, reason: BackupReason, now: Date): string {
  const stamp = now.toISOString().replaceAll(':', '-').replace('.', '-');
  return join(backupsFolder(databaseFile), `${baseName(databaseFile)}.${stamp}.${reason}.sqlite`);
}

const stampPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

/** The instant and reason of one of this database's backups, from its file name. */
export function parseBackupName(
  databaseFile: string,
  name: string,
): { takenAt: string; reason: BackupReason } | null {
  const prefix = `${baseName(databaseFile)}.`;
  if (!name.startsWith(prefix) || !name.endsWith('.sqlite')) return null;
  const [stamp, reason, ...rest] = name.slice(prefix.length, -'.sqlite'.length).split('.');
  if (stamp === undefined || reason === undefined || rest.length > 0) return null;
  const match = stampPattern.exec(stamp);
  if (match === null || !(backupReasons as readonly string[]).includes(reason)) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  return {
    takenAt: `${String(day)}T${String(hours)}:${String(minutes)}:${String(seconds)}.${String(millis)}Z`,
    reason: reason as BackupReason,
  };
}

/** The names in the backups folder; none when it is missing or not a folder at all. */
function namesIn(folder: string): string[] {
  return existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder) : [];
}

/** This database's backups, newest first. Unfinished copies (`.partial`) never count. */
export function listBackups(databaseFile: string): BackupFile[] {
  const folder = backupsFolder(databaseFile);
  const backups: BackupFile[] = [];
  for (const name of namesIn(folder)) {
    const parsed = parseBackupName(databaseFile, name);
    if (parsed === null) continue;
    const path = join(folder, name);
    backups.push({ path, name, ...parsed, size: statSync(path).size });
  }
  return backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * Checks a file from elsewhere (a backup to restore): SQLite's quick_check of the whole file says
 * ok. Throws otherwise.
 */
export function checkBackupFile(path: string): void {
  let copy: BetterSqlite3.Database | undefined;
  try {
    copy = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    // Read through the memory map rather than page by page: about a third faster on a big file.
    copy.pragma('mmap_size = 4294967296');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
  } catch (error) {
    throw new AppError('DATABASE_UNAVAILABLE', 'error.backup.damaged', {
      path,
      detail: (error as Error).message,
    });
  } finally {
    copy?.close();
  }
}

/**
 * Opened for writing although nothing is written: Windows flushes only a handle that may write
 * (FlushFileBuffers; a read-only one fails with EPERM, and every backup with it).
 */
const syncFlags = 'r+';

/** A folder is opened read-only: it cannot be opened for writing. */
function syncFile(path: string, flags: string = syncFlags): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Syncs a folder's entries (a rename) where the system can: Windows cannot open a folder. */
function syncFolder(path: string): void {
  try {
    syncFile(path, 'r');
  } catch {
    // The file itself is synced; only the entry's durability is left to the system.
  }
}

/** Starts syncing `path` on a thread of the pool now, before this thread goes on. */
function syncInBackground(path: string): Promise<void> {
  const fd = openSync(path, syncFlags);
  return new Promise((resolve, reject) => {
    fsync(fd, (error) => {
      closeSync(fd);
      if (error === null) resolve();
      else reject(error);
    });
  });
}

/**
 * A consistent copy of the open database by a plain file copy, many times faster than VACUUM INTO.
 * A read transaction on a second connection pins the database as it is; then a passive checkpoint
 * moves into the file every page of the write-ahead log up to that moment. When nothing is left
 * in the log, the file is the pinned database, and stays so while it is copied: no checkpoint may
 * write into the file a page newer than what an open reader sees (writes meanwhile go to the log).
 * The checkpoint is passive: it never waits, and never blocks nor resets the log under another
 * process writing. Returns false, having copied nothing, when pages were left in the log (written
 * at that very instant): VACUUM INTO then.
 */
export async function copyPinnedFile(
  sqlite: BetterSqlite3.Database,
  partial: string,
): Promise<boolean> {
  if (sqlite.memory || sqlite.inTransaction) return false;
  if (sqlite.pragma('journal_mode', { simple: true }) !== 'wal') return false;
  const file = sqlite.name;
  const reader = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    reader.prepare('begin').run();
    reader.prepare('select count(*) from sqlite_schema').get();
    const [moved] = sqlite.pragma('wal_checkpoint(PASSIVE)') as {
      busy: number;
      log: number;
      checkpointed: number;
    }[];
    if (moved === undefined || moved.busy !== 0 || moved.log !== moved.checkpointed) return false;
    await copyFile(file, partial);
  } finally {
    if (reader.inTransaction) reader.prepare('commit').run();
    reader.close();
  }
  // The copy says it is in WAL mode, as its source: a backup opened later would grow -wal and
  // -shm files beside it. Bytes 18 and 19 of the header set to 1 make it an ordinary file, as
  // VACUUM INTO writes it (it has no log to lose).
  const fd = openSync(partial, 'r+');
  try {
    writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Makes a backup at `target` with `copy` (a pinned file copy or VACUUM INTO its argument) of
 * `sourceFile` (its size chooses one or two threads for the check): written under a `.partial`
 * name, synced and checked with quick_check table by table (copyCheck.ts), and only then given its
 * name, so that a backup interrupted by a crash never counts.
 */
export async function writeCheckedBackup(
  target: string,
  copy: (partial: string) => unknown,
  sourceFile?: string,
): Promise<void> {
  if (existsSync(target)) throw new AppError('CONFLICT', 'error.backup.exists', { path: target });
  mkdirSync(dirname(target), { recursive: true });
  // Named after its writer, so that an app starting meanwhile leaves a copy being written alone.
  const partial = `${target}.${String(process.pid)}.partial`;
  rmSync(partial, { force: true });
  const expectedBytes =
    sourceFile !== undefined && existsSync(sourceFile) ? statSync(sourceFile).size : 0;
  const copyCheck = startCopyCheck(partial, expectedBytes);
  try {
    await copy(partial);
    // The disk takes the copy (a thread of the pool) while quick_check, on one or two threads, reads it
    // from memory: they overlap instead of adding up, and the name comes after both.
    const synced = syncInBackground(partial);
    try {
      await copyCheck.check();
    } catch (error) {
      await synced.catch(() => undefined);
      throw error;
    }
    await synced;
    renameSync(partial, target);
  } catch (error) {
    await copyCheck.cancel();
    rmSync(partial, { force: true });
    throw error;
  }
  syncFolder(dirname(target));
}

/**
 * Puts a copy of `source` in place of the closed database `target`: copied beside it under a
 * temporary name, synced, then renamed over it, so that a crash leaves either the old file or the
 * new one whole. The old file's WAL and shared-memory files go: they belong to the old file.
 */
export function swapDatabaseFile(source: string, target: string): void {
  const incoming = `${target}.restoring`;
  copyFileSync(source, incoming);
  syncFile(incoming);
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(incoming, target);
}

/** True while process `pid` runs (a signal 0 is a question, not a signal). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An unfinished copy nobody is writing any more: its writer (named in `<backup>.<pid>.partial`) is
 * gone, the name is of an older version, or it is over an hour old (a crashed writer's number may
 * have been given to another process since; a copy takes seconds).
 */
function isAbandoned(path: string, name: string): boolean {
  const pid = /\.(\d+)\.partial$/.exec(name)?.[1];
  if (pid === undefined) return true;
  if (Date.now() - statSync(path).mtimeMs > 3_600_000) return true;
  return Number(pid) !== process.pid && !isRunning(Number(pid));
}

/**
 * Deletes the unfinished copies (`.partial`: whole copies of the data) of this database's backups
 * that no running process is writing: at start, and in each rotation.
 */
export function removeUnfinishedBackups(databaseFile: string): void {
  const folder = backupsFolder(databaseFile);
  for (const name of namesIn(folder)) {
    if (
      name.startsWith(`${baseName(databaseFile)}.`) &&
      name.endsWith('.partial') &&
      isAbandoned(join(folder, name), name)
    )
      rmSync(join(folder, name), { force: true });
  }
}

/** Deletes the backups the rotation does not keep (7 daily, 4 weekly, 12 monthly). */
export function rotateBackups(databaseFile: string): BackupFile[] {
  const backups = listBackups(databaseFile);
  const keep = backupsToKeep(backups.map((b) => b.takenAt));
  const removed = backups.filter((b) => !keep.has(b.takenAt));
  for (const backup of removed) rmSync(backup.path, { force: true });
  removeUnfinishedBackups(databaseFile);
  return removed;
}
