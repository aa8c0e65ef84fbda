import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { flat, readPdf } from '../helpers/pdf';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister, screenshot } from './launch';

const tempDir = useTempDir();

describe('documents, end to end', () => {
  it('exports the register to Excel and PDF with a progress bar, lists the evidence, compares two exports', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await loadExampleRegister(page);

      await page.getByRole('link', { name: 'Documents', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
      await page.getByText('Aucun export pour l’instant.').waitFor();

      await page.getByRole('button', { name: 'Exporter en Excel (.xlsx)' }).click();
      await page.getByRole('progressbar', { name: 'Progression de l’export' }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: /Prêt : Registre-RGPD-\d{4}-T[1-4]\.xlsx/ })
        .waitFor();
      if (app.mode !== 'browser-host') return;

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Enregistrer le document…' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^Registre-RGPD-\d{4}-T[1-4]\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toContain('Registre');
      await page.getByRole('status').filter({ hasText: 'Document enregistré' }).waitFor();
      const history = page.getByRole('region', { name: 'Exports conservés comme preuves' });
      await history.getByRole('cell', { name: 'Excel', exact: true }).waitFor();

      await page.getByRole('button', { name: 'Imprimer en PDF' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Prêt : Registre-RGPD-.*\.pdf/ })
        .waitFor();
      const [pdfDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Enregistrer le document…' }).click(),
      ]);
      const pdf = await readPdf(new Uint8Array(await readFile(await pdfDownload.path())));
      expect(flat(pdf.text)).toContain('T-0001 — Prospection commerciale');
      await history.getByRole('cell', { name: 'PDF', exact: true }).waitFor();

      for (const box of await history.getByRole('checkbox').all()) await box.check();
      await page.getByRole('button', { name: 'Comparer les deux exports cochés' }).click();
      const comparison = page.getByRole('region', { name: 'Comparaison' });
      await comparison.getByText('Activités ajoutées (0)').waitFor();
      await comparison.getByText('12 activités inchangées.').waitFor();
      await screenshot(page, 'documents');
    } finally {
      await app.close();
    }
  });
});
