import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { splitForRows } from '../../electron/documents/xlsxSheet';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import type { ProcessingActivity } from '../../shared/schemas/activity';
import { exportWorkbook } from '../helpers/exports';
import { value } from '../helpers/result';
import { completeActivity, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

/** Words with their boxes on each page, as `pdftotext -bbox` reads them. */
function wordsByPage(pdf: string): { height: number; text: string }[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({ height: Number(m[2]) - Number(m[1]), text: m[3] ?? '' })),
    );
}

const paragraph = (n: number) =>
  `Paragraphe ${String(n)} : ${'les données des prospects sont conservées trois ans à compter du dernier contact actif, puis supprimées ; '.repeat(6)}`;

describe('the workbook printed', () => {
  it('prints every sheet at 7 points or more through LibreOffice, and no row needs more than 409 points', async () => {
    const soffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
    expect(soffice, 'LibreOffice is installed by .ci/run').toBeDefined();
    const dir = tempDir();
    const db = join(dir, 'dpo-desk.sqlite');
    // 28 paragraphs of notes (about 18,000 characters) and an information notice of one
    // paragraph with no line break, longer than a row can show.
    const notes = Array.from({ length: 28 }, (_, n) => paragraph(n + 1).trim()).join('\n');
    const notice = 'Mentions '.repeat(220).trim();
    const opened = await openContext(db);
    try {
      value(await dispatch(opened.ctx, 'example.load', {}));
      value<ProcessingActivity>(
        await dispatch(opened.ctx, 'activities.create', {
          activity: completeActivity({
            name: 'Fiche aux longs textes',
            notes,
            informationNotice: notice,
          }),
        }),
      );
    } finally {
      await opened.close();
    }
    const { path: xlsx, workbook } = await exportWorkbook(db, dir);

    // No row taller than Excel allows; the long texts continue on « (suite) » rows, whole.
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        // A row without a set height has the default one (15 points); exceljs then gives none,
        // though its typings say a number.
        const height: unknown = row.height;
        expect(
          typeof height === 'number' ? height : 15,
          `${sheet.name} row ${String(row.number)}`,
        ).toBeLessThanOrEqual(409);
      });
    }
    const register = workbook.getWorksheet('Registre');
    if (register === undefined) throw new Error('no Registre sheet');
    const header: string[] = [];
    register.getRow(1).eachCell((cell, column) => (header[column] = cell.text));
    const notesColumn = header.indexOf('Notes');
    const noticeColumn = header.indexOf('Information des personnes');
    const rows: ExcelJS.Row[] = [];
    register.eachRow((row) => {
      if (/^T-0013( \(suite\))?$/.test(row.getCell(1).text)) rows.push(row);
    });
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((row) => row.getCell(1).text === 'T-0013 (suite)')).toBe(true);
    const joined = (column: number) =>
      rows
        .map((row) => row.getCell(column).text)
        .filter((text) => text !== '')
        .join('\n');
    expect(joined(notesColumn)).toBe(notes);
    expect(joined(noticeColumn).replace(/\s+/g, ' ')).toBe(notice);

    // Printed through LibreOffice: the smallest text of every page, in points. The Organisation
    // sheet prints at 100 % in 11-point text: its words give the box height of one point.
    execFileSync(soffice ?? '', ['--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      env: { ...process.env, HOME: dir },
      timeout: 180_000,
      stdio: 'ignore',
    });
    const pdf = readdirSync(dir).find((name) => name.endsWith('.pdf'));
    const pages = wordsByPage(join(dir, pdf ?? 'none.pdf'));
    expect(pages.length).toBeGreaterThan(10);
    const pointBox = Math.max(...(pages[0] ?? []).map((w) => w.height)) / 11;
    const smallest = pages.map((words) => Math.min(...words.map((w) => w.height)) / pointBox);
    expect(smallest.filter((size) => size < 7)).toEqual([]);
  });

  it('cuts a long text between lines, then between words, a row’s worth at a time', () => {
    expect(splitForRows('court', 40)).toEqual(['court']);
    const lines = Array.from({ length: 60 }, (_, n) => `ligne ${String(n)}`);
    const pieces = splitForRows(lines.join('\n'), 40, 27);
    expect(pieces.map((p) => p.split('\n').length)).toEqual([27, 27, 6]);
    expect(pieces.join('\n')).toBe(lines.join('\n'));
    const long = 'mot '.repeat(2000).trim();
    const cut = splitForRows(long, 20, 10);
    expect(cut.every((piece) => piece.length <= 22 * 10)).toBe(true);
    expect(cut.every((piece) => !piece.startsWith(' ') && !piece.endsWith(' '))).toBe(true);
    expect(cut.join(' ')).toBe(long);
  });
});
