import { AxeBuilder } from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cnilWorkbook } from '../helpers/cnilWorkbook';
import { useTempDir } from '../helpers/temp';
import { launchApp, screenshot } from './launch';

const tempDir = useTempDir();

describe('register import, end to end', () => {
  it('previews a CNIL-model workbook on the Documents page, then imports it once confirmed', async () => {
    const dir = tempDir();
    const file = join(dir, 'registre-traitement-simplifie.xlsx');
    await writeFile(file, Buffer.from(await cnilWorkbook().xlsx.writeBuffer()));
    const app = await launchApp(join(dir, 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await page.getByRole('link', { name: 'Documents', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
      await app.chooseNextFile(file);
      await page.getByRole('button', { name: 'Importer un registre…' }).click();
      const preview = page.getByRole('region', { name: 'Importer un registre' });
      await preview
        .getByRole('status')
        .filter({ hasText: '4 activités ajoutées, 0 modifiée, 0 inchangée, 0 refusée.' })
        .waitFor();
      await preview.getByRole('cell', { name: 'Gestion de la paie' }).waitFor();
      await preview.getByText(/le Privacy Shield est invalide depuis le 16 juillet 2020/).waitFor();
      await screenshot(page, 'register-import-preview');
      // The preview is read with a screen reader too: no serious or critical WCAG violation.
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        axe.violations
          .filter((rule) => rule.impact === 'serious' || rule.impact === 'critical')
          .map((rule) => rule.id),
      ).toEqual([]);

      await preview.getByRole('button', { name: 'Importer', exact: true }).click();
      await preview
        .getByRole('status')
        .filter({ hasText: 'Import terminé : 4 activités ajoutées' })
        .waitFor();

      await page.getByRole('link', { name: 'Registre', exact: true }).click();
      await page.getByText('Prospection commerciale').first().waitFor();
    } finally {
      await app.close();
    }
  });
});
