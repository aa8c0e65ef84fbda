import { accessSync, constants, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type Driver,
} from 'kysely';
import { Migrator, NO_MIGRATIONS, type MigrationResultSet } from 'kysely/migration';
import { AppError } from '../shared/errors';
import { backupPath as backupPathOf, copyPinnedFile, writeCheckedBackup } from './backups';
import { latestSchemaVersion, migrationNames, staticMigrationProvider } from './migrations';
import type { Database } from './schema';

export interface DatabaseHandle {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  file: string;
  close(): Promise<void>;
}

export interface MigrationReport {
  /** True when the file did not exist (or was empty) and was created. */
  created: boolean;
  fromVersion: number;
  toVersion: number;
  applied: string[];
  /** The checked copy taken before migrating an existing file. */
  backupPath: string | null;
}

export interface OpenedDatabase {
  handle: DatabaseHandle;
  report: MigrationReport;
}

interface FileState {
  exists: boolean;
  userVersion: number;
  appliedMigrations: string[];
}

/** Reads the schema version without writing a byte: a database we must refuse stays untouched. */
function inspectExistingFile(file: string): FileState {
  if (!existsSync(file) || statSync(file).size === 0) {
    return { exists: false, userVersion: 0, appliedMigrations: [] };
  }
  // A reader of a WAL-mode file creates its -wal and -shm; a refused file must be left alone.
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((path) => !existsSync(path));
  let refused = true;
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
    const hasMigrationTable = sqlite
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    const appliedMigrations = hasMigrationTable
      ? (sqlite.prepare('select name from kysely_migration').all() as { name: string }[]).map(
          (row) => row.name,
        )
      : [];
    refused = false;
    return { exists: true, userVersion, appliedMigrations };
  } catch (error) {
    throw new AppError('DATABASE_UNAVAILABLE', 'error.database.notDatabase', {
      file,
      detail: (error as Error).message,
    });
  } finally {
    sqlite?.close();
    for (const path of refused ? sidecars : []) {
      if (existsSync(path) && (path.endsWith('-shm') || statSync(path).size === 0)) {
        rmSync(path, { force: true });
      }
    }
  }
}

/** SQLite would open a file it cannot write read-only, and fail at the first save: say so now. */
function refuseReadOnly(file: string): void {
  for (const path of [file, dirname(file)]) {
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw new AppError(
        'DATABASE_UNAVAILABLE',
        path === file ? 'error.database.readOnlyFile' : 'error.database.readOnlyFolder',
        { file },
      );
    }
  }
}

function refuseNewer(file: string, state: FileState): void {
  const unknown = state.appliedMigrations.filter((name) => !migrationNames.includes(name));
  if (state.userVersion > latestSchemaVersion || unknown.length > 0) {
    throw new AppError(
      'NEWER_DATABASE',
      'error.database.newer',
      { file, version: state.userVersion, supported: latestSchemaVersion },
      { databaseVersion: state.userVersion, supportedVersion: latestSchemaVersion },
    );
  }
}

/**
 * `PRAGMA optimize` writes its statistics, so it needs the write lock: while another process
 * writes (the app during an import), it is left for the next opening instead of waiting for the
 * lock and failing the opening after five seconds.
 */
function refreshStatistics(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('busy_timeout = 0');
  try {
    sqlite.pragma('optimize = 0x10002');
    // ANALYZE also keeps sample entries of each index in sqlite_stat4: whole keys, requesters'
    // names among them, which would outlive an erasure. The planner does with the counts alone.
    // Only when there are some: an empty table needs no write, nor the lock a delete takes.
    const hasTable =
      sqlite.prepare("select 1 from sqlite_schema where name = 'sqlite_stat4'").get() !== undefined;
    if (hasTable && sqlite.prepare('select 1 from sqlite_stat4 limit 1').get() !== undefined) {
      sqlite.prepare('delete from sqlite_stat4').run();
    }
  } catch (error) {
    if (!(error instanceof BetterSqlite3.SqliteError) || !error.code.startsWith('SQLITE_BUSY')) {
      throw error;
    }
  } finally {
    sqlite.pragma('busy_timeout = 5000');
  }
}

function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL');
  // A DPO's journal must survive a power cut; writes are few.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // An erased requester's data must really leave the file.
  sqlite.pragma('secure_delete = ON');
}

/** How a backup was copied: a file copy pinned by a read transaction, or VACUUM INTO. */
export type BackupMethod = 'fileCopy' | 'vacuum';

/**
 * A consistent copy, checked before it counts (see writeCheckedBackup): a pinned file copy when
 * the write-ahead log can be emptied first, else VACUUM INTO.
 */
export async function backupInto(
  sqlite: BetterSqlite3.Database,
  target: string,
): Promise<BackupMethod> {
  let method: BackupMethod = 'fileCopy';
  await writeCheckedBackup(
    target,
    async (partial) => {
      if (await copyPinnedFile(sqlite, partial)) return;
      method = 'vacuum';
      rmSync(partial, { force: true });
      sqlite.prepare('VACUUM INTO ?').run(partial);
    },
    sqlite.name,
  );
  return method;
}

/** The same through Kysely, for services that hold only the query builder. */
export async function backupDatabase(db: Kysely<Database>, target: string): Promise<BackupMethod> {
  const sqlite = sqliteOf(db);
  if (sqlite !== undefined) return backupInto(sqlite, target);
  await writeCheckedBackup(target, (partial) => sql`VACUUM INTO ${partial}`.execute(db));
  return 'vacuum';
}

