import { userInfo } from 'node:os';
import { swapDatabaseFile } from '../../db/backups';
import {
  openDatabase,
  type DatabaseHandle,
  type MigrationReport,
  type OpenOptions,
} from '../../db/connection';
import { tryTakeOwnership, type DatabaseOwner, type Ownership } from '../../db/ownership';
import { AppError } from '../../shared/errors';
import type { Context } from './context';
import { finishPendingErasure, stopErasureRetries } from './erasureCompletion';
import { noFileAccess, type FileAccess } from './files';
import { appVersion } from './version';

export interface OpenedContext {
  ctx: Context;
  report: MigrationReport;
  close(): Promise<void>;
}

/** The DPO's name from Paramètres, the person who acts in the journal and the proofs. */
function dpoNameIn(handle: DatabaseHandle): string {
  const row: unknown = handle.sqlite
    .prepare('SELECT dpo_name FROM organisation_settings WHERE id = 1')
    .pluck()
    .get();
  return typeof row === 'string' ? row.trim() : '';
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
  options: OpenOptions & {
    actor?: string;
    clock?: () => Date;
    files?: FileAccess;
    /** Who takes the file for as long as it is open (the app, the host, a command rewriting it). */
    owner?: string;
  } = {},
): Promise<OpenedContext> {
  const ownership =
    options.owner === undefined ? null : await ownershipFor(databasePath, options.owner, options);
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(databasePath, options);
  } catch (error) {
    ownership?.release();
    throw error;
  }
  let handle: DatabaseHandle = opened.handle;
  const account = options.actor ?? currentUser();
  const ctx: Context = {
    db: handle.db,
    clock: options.clock ?? (() => new Date()),
    // Read at each write (a few microseconds on the one connection): the name follows Paramètres,
    // a restore and an import without anyone having to tell the context.
    get actor() {
      return dpoNameIn(handle) || account;
    },
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
        throw new AppError('DATABASE_UNAVAILABLE', 'error.database.reopenFailed', {
          detail: error instanceof Error ? error.message : String(error),
        });
      }
      ctx.db = handle.db;
      if (swapFailure !== null) {
        throw new AppError('INTERNAL', 'error.database.restoreFailed', {
          detail: swapFailure.message,
        });
      }
    },
  };
  // An erasure left unfinished (a reader held the WAL, then the app stopped) ends now.
  await finishPendingErasure(ctx);
  return {
    ctx,
    report: opened.report,
    close: async () => {
      try {
        stopErasureRetries(ctx);
        await finishPendingErasure(ctx).catch(() => false);
        await handle.close();
      } finally {
        ownership?.release();
      }
    },
  };
}

/**
 * The file's lock for an owner. When the lock itself cannot be made (a read-only folder, a full
 * disk), the database's own checks say why in French; the lock's error comes only if they pass.
 */
async function ownershipFor(
  databasePath: string,
  program: string,
  options: OpenOptions,
): Promise<Ownership> {
  try {
    return takeOwnership(databasePath, program);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const probe = await openDatabase(databasePath, options);
    await probe.handle.close();
    throw new AppError('UNAVAILABLE', 'error.database.lockFailed', {
      path: `${databasePath}.lock`,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

/** The refusal that names who holds the file. */
function heldByError(owner: DatabaseOwner | null): AppError {
  const details = {
    reason: 'databaseOwned',
    ...(owner === null ? {} : { pid: owner.pid, program: owner.program }),
  };
  return owner === null
    ? new AppError('CONFLICT', 'error.database.heldByUnknown', undefined, details)
    : new AppError(
        'CONFLICT',
        'error.database.heldBy',
        { program: owner.program, pid: String(owner.pid) },
        details,
      );
}

/** Takes the file, or refuses naming who holds it; nothing is touched when refused. */
export function takeOwnership(databasePath: string, program: string): Ownership {
  const result = tryTakeOwnership(databasePath, program);
  if ('heldBy' in result) {
    throw heldByError(result.heldBy);
  }
  return result.ownership;
}
