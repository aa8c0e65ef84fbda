import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { importJsonFileInThread } from '../../electron/services/importThread';
import { openContext } from '../../electron/services/open';
import { exportJson } from '../../electron/services/transfer';
import { generateRequests } from '../bench/generate';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('import json in its own thread', () => {
  it('imports a file and tells how much of it is read, once per percent, up to its size', async () => {
    const dir = tempDir();
    const source = join(dir, 'source.sqlite');
    const raw = await openDatabase(source);
    generateRequests(raw.handle.sqlite, 1_500, '2026-11-22');
    await raw.handle.close();
    const opened = await openContext(source, { actor: 'dpo' });
    const text = await exportJson(opened.ctx);
    await opened.close();
    const file = join(dir, 'base.json');
    writeFileSync(file, text);
    const target = join(dir, 'target.sqlite');
    await (await openDatabase(target)).handle.close();

    const heard: [number, number][] = [];
    const report = await importJsonFileInThread(
      { database: target, file, replace: false },
      (done, total) => heard.push([done, total]),
    );
    expect(report.requests).toBe(1_500);
    const size = Buffer.byteLength(text);
    expect(heard.at(-1)).toEqual([size, size]);
    expect(heard.length).toBeGreaterThan(10);
    expect(heard.length).toBeLessThanOrEqual(101);
    for (const [index, [done]] of heard.entries()) {
      if (index > 0) expect(done).toBeGreaterThan(heard[index - 1]?.[0] ?? 0);
    }
    // What was read is what was written: the target exports the same document.
    const written = await openContext(target, { actor: 'dpo' });
    expect(await exportJson(written.ctx)).toBe(text);
    await written.close();
  });
});