/** The driver under each query builder opened here (see sqliteOf). */
const drivers = new WeakMap<Kysely<Database>, BetterSqlite3.Database>();

/**
 * The better-sqlite3 connection under a query builder opened here, for the few writes of a million
 * rows that must reuse one prepared statement (Kysely prepares one per query); undefined for a
 * transaction's builder or one opened elsewhere.
 */
export function sqliteOf(db: Kysely<Database>): BetterSqlite3.Database | undefined {
  return drivers.get(db);
}

/**
 * Transactions that take the write lock as they begin. A plain BEGIN reads first and asks for the
 * lock at the first write; if another connection (the app, a command, a backup's reader) holds
 * it at that instant, SQLite cannot wait there without risking a deadlock and refuses at once
 * (« base occupée »). BEGIN IMMEDIATE waits its turn, up to the busy timeout.
 */
class WritingDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class WritingDialect extends SqliteDialect {
  readonly #sqlite: BetterSqlite3.Database;
  constructor(sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }
  override createDriver(): Driver {
    return new WritingDriver({ database: this.#sqlite });
  }
}

function wrap(sqlite: BetterSqlite3.Database, file: string): DatabaseHandle {
  // A read-only connection cannot take the write lock: its transactions stay plain.
  const dialect = sqlite.readonly
    ? new SqliteDialect({ database: sqlite })
    : new WritingDialect(sqlite);
  const db = new Kysely<Database>({ dialect });
  drivers.set(db, sqlite);
  return { db, sqlite, file, close: () => db.destroy() };
}

/**
 * What a database file says of itself (schema version, migrations applied), read without writing
 * a byte; refuses a file that is not a database or comes from a newer version of DPO Desk.
 */
export function inspectDatabaseFile(file: string): {
  userVersion: number;
  appliedMigrations: string[];
} {
  const state = inspectExistingFile(file);
  refuseNewer(file, state);
  return state;
}

/**
 * Opens an existing, up-to-date database for reading only (a background export): it can neither
 * migrate nor write, and a read transaction gives it one consistent picture while the app writes.
 */
export function openReadOnly(file: string): DatabaseHandle {
  if (inspectDatabaseFile(file).userVersion !== latestSchemaVersion) {
    throw new AppError('DATABASE_UNAVAILABLE', 'error.database.notReady', { file });
  }
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  return wrap(sqlite, file);
}

export function createMigrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: staticMigrationProvider });
}

export interface OpenOptions {
  /** Stops at this migration instead of the latest (tests of one migration). */
  migrateTo?: string | typeof NO_MIGRATIONS;
  now?: Date;
}

/**
 * Opens (creating if needed) and migrates a database file. Refuses, without writing, a file from a
 * newer version; copies an existing file with VACUUM INTO before migrating it.
 */
export async function openDatabase(
  file: string,
  options: OpenOptions = {},
): Promise<OpenedDatabase> {
  if (existsSync(file) && statSync(file).size > 0) refuseReadOnly(file);
  const state = inspectExistingFile(file);
  refuseNewer(file, state);

  mkdirSync(dirname(file), { recursive: true });
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file);
    applyPragmas(sqlite);
  } catch (error) {
    throw new AppError('DATABASE_UNAVAILABLE', 'error.database.openFailed', {
      file,
      detail: (error as Error).message,
    });
  }

  const targetIndex =
    options.migrateTo === undefined
      ? latestSchemaVersion
      : typeof options.migrateTo === 'string'
        ? migrationNames.indexOf(options.migrateTo) + 1
        : 0;
  let backupPath: string | null = null;
  if (state.exists && state.userVersion < targetIndex) {
    backupPath = backupPathOf(file, 'before-migration', options.now ?? new Date());
    try {
      await backupInto(sqlite, backupPath);
    } catch (error) {
      sqlite.close();
      throw error;
    }
  }

  const handle = wrap(sqlite, file);
  // A file already up to date skips the migrator, whose look at the schema (every table's
  // columns) cost about 10 ms to every opening, `dpo-desk due` included.
  const upToDate =
    options.migrateTo === undefined &&
    state.userVersion === latestSchemaVersion &&
    migrationNames.every((name) => state.appliedMigrations.includes(name));
  const migrator = createMigrator(handle.db);
  const result: MigrationResultSet = upToDate
    ? { results: [] }
    : options.migrateTo === undefined
      ? await migrator.migrateToLatest()
      : await migrator.migrateTo(options.migrateTo);
  if (result.error !== undefined) {
    await handle.close();
    throw new AppError('DATABASE_UNAVAILABLE', 'error.database.migrationFailed', {
      file,
      detail: result.error instanceof Error ? result.error.message : JSON.stringify(result.error),
    });
  }
  const applied = (result.results ?? [])
    .filter((r) => r.status === 'Success' && r.direction === 'Up')
    .map((r) => r.migrationName);
  const toVersion = sqlite.pragma('user_version', { simple: true }) as number;
  // Row statistics for the query planner, made again only when a table's size has changed a lot
  // (otherwise well under a millisecond): with them, a list sorted by one column and filtered on
  // another reads the sort's index instead of sorting a hundred thousand rows.
  try {
    refreshStatistics(sqlite);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return {
    handle,
    report: {
      created: !state.exists,
      fromVersion: state.userVersion,
      toVersion,
      applied,
      backupPath,
    },
  };
}
