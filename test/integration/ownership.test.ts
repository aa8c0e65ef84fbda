/**
 * One owner per database: a real second process holds the file as the app or the browser host
 * does, and writes; the commands that replace or rewrite the file refuse, naming it, and change
 * nothing; read-only commands work alongside; once the owner is killed (-9), its lock is taken over.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openContext } from '../../electron/services/open';
import { runCliCaptured } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const root = resolve(import.meta.dirname, '../..');
const writer = join(root, 'test/helpers/crashWriter.ts');

interface Owner {
  pid: number;
  acknowledged: string[];
  kill: () => Promise<void>;
}

function startOwner(file: string): Promise<Owner> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file, 'owner'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    const owner: Owner = {
      pid: child.pid ?? 0,
      acknowledged: [],
      kill: () => {
        child.kill('SIGKILL');
        return exited;
      },
    };
    let buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) owner.acknowledged.push(line.slice(4));
        if (line === 'ready') resolvePromise(owner);
      }
    });
    child.on('error', reject);
  });
}

const cli = (argv: string[]) => runCliCaptured(argv);

function activityIds(file: string): Set<string> {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return new Set(
      (sqlite.prepare('select id from processing_activity').all() as { id: string }[]).map(
        (row) => row.id,
      ),
    );
  } finally {
    sqlite.close();
  }
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('one owner per database file', () => {
  it('refuses restore and import --replace while another process holds the file, then takes a dead owner’s lock over', async () => {
    const dir = tempDir();
    const file = join(dir, 'dpo-desk.sqlite');
    expect((await cli(['init', '--db', file, '--example'])).code).toBe(0);
    const backup = join(dir, 'sauvegarde.sqlite');
    const json = join(dir, 'export.json');
    expect((await cli(['backup', '--db', file, '--out', backup])).code).toBe(0);
    expect((await cli(['export', 'json', '--db', file, '--out', json])).code).toBe(0);

    const owner = await startOwner(file);
    try {
      await waitFor(() => owner.acknowledged.length >= 5);
      const held = `La base est ouverte par l’hôte navigateur de DPO Desk (PID ${String(owner.pid)}) : fermez l’application d’abord.`;
      const restore = await cli(['restore', '--db', file, '--from', backup]);
      expect(restore.code).toBe(1);
      expect(restore.err).toContain(held);
      const replace = await cli(['import', 'json', '--db', file, '--in', json, '--replace']);
      expect(replace.code).toBe(1);
      expect(replace.err).toContain(held);
      // Nothing was touched: no safety copy made, the owner's writes all there and going on.
      const backups = existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : [];
      expect(backups.some((name) => /before-(restore|import)/.test(name))).toBe(false);
      // A second owner in this process is refused the same way.
      await expect(openContext(file, { owner: 'DPO Desk' })).rejects.toThrow(held);
      // Read-only commands work alongside.
      expect((await cli(['due', '--db', file])).code).toBe(0);
      expect((await cli(['export', 'json', '--db', file, '--out', join(dir, 'b.json')])).code).toBe(
        0,
      );
      const before = owner.acknowledged.length;
      await waitFor(() => owner.acknowledged.length >= before + 5);
      expect(owner.acknowledged.length).toBeGreaterThanOrEqual(before + 5);
    } finally {
      await owner.kill();
    }
    const stored = activityIds(file);
    for (const id of owner.acknowledged) expect(stored.has(id), id).toBe(true);

    // The owner died without releasing anything: its lock went with it.
    expect(existsSync(`${file}.owner`)).toBe(true);
    const restored = await cli(['restore', '--db', file, '--from', backup]);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect(activityIds(file).size).toBe(12);
    const opened = await openContext(file, { owner: 'DPO Desk' });
    await opened.close();
    expect(existsSync(`${file}.owner`)).toBe(false);
  });
});
