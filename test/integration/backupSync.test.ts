/**
 * Windows flushes a file to disk only through a handle that may write (FlushFileBuffers; a
 * read-only handle fails with EPERM). POSIX systems accept either, so the flags each synced file
 * was opened with are recorded here: a backup and a restore must work on the DPO's Windows laptop.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { swapDatabaseFile } from '../../db/backups';
import { backupDatabase, openDatabase } from '../../db/connection';
import { useTempDir } from '../helpers/temp';

const seen = vi.hoisted(() => ({
  opened: new Map<number, { path: string; flags: string }>(),
  synced: [] as { path: string; flags: string }[],
}));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const record = (fd: number) => {
    const file = seen.opened.get(fd);
    if (file !== undefined) seen.synced.push(file);
  };
  const openSync = (path: string, flags: string, mode?: number) => {
    const fd = fs.openSync(path, flags, mode);
    seen.opened.set(fd, { path, flags });
    return fd;
  };
  const fsyncSync = (fd: number) => {
    record(fd);
    fs.fsyncSync(fd);
  };
  const fsync = (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => {
    record(fd);
    fs.fsync(fd, done);
  };
  return { ...fs, default: { ...fs, openSync, fsyncSync, fsync }, openSync, fsyncSync, fsync };
});

const tempDir = useTempDir();

describe('syncing a backup and a restored file', () => {
  it('opens every file it syncs for writing, as Windows requires', async () => {
    const dir = tempDir();
    const file = join(dir, 'dpo-desk.sqlite');
    const { handle } = await openDatabase(file);
    const backup = join(dir, 'backup.sqlite');
    await backupDatabase(handle.db, backup);
    await handle.close();
    swapDatabaseFile(backup, join(dir, 'restored.sqlite'));

    const files = seen.synced.filter(
      ({ path }) => path.endsWith('.partial') || path.endsWith('.restoring'),
    );
    expect(files.map(({ path }) => path.slice(dir.length + 1))).toEqual([
      expect.stringMatching(/^backup\.sqlite\.\d+\.partial$/),
      'restored.sqlite.restoring',
    ]);
    for (const synced of files) expect(synced, synced.path).toMatchObject({ flags: 'r+' });
  });
});
