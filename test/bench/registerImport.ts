/**
 * Register import on large files (issue 19, point 6: « 100,000 rows: a clear French message or a
 * correct import, memory bounded »). Writes a flat table of 5,000 activities (read whole) and of
 * 100,000 rows (refused past the 20,000-row limit) as .xlsx, .ods and .csv, then runs
 * `dpo-desk import register --dry-run` on each in a fresh process: its time, peak memory and
 * answer. Prints figures; not a test. Run: `npx tsx test/bench/registerImport.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { odsFrom } from '../helpers/odsFile';

const root = join(import.meta.dirname, '../..');
/** Prints the process's peak resident memory (kB) as it exits. */
const peakProbe =
  'data:text/javascript,process.on("exit",()=>process.stderr.write(`peak-kb=${process.resourceUsage().maxRSS}\\n`))';

const header = [
  'Nom du traitement',
  'Finalité',
  'Base légale',
  'Personnes concernées',
  'Catégories de données',
  'Durée de conservation',
  'Destinataires',
  'Pays de transfert',
];
const rowOf = (i: number) => [
  `Traitement ${String(i)}`,
  `Finalité du traitement ${String(i)}`,
  'Obligation légale',
  'Salariés',
  'État civil, identité',
  '5 ans à compter de la fin du contrat',
  'Service interne',
  i % 10 === 0 ? 'Andorre' : '',
];

async function files(dir: string, rows: number): Promise<string[]> {
  const xlsx = join(dir, `table-${String(rows)}.xlsx`);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true });
  const sheet = writer.addWorksheet('Registre');
  sheet.addRow(header).commit();
  for (let i = 1; i <= rows; i += 1) sheet.addRow(rowOf(i)).commit();
  await writer.commit();
  const csv = join(dir, `table-${String(rows)}.csv`);
  const lines = [header, ...Array.from({ length: rows }, (_, i) => rowOf(i + 1))].map((r) =>
    r.join(';'),
  );
  writeFileSync(csv, Buffer.from(lines.join('\r\n'), 'latin1'));
  const ods = join(dir, `table-${String(rows)}.ods`);
  const book = new ExcelJS.Workbook();
  const odsSheet = book.addWorksheet('Registre');
  odsSheet.addRow(header);
  for (let i = 1; i <= rows; i += 1) odsSheet.addRow(rowOf(i));
  writeFileSync(ods, await odsFrom(book));
  return [xlsx, ods, csv];
}

function run(db: string, file: string): { ms: number; peakMb: number; answer: string } {
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      peakProbe,
      join(root, 'electron/cli/main.ts'),
      'import',
      'register',
      '--db',
      db,
      '--from',
      file,
      '--dry-run',
    ],
    { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = performance.now() - start;
  const peak = /peak-kb=(\d+)/.exec(child.stderr)?.[1] ?? '0';
  const answer =
    child.status === 0
      ? (child.stdout.split('\n').find((l) => l.includes('ajoutée')) ?? '')
      : (child.stderr.split('\n')[0] ?? '');
  return { ms, peakMb: Number(peak) / 1024, answer };
}

const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-bench-import-'));
try {
  const db = join(dir, 'bench.sqlite');
  // A fresh process that only opens the base: the floor every figure below includes.
  const floor = run(db, join(dir, 'absent.csv'));
  console.log(
    `Process floor (tsx, base opened, file missing): ${(floor.ms / 1000).toFixed(1)} s, ${floor.peakMb.toFixed(0)} MB`,
  );
  for (const rows of [5_000, 100_000]) {
    for (const file of await files(dir, rows)) {
      const result = run(db, file);
      const size = (statSync(file).size / 1024 / 1024).toFixed(1);
      console.log(
        `${String(rows).padStart(7)} rows  ${file.split('.').at(-1)?.padEnd(4) ?? ''} ${size.padStart(5)} MB file  ${(result.ms / 1000).toFixed(1).padStart(5)} s  peak ${result.peakMb.toFixed(0).padStart(4)} MB  ${result.answer.slice(0, 110)}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
