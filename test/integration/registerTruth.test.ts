import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import { missingItems } from '../../shared/register/completeness';
import { sameRecipient, uniqueNames } from '../../shared/register/transfers';
import type { ActivitySummary, ProcessingActivity } from '../../shared/schemas/activity';
import type { ProcessorSummary } from '../../shared/schemas/processor';
import { runCliCaptured } from '../helpers/cli';
import { exportPdf, exportWorkbook } from '../helpers/exports';
import { readPdf } from '../helpers/pdf';
import { value } from '../helpers/result';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const morocco = /Campagnes Marketing Plus \(exemple\) \(Maroc\) — Non documentée/;

describe('the register tells one truth about transfers', () => {
  it('shows T-0001’s transfer to Morocco through its processor in the Registre sheet, the PDF and the completeness check', async () => {
    const dir = tempDir();
    const db = join(dir, 'dpo-desk.sqlite');
    expect((await runCliCaptured(['init', '--db', db, '--example'])).code).toBe(0);
    const { workbook } = await exportWorkbook(db, dir);
    const pdf = await exportPdf(db, dir);
    const sheet = workbook.getWorksheet('Registre');
    if (sheet === undefined) throw new Error('no Registre sheet');
    const headers = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, column) => {
      headers.set(cell.text, column);
    });
    const transfersColumn = headers.get('Transferts hors UE') ?? 0;
    const recipientsColumn = headers.get('Destinataires') ?? 0;
    const rowOf = (reference: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(1).text === reference) found = row;
      });
      if (found === undefined) throw new Error(`no row ${reference}`);
      return found;
    };
    const t0001 = rowOf('T-0001');
    expect(t0001.getCell(transfersColumn).text).toMatch(morocco);
    expect(t0001.getCell(transfersColumn).text).not.toContain('Aucun transfert');

    // The audience-measurement record names Google Analytics once, among its recipients and
    // among its transfers, though it is written on the record and linked as a processor.
    let cookies: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(transfersColumn).text.includes('Google')) cookies ??= row;
    });
    if (cookies === undefined) throw new Error('no record with Google');
    const linesWith = (text: string, word: string) =>
      text.split('\n').filter((line) => line.includes(word));
    expect(linesWith(cookies.getCell(recipientsColumn).text, 'Google Analytics')).toHaveLength(1);
    expect(linesWith(cookies.getCell(transfersColumn).text, 'Google Analytics')).toHaveLength(1);

    // The transfers sheet ties the transfer to the activity, and names Google Analytics once per activity.
    const transfersSheet = workbook.getWorksheet('Transferts hors UE');
    if (transfersSheet === undefined) throw new Error('no Transferts hors UE sheet');
    const transferLines: string[] = [];
    transfersSheet.eachRow((row, number) => {
      if (number > 1) transferLines.push(`${row.getCell(1).text} | ${row.getCell(2).text}`);
    });
    expect(transferLines).toContain(
      'T-0001 Prospection commerciale | Campagnes Marketing Plus (exemple)',
    );
    const googleRows = transferLines.filter((line) => line.includes('Google Analytics'));
    expect(new Set(googleRows.map((line) => line.split(' | ')[0])).size).toBe(googleRows.length);

    const { pages } = await readPdf(new Uint8Array(readFileSync(pdf)));
    const annex = pages
      .filter((page) => page.includes('Annexe 2'))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(annex).toContain(
      'T-0001 Prospection commerciale → Campagnes Marketing Plus (exemple) (Maroc) : Non documentée',
    );
    expect(annex).not.toContain('((');
    const section = pages.find((page) => page.includes('T-0001') && page.includes('Maroc'));
    expect(section).toBeDefined();
    expect(section?.replace(/\s+/g, ' ')).toMatch(/Campagnes Marketing Plus \(exemple\) \(Maroc\)/);

    const opened = await openContext(db, { actor: 'dpo' });
    try {
      const summaries = value<ActivitySummary[]>(await dispatch(opened.ctx, 'activities.list', {}));
      const summary = summaries.find((a) => a.reference === 'T-0001');
      const activity = value<ProcessingActivity>(
        await dispatch(opened.ctx, 'activities.get', { id: summary?.id ?? '' }),
      );
      const processors = value<ProcessorSummary[]>(
        await dispatch(opened.ctx, 'processors.list', {}),
      );
      const gaps = missingItems(activity, processors);
      expect(gaps).toContainEqual({
        code: 'linkedTransferWithoutSafeguard',
        path: 'processorIds',
        name: 'Campagnes Marketing Plus (exemple) (Maroc)',
      });
      // The list's count (stored at each write) agrees with the record page.
      expect(summary?.missingCount).toBe(gaps.length);
    } finally {
      await opened.close();
    }
  });

  it('knows one recipient however it is written', () => {
    expect(sameRecipient('Google Analytics', 'Google Analytics (Google Ireland Limited)')).toBe(
      true,
    );
    expect(
      sameRecipient('Google LLC (Google Analytics)', 'Google Analytics (Google Ireland Limited)'),
    ).toBe(true);
    expect(sameRecipient('Matomo', 'matomo')).toBe(true);
    expect(sameRecipient('Alpha (exemple)', 'Bêta (exemple)')).toBe(false);
    expect(
      uniqueNames(['Google Analytics (Google Ireland Limited)', 'Google Analytics', 'Matomo']),
    ).toEqual(['Google Analytics (Google Ireland Limited)', 'Matomo']);
  });
});
