/**
 * The command line as it ships (out/main, built before this project runs): what each command
 * loads, the language tables the build turns into JSON, and a pipe closed early.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { appVersion } from '../../electron/services/version';
import { localCalendarDate } from '../../shared/dates';
import { translate } from '../../shared/i18n';
import { languageTables } from '../../shared/i18n/languageTables';
import { generateRequests } from '../bench/generate';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'dpo-desk.js');
/** Writes the process's peak resident memory (kB) as it exits. */
const peakProbe = `data:text/javascript,${encodeURIComponent(
  'process.on("exit", () => process.stderr.write(`peak-kb=${process.resourceUsage().maxRSS}\\n`))',
)}`;
/**
 * Writes, as the process exits, every file it loaded from the build or from node_modules, and
 * Node's own modules it loaded after start-up.
 */
const loadedProbe = `data:text/javascript,${encodeURIComponent(`
import module from 'node:module';
const loaded = [];
const atStart = new Set(process.moduleLoadList);
module.registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
process.on('exit', () => {
  process.stderr.write('loaded=' + JSON.stringify(loaded.filter((u) => u.startsWith('file:'))) + '\\n');
  const builtins = process.moduleLoadList.filter((m) => !atStart.has(m) && m.startsWith('NativeModule '));
  process.stderr.write('builtins=' + JSON.stringify(builtins.map((m) => m.slice('NativeModule '.length))) + '\\n');
});
`)}`;

function run(args: string[]) {
  const done = spawnSync(process.execPath, ['--import', loadedProbe, bin, ...args], {
    encoding: 'utf8',
  });
  const listed = (name: string) => {
    const line = done.stderr.split('\n').find((l) => l.startsWith(`${name}=`)) ?? `${name}=[]`;
    return JSON.parse(line.slice(name.length + 1)) as string[];
  };
  const loaded = listed('loaded').map((url) => url.slice(`file://${root}/`.length));
  const err = done.stderr.replace(/^(loaded|builtins)=.*\n/gm, '');
  return { code: done.status, out: done.stdout, err, loaded, builtins: listed('builtins') };
}

describe('the built command line', () => {
  it('prints its version without loading the rest of the command line', () => {
    for (const flag of ['--version', '-v']) {
      const result = run([flag]);
      expect(result).toMatchObject({ code: 0, out: `${appVersion}\n`, err: '' });
      expect(result.loaded).toEqual([
        'bin/dpo-desk.js',
        'out/main/cli.js',
        expect.stringMatching(/^out\/main\/chunks\/version-[\w-]+\.js$/),
      ]);
    }
  });

  it('lists what is due without loading the writers nor the notice builders', async () => {
    const file = join(tempDir(), 'due.sqlite');
    const { handle } = await openDatabase(file);
    await handle.close();
    const result = run(['due', '--db', file]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('Rien à traiter dans les 7 jours.');
    const heavy = result.loaded.filter((path) =>
      /exceljs|pdfkit|node_modules\/docx|notices|privacyNotice|cookiePolicy/.test(path),
    );
    expect(heavy).toEqual([]);
    // Node's crypto module alone took about 15 ms to load; due hashes nothing. The facades of
    // node:process, node:util and node:child_process (in commander) loaded a dozen more.
    for (const unused of ['crypto', 'child_process', 'internal/process/report', 'worker_threads']) {
      expect(result.builtins).not.toContain(unused);
    }
    expect(result.builtins).toContain('stream');
  });

  it('carries the language tables as JSON texts, equal to the source tables', () => {
    const chunks = join(root, 'out', 'main', 'chunks');
    const [chunk] = readdirSync(chunks).filter((name) => /^i18n-[\w-]+\.js$/.test(name));
    const code = readFileSync(join(chunks, chunk ?? 'missing'), 'utf8');
    // The build's plugin writes each table as `const frText = "…"` / `enText`: read them back.
    const tables = Object.fromEntries(
      (['fr', 'en'] as const).map((language) => {
        const text = new RegExp(`${language}Text = ("(?:[^"\\\\]|\\\\.)*")`).exec(code)?.[1];
        expect(text).toBeDefined();
        return [language, JSON.parse(JSON.parse(text ?? '""') as string) as unknown];
      }),
    );
    expect(tables).toEqual(languageTables);
    // And the command line words its messages from them.
    const result = run(['due', '--within', '999', '--db', join(tempDir(), 'x.sqlite')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(translate('fr', 'error.cli.within'));
  });

  it('ends quietly when the reader closes the pipe early (dpo-desk due --json | head -1)', async () => {
    const file = join(tempDir(), 'many.sqlite');
    const { handle } = await openDatabase(file);
    // Hundreds of deadlines in JSON: more than a pipe holds, so the command is still writing
    // when head has ended.
    generateRequests(handle.sqlite, 20_000, localCalendarDate(new Date()));
    await handle.close();
    const done = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" due --json --within 366 --db "${file}" | head -1`],
      { encoding: 'utf8' },
    );
    expect(done.stdout).toBe('{\n');
    expect(done.stderr).toBe('');
  });

  it('imports 10,000 requests with a bounded young generation: peak memory under 190 MB', async () => {
    const source = join(tempDir(), 'source.sqlite');
    const { handle } = await openDatabase(source);
    generateRequests(handle.sqlite, 10_000, localCalendarDate(new Date()));
    await handle.close();
    const json = join(tempDir(), 'base.json');
    expect(run(['export', 'json', '--db', source, '--out', json]).code).toBe(0);
    const done = spawnSync(
      process.execPath,
      [
        '--import',
        peakProbe,
        bin,
        'import',
        'json',
        '--db',
        join(tempDir(), 't.sqlite'),
        '--in',
        json,
      ],
      { encoding: 'utf8' },
    );
    expect(done.stdout).toContain('10000 demandes');
    // Measured here: 212 to 245 MB when the import ran in the main thread, where V8 let its young
    // generation grow; about 156 MB in the import's worker (importThread.ts). With the bench's
    // 1,000 activities and 500 processors beside the requests it is 188 MB.
    const peakMb = Number(/peak-kb=(\d+)/.exec(done.stderr)?.[1]) / 1024;
    expect(peakMb).toBeLessThan(190);
  });
});
