import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  backupPath,
  backupsFolder,
  checkBackupFile,
  listBackups,
  removeUnfinishedBackups,
  rotateBackups,
  type BackupFile,
  type BackupReason,
} from '../../db/backups';
import { backupDatabase, inspectDatabaseFile } from '../../db/connection';
import { AppError } from '../../shared/errors';
import type { Backup, BackupList, RestoreReport } from '../../shared/schemas/backups';
import type { Context } from './context';

/** An automatic backup is taken on start when the newest is older than this. */
export const autoBackupAfterMs = 24 * 3_600_000;

function toBackup(file: BackupFile): Backup {
  return { name: file.name, takenAt: file.takenAt, reason: file.reason, size: file.size };
}

/** The last backup failure of each database file, until a backup succeeds. */
const failures = new Map<string, string>();

export function listBackupsOf(ctx: Context): BackupList {
  return {
    folder: backupsFolder(ctx.paths.database),
    backups: listBackups(ctx.paths.database).map(toBackup),
    failure: failures.get(ctx.paths.database) ?? null,
  };
}

/** A backup that cannot be written (folder unwritable, disk full) said in French, as UNAVAILABLE. */
function backupFailure(folder: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const full = /SQLITE_FULL|ENOSPC|disk is full|database or disk is full/i.test(
    `${detail} ${error instanceof Error && 'code' in error ? String(error.code) : ''}`,
  );
  return new AppError(
    'UNAVAILABLE',
    full ? 'error.backup.diskFull' : 'error.backup.folderUnwritable',
    { folder },
    { reason: full ? 'diskFull' : 'folderUnwritable' },
  );
}

/** A checked backup into the backups folder, then the rotation (7 daily, 4 weekly, 12 monthly). */
export async function takeBackup(
  ctx: Context,
  reason: BackupReason,
  options: { rotate: boolean } = { rotate: true },
): Promise<BackupFile> {
  // Two backups in the same millisecond (a restore right after a backup) get distinct names.
  let at = ctx.clock().getTime();
  let path = backupPath(ctx.paths.database, reason, new Date(at));
  while (existsSync(path)) path = backupPath(ctx.paths.database, reason, new Date(++at));
  try {
    await backupDatabase(ctx.db, path);
  } catch (error) {
    const failure = backupFailure(backupsFolder(ctx.paths.database), error);
    failures.set(ctx.paths.database, failure.message);
    throw failure;
  }
  failures.delete(ctx.paths.database);
  if (options.rotate) rotateBackups(ctx.paths.database);
  return {
    path,
    name: basename(path),
    takenAt: new Date(at).toISOString(),
    reason,
    size: statSync(path).size,
  };
}

/** "Sauvegarder maintenant". */
export async function backUpNow(ctx: Context): Promise<Backup> {
  return toBackup(await takeBackup(ctx, 'manual'));
}

/**
 * On start: what a killed backup left (`.partial` copies: whole copies of the data) goes, then a
 * backup when the newest is more than 24 hours old. A failure does not stop the app: it is kept
 * and shown (Paramètres › Sauvegardes) until a backup succeeds.
 */
export async function startupBackup(
  ctx: Context,
): Promise<{ backup: BackupFile | null; failure: string | null }> {
  removeUnfinishedBackups(ctx.paths.database);
  try {
    return { backup: await backupIfDue(ctx), failure: null };
  } catch (error) {
    const failure = backupFailure(backupsFolder(ctx.paths.database), error);
    failures.set(ctx.paths.database, failure.message);
    return { backup: null, failure: failure.message };
  }
}

/** On start: a backup when the newest is more than 24 hours old (or there is none). */
export async function backupIfDue(ctx: Context): Promise<BackupFile | null> {
  const [newest] = listBackups(ctx.paths.database);
  if (
    newest !== undefined &&
    ctx.clock().getTime() - Date.parse(newest.takenAt) < autoBackupAfterMs
  ) {
    return null;
  }
  return takeBackup(ctx, 'auto');
}

/** Refuses a backup that is damaged, not a DPO Desk database, or from a newer version. */
function checkRestorable(path: string): void {
  checkBackupFile(path);
  if (inspectDatabaseFile(path).appliedMigrations.length === 0) {
    throw new AppError('VALIDATION', 'error.backup.notBackup', { path });
  }
}

/**
 * Replaces the database by one of its backups (or, from the command line, any backup file). The
 * current database is backed up first ("before-restore"), so a restore can itself be undone.
 */
export async function restoreBackup(
  ctx: Context,
  source: { name: string } | { path: string },
): Promise<{ restoredFrom: string; safetyCopy: BackupFile }> {
  let path: string;
  if ('name' in source) {
    const found = listBackups(ctx.paths.database).find((b) => b.name === source.name);
    if (found === undefined) {
      throw new AppError('NOT_FOUND', 'error.backup.notFound', { name: source.name });
    }
    path = found.path;
  } else {
    path = source.path;
  }
  checkRestorable(path);
  // Not rotated yet: the rotation could remove the very backup being restored.
  const safetyCopy = await takeBackup(ctx, 'before-restore', { rotate: false });
  try {
    await ctx.replaceDatabase(path);
  } catch (error) {
    // The restored file would not open (or migrate): the database goes back as it was.
    await ctx.replaceDatabase(safetyCopy.path);
    throw error;
  }
  rotateBackups(ctx.paths.database);
  return { restoredFrom: path, safetyCopy };
}

/** Paramètres › Sauvegardes › Restaurer: one of this database's own backups, by name. */
export async function restoreNamedBackup(ctx: Context, name: string): Promise<RestoreReport> {
  const report = await restoreBackup(ctx, { name });
  return { restoredFrom: report.restoredFrom, safetyCopy: toBackup(report.safetyCopy) };
}
