import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import {
  openDatabase,
  type DatabaseHandle,
  type MigrationReport,
  type OpenOptions,
} from '../../db/connection';
import { AppError } from '../../shared/errors';
import type { Context } from './context';
import { noFileAccess, type FileAccess } from './files';
import { appVersion } from './version';

export interface OpenedContext {
  ctx: Context;
  report: MigrationReport;
  close(): Promise<void>;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'inconnu';
  }
}

/**
 * Puts a copy of `source` in place of `target` (closed): copied beside it under a temporary name,
 * synced, then renamed over it, so that a crash leaves either the old file or the new one whole.
 * The old file's WAL and shared-memory files go: they belong to the old file.
 */
export function swapDatabaseFile(source: string, target: string): void {
  const incoming = `${target}.restoring`;
  copyFileSync(source, incoming);
  const fd = openSync(incoming, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(incoming, target);
}

/** Opens and migrates the database file and builds the Context every entry point uses. */
export async function openContext(
  databasePath: string,
  options: OpenOptions & { actor?: string; clock?: () => Date; files?: FileAccess } = {},
): Promise<OpenedContext> {
  const opened = await openDatabase(databasePath, options);
  let handle: DatabaseHandle = opened.handle;
  const ctx: Context = {
    db: handle.db,
    clock: options.clock ?? (() => new Date()),
    actor: options.actor ?? currentUser(),
    paths: { database: databasePath },
    appVersion,
    files: options.files ?? noFileAccess,
    replaceDatabase: async (source) => {
      await handle.close();
      let swapFailure: Error | null = null;
      try {
        swapDatabaseFile(source, databasePath);
      } catch (error) {
        swapFailure = error instanceof Error ? error : new Error(String(error));
      }
      // Reopened whatever happened: on the new file, or on the untouched old one.
      try {
        handle = (await openDatabase(databasePath, { now: ctx.clock() })).handle;
      } catch (error) {
        throw new AppError(
          'DATABASE_UNAVAILABLE',
          `La base n'a pas pu être rouverte après la restauration : ${
            error instanceof Error ? error.message : String(error)
          }`,
        );
      }
      ctx.db = handle.db;
      if (swapFailure !== null) {
        throw new AppError(
          'INTERNAL',
          `La restauration a échoué, la base est inchangée : ${swapFailure.message}`,
        );
      }
    },
  };
  return { ctx, report: opened.report, close: () => handle.close() };
}
