import { existsSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  backupPath,
  backupsFolder,
  checkBackupFile,
  listBackups,
  rotateBackups,
  type BackupFile,
  type BackupReason,
} from '../../db/backups';
import { backupDatabase } from '../../db/connection';
import { latestSchemaVersion } from '../../db/migrations';
import { AppError } from '../../shared/errors';
import type { Backup, BackupList, RestoreReport } from '../../shared/schemas/backups';
import type { Context } from './context';

/** An automatic backup is taken on start when the newest is older than this. */
export const autoBackupAfterMs = 24 * 3_600_000;

function toBackup(file: BackupFile): Backup {
  return { name: file.name, takenAt: file.takenAt, reason: file.reason, size: file.size };
}

export function listBackupsOf(ctx: Context): BackupList {
  return {
    folder: backupsFolder(ctx.paths.database),
    backups: listBackups(ctx.paths.database).map(toBackup),
  };
}

/** A checked backup into the backups folder, then the rotation (7 daily, 4 weekly, 12 monthly). */
export async function takeBackup(
  ctx: Context,
  reason: BackupReason,
  options: { rotate: boolean } = { rotate: true },
): Promise<Backup> {
  // Two backups in the same millisecond (a restore right after a backup) get distinct names.
  let at = ctx.clock().getTime();
  let path = backupPath(ctx.paths.database, reason, new Date(at));
  while (existsSync(path)) path = backupPath(ctx.paths.database, reason, new Date(++at));
  await backupDatabase(ctx.db, path);
  if (options.rotate) rotateBackups(ctx.paths.database);
  const taken = listBackups(ctx.paths.database).find((b) => b.path === path);
  if (taken === undefined) throw new AppError('INTERNAL', `La sauvegarde ${path} a disparu.`);
  return toBackup(taken);
}

/** On start: a backup when the newest is more than 24 hours old (or there is none). */
export async function backupIfDue(ctx: Context): Promise<Backup | null> {
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
  const copy = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const version = copy.pragma('user_version', { simple: true }) as number;
    const known = copy
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (known === undefined) {
      throw new AppError('VALIDATION', `${path} n'est pas une sauvegarde DPO Desk.`);
    }
    if (version > latestSchemaVersion) {
      throw new AppError(
        'NEWER_DATABASE',
        `${path} vient d'une version plus récente de DPO Desk (schéma ${String(version)}).`,
      );
    }
  } finally {
    copy.close();
  }
}

/**
 * Replaces the database by one of its backups (or, from the command line, any backup file). The
 * current database is backed up first ("before-restore"), so a restore can itself be undone.
 */
export async function restoreBackup(
  ctx: Context,
  source: { name: string } | { path: string },
): Promise<RestoreReport> {
  let path: string;
  if ('name' in source) {
    const found = listBackups(ctx.paths.database).find((b) => b.name === source.name);
    if (found === undefined) {
      throw new AppError('NOT_FOUND', `Aucune sauvegarde nommée ${source.name}.`);
    }
    path = found.path;
  } else {
    path = source.path;
  }
  checkRestorable(path);
  // Not rotated yet: the rotation could remove the very backup being restored.
  const safetyCopy = await takeBackup(ctx, 'before-restore', { rotate: false });
  const safetyPath = join(backupsFolder(ctx.paths.database), safetyCopy.name);
  try {
    await ctx.replaceDatabase(path);
  } catch (error) {
    // The restored file would not open (or migrate): the database goes back as it was.
    await ctx.replaceDatabase(safetyPath);
    throw error;
  }
  rotateBackups(ctx.paths.database);
  return { restoredFrom: path, safetyCopy };
}
