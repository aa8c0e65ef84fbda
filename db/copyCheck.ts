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
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../shared/errors';

/**
 * The second thread's code (CommonJS, evaluated): the same loop as this thread's, on its own
 * connection. It answers `{ unavailable }` when it could not start checking (its driver, the
 * file), and then this thread checks every table itself.
 */
const threadCode = `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.once('message', ({ file, tables, next }) => {
  let db;
  try {
    const Database = require(workerData.driver);
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('mmap_size = 4294967296');
  } catch (error) {
    db?.close();
    parentPort.postMessage({ unavailable: error instanceof Error ? error.message : String(error) });
    return;
  }
  const failures = [];
  try {
    const counter = new Int32Array(next);
    // The largest table is this thread's: taken before the other thread is told to start.
    let i = Atomics.add(counter, 0, 1);
    parentPort.postMessage({ started: true });
    for (; i < tables.length; i = Atomics.add(counter, 0, 1)) {
      const result = db.pragma("quick_check('" + tables[i].replaceAll("'", "''") + "')", { simple: true });
      if (result !== 'ok') failures.push(tables[i] + ': ' + String(result));
    }
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    db.close();
  }
  parentPort.postMessage({ failures });
});
`;

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

type ThreadAnswer = { failures: string[] } | { unavailable: string };

/** The second thread, started before the copy so that it loads meanwhile. */
function startSecondThread(driver: string) {
  // Node's worker module is loaded here, at the first large check: every command opens the
  // database, which imports this file, and `dpo-desk due` would wait 4 ms for it at each start.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const worker = new Worker(threadCode, { eval: true, workerData: { driver } });
  const started = Promise.withResolvers<boolean>();
  const answered = Promise.withResolvers<ThreadAnswer>();
  worker.on('message', (message: { started: true } | ThreadAnswer) => {
    started.resolve(true);
    if (!('started' in message)) answered.resolve(message);
  });
  const stopped = (error: Error) => {
    started.resolve(true);
    answered.resolve({ unavailable: error.message });
  };
  worker.once('error', stopped);
  worker.once('exit', (code) => {
    stopped(new Error(`the check thread stopped (${String(code)})`));
  });
  return { worker, started: started.promise, answered: answered.promise };
}

/** quick_check of the tables taken from `next` in turn, on this thread; the failures. */
function checkTables(db: BetterSqlite3.Database, tables: string[], next: Int32Array): string[] {
  const failures: string[] = [];
  for (let i = Atomics.add(next, 0, 1); i < tables.length; i = Atomics.add(next, 0, 1)) {
    const table = tables[i] ?? '';
    const result: unknown = db.pragma(`quick_check('${table.replaceAll("'", "''")}')`, {
      simple: true,
    });
    if (result !== 'ok') failures.push(`${table}: ${String(result)}`);
  }
  return failures;
}

/**
 * Prepares the check of the copy about to be written at `path` (about `expectedBytes` long: two
 * threads from 32 MB), and returns the check to run once the copy is complete, and a way to stop
 * the second thread if the copy fails.
 */
export function startCopyCheck(
  path: string,
  expectedBytes: number,
  /** The SQLite driver the second thread loads (a test gives one that cannot load). */
  driver = createRequire(import.meta.url).resolve('better-sqlite3'),
): { check: () => Promise<void>; cancel: () => Promise<void> } {
  const second = expectedBytes >= secondThreadFrom ? startSecondThread(driver) : null;
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
      // A copy cut short, or empty, does not hold the pages its header counts.
      const pages = Number(db.pragma('page_count', { simple: true }));
      const pageSize = Number(db.pragma('page_size', { simple: true }));
      if (pages === 0 || pages * pageSize > statSync(path).size) {
        throw new Error(`${String(pages)} pages of ${String(pageSize)} bytes announced`);
      }
      const tables = tablesLargestFirst(db);
      const next = new Int32Array(new SharedArrayBuffer(4));
      if (second !== null) {
        second.worker.postMessage({ file: path, tables, next: next.buffer });
        // The other thread has taken the largest table; this one goes on with the next.
        await second.started;
      }
      failures.push(...checkTables(db, tables, next));
      const answer = await second?.answered;
      if (answer !== undefined && 'failures' in answer) failures.push(...answer.failures);
      // The second thread could not check: every table again, here.
      else if (answer !== undefined) failures.push(...checkTables(db, tables, new Int32Array(1)));
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
