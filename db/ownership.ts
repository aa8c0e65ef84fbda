/**
 * One owner per database file. The app, the browser host and the commands that replace or
 * rewrite the file hold an operating-system lock for as long as they work on it: SQLite's own
 * exclusive lock on a small `<database>.lock` file, kept by a connection in exclusive locking
 * mode. The system releases it when the process ends, however it ends (a `kill -9` included), so
 * a lock left by a dead process is simply taken over. Who holds it is written beside it, in
 * `<database>.owner`, to be named in the refusal.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';

export interface DatabaseOwner {
  pid: number;
  /** « DPO Desk », « l’hôte navigateur », « dpo-desk restore »… */
  program: string;
  since: string;
}

const ownerSchema = z.lazy(() =>
  z.object({
    pid: z.number().int(),
    program: z.string().max(200),
    since: z.string().max(40),
  }),
);

export interface Ownership {
  release(): void;
}

const lockPathOf = (databasePath: string) => `${databasePath}.lock`;
const ownerPathOf = (databasePath: string) => `${databasePath}.owner`;

/** Who holds the file, as it wrote itself down (null when unreadable). */
export function recordedOwner(databasePath: string): DatabaseOwner | null {
  try {
    const parsed = ownerSchema.safeParse(
      JSON.parse(readFileSync(ownerPathOf(databasePath), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Takes the file's lock, or returns who holds it. */
export function tryTakeOwnership(
  databasePath: string,
  program: string,
  now: Date = new Date(),
): { ownership: Ownership } | { heldBy: DatabaseOwner | null } {
  const lock = new BetterSqlite3(lockPathOf(databasePath), { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.pragma('journal_mode = DELETE');
    // BEGIN EXCLUSIVE takes SQLite's exclusive lock at once; in exclusive mode it is kept after
    // the commit, until the connection closes or the process ends.
    lock.exec('begin exclusive');
    lock.exec('create table if not exists owner (pid integer, program text, since text)');
    lock.exec('delete from owner');
    lock.prepare('insert into owner values (?, ?, ?)').run(process.pid, program, now.toISOString());
    lock.exec('commit');
  } catch (error) {
    lock.close();
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY'))
      return { heldBy: recordedOwner(databasePath) };
    throw error;
  }
  const owner: DatabaseOwner = { pid: process.pid, program, since: now.toISOString() };
  writeFileSync(ownerPathOf(databasePath), JSON.stringify(owner));
  let released = false;
  return {
    ownership: {
      release() {
        if (released) return;
        released = true;
        if (recordedOwner(databasePath)?.pid === process.pid)
          rmSync(ownerPathOf(databasePath), { force: true });
        lock.close();
      },
    },
  };
}
