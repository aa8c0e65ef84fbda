import { userInfo } from 'node:os';
import { swapDatabaseFile } from '../../db/backups';
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
