/**
 * The check of a copy this app has just written (a backup, a safety copy before a migration, an
 * import or a restore): SQLite's quick_check table by table — each table's b-tree and its
 * indexes, their pages, their records, their NOT NULL columns — on two threads for a large file,
 * taking the tables, largest first, from one shared list. A copy torn or cut short shows there.
 *
 * Left to the check of a file that comes from elsewhere (checkBackupFile, a restore: the whole
 * file at once), because they cost more than the copy itself: the count of every page of the
 * file, and the full-text index's own check, which reads and splits again the text of every
 * request (more than half of a whole check at 100,000 requests) to compare it with the index
 * (derived data: the index's tables themselves are checked here like every other table).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../shared/errors';

/** The worker's code (CommonJS, evaluated): the same loop as this thread's, on its own connection. */
const threadCode = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
parentPort.once('message', ({ file, tables, next }) => {
  let db;
  const failures = [];
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('mmap_size = 4294967296');
    const counter = new Int32Array(next);
    // The largest table is this thread's: taken before the other thread is told to start.
    let i = Atomics.add(counter, 0, 1);
    parentPort.postMessage({ opened: true });
    for (; i < tables.length; i = Atomics.add(counter, 0, 1)) {
      const result = db.pragma("quick_check('" + tables[i].replaceAll("'", "''") + "')", { simple: true });
      if (result !== 'ok') failures.push(tables[i] + ': ' + String(result));
    }
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    db?.close();
  }
  parentPort.postMessage({ failures });
});
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** The tables of a file, the largest first (by the row counts of its statistics, when known). */
function tablesLargestFirst(db: BetterSqlite3.Database): string[] {
  const rows = db
    .prepare(
      `select name from sqlite_schema
       where type = 'table' and lower(sql) not like 'create virtual table%'`,
    )
    .pluck()
    .all() as string[];
  const hasStatistics =
    db.prepare("select 1 from sqlite_schema where name = 'sqlite_stat1'").get() !== undefined;
  const estimates = new Map<string, number>(
    hasStatistics
      ? (
          db
            .prepare(
              'select tbl, max(cast(stat as integer)) as rows from sqlite_stat1 group by tbl',
            )
            .all() as { tbl: string; rows: number }[]
        ).map((row) => [row.tbl, row.rows])
      : [],
  );
  return ['sqlite_schema', ...rows].sort(
    (a, b) => (estimates.get(b) ?? 0) - (estimates.get(a) ?? 0),
  );
}

/** Below this size a second thread costs more to start (about 25 ms) than it saves. */
const secondThreadFrom = 32 * 1024 * 1024;

/** The second thread, started before the copy so that it loads the SQLite driver meanwhile. */
function startSecondThread() {
  const worker = new Worker(threadCode, { eval: true, workerData: { driver } });
  const opened = Promise.withResolvers<boolean>();
  const answered = Promise.withResolvers<string[]>();
  worker.on('message', (message: { opened: true } | { failures: string[] }) => {
    // A thread that could not open the file answers at once, without saying it opened it.
    opened.resolve(true);
    if ('failures' in message) answered.resolve(message.failures);
  });
  const stopped = (error: Error) => {
    opened.reject(error);
    answered.reject(error);
  };
  worker.once('error', stopped);
  worker.once('exit', (code) => {
    stopped(new Error(`the check thread stopped (${String(code)})`));
  });
  // Never left unhandled: the check awaits them, a cancelled check does not.
  opened.promise.catch(() => undefined);
  answered.promise.catch(() => undefined);
  return { worker, opened: opened.promise, answered: answered.promise };
}

/**
 * Prepares the check of the copy about to be written at `path` (about `expectedBytes` long: two
 * threads from 32 MB), and returns the check to run once the copy is complete, and a way to stop
 * the second thread if the copy fails.
 */
export function startCopyCheck(
  path: string,
  expectedBytes: number,
): { check: () => Promise<void>; cancel: () => Promise<void> } {
  const second = expectedBytes >= secondThreadFrom ? startSecondThread() : null;
  const damaged = (detail: string) =>
    new AppError('DATABASE_UNAVAILABLE', 'error.backup.damaged', { path, detail });
  const stop = async () => {
    await second?.worker.terminate();
  };

  const check = async () => {
    let db: BetterSqlite3.Database | undefined;
    const failures: string[] = [];
    try {
      db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
      db.pragma('mmap_size = 4294967296');
      const tables = tablesLargestFirst(db);
      const next = new Int32Array(new SharedArrayBuffer(4));
      if (second !== null) {
        second.worker.postMessage({ file: path, tables, next: next.buffer });
        // The other thread has taken the largest table; this one goes on with the next.
        await second.opened;
      }
      for (let i = Atomics.add(next, 0, 1); i < tables.length; i = Atomics.add(next, 0, 1)) {
        const table = tables[i] ?? '';
        const result: unknown = db.pragma(`quick_check('${table.replaceAll("'", "''")}')`, {
          simple: true,
        });
        if (result !== 'ok') failures.push(`${table}: ${String(result)}`);
      }
      if (second !== null) failures.push(...(await second.answered));
    } catch (error) {
      throw damaged(error instanceof Error ? error.message : String(error));
    } finally {
      db?.close();
      await stop();
    }
    if (failures.length > 0) throw damaged(failures.join(' ; '));
  };
  return { check, cancel: stop };
}
