import { userInfo } from 'node:os';
import { openDatabase, type MigrationReport, type OpenOptions } from '../../db/connection';
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
  const { handle, report } = await openDatabase(databasePath, options);
  const ctx: Context = {
    db: handle.db,
    clock: options.clock ?? (() => new Date()),
    actor: options.actor ?? currentUser(),
    paths: { database: databasePath },
    appVersion,
    files: options.files ?? noFileAccess,
  };
  return { ctx, report, close: () => handle.close() };
}
