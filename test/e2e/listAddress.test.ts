import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister } from './launch';

const tempDir = useTempDir();

describe('lists keep their state in the address', () => {
  it('finds the search and filters again on Back from a record, and after a reload', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await loadExampleRegister(page);

      // The register: a search without accents and the incomplete records.
      await page.getByLabel('Rechercher').fill('prospection');
      await page.getByLabel('Fiches incomplètes seulement').check();
      await page.getByText('1 sur 10').waitFor();
      expect(page.url()).toContain('q=prospection');
      await page.getByText('Prospection commerciale', { exact: true }).click();
      await page.getByRole('heading', { level: 1, name: /T-0001/ }).waitFor();
      await page.goBack();
      await page.getByText('1 sur 10').waitFor();
      expect(await page.getByLabel('Rechercher').inputValue()).toBe('prospection');
      expect(await page.getByLabel('Fiches incomplètes seulement').isChecked()).toBe(true);
      await page.reload();
      await page.getByText('1 sur 10').waitFor();

      // A sort by name, descending, found again on Back from a record.
      await page.getByLabel('Fiches incomplètes seulement').uncheck();
      await page.getByLabel('Rechercher').fill('');
      const byName = page.getByRole('columnheader', { name: 'Activité', exact: true });
      await byName.getByRole('button').click();
      await byName.getByRole('button').click();
      await expect.poll(() => byName.getAttribute('aria-sort')).toBe('descending');
      expect(page.url()).toContain('tri=name.desc');
      const firstRow = page.getByRole('row').nth(1);
      const firstName = await firstRow.innerText();
      await firstRow.click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.goBack();
      await expect.poll(() => byName.getAttribute('aria-sort')).toBe('descending');
      expect(await page.getByRole('row').nth(1).innerText()).toBe(firstName);

      // The requests: a search and a sort, found again on Back.
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByText('13 demandes').waitFor();
      await page.getByLabel('Rechercher').fill('roussel');
      await page.getByText('1 demande', { exact: true }).waitFor();
      await page.getByRole('cell', { name: /Martine Roussel/ }).click();
      await page.getByRole('heading', { level: 1, name: /Martine Roussel/ }).waitFor();
      await page.goBack();
      await page.getByText('1 demande', { exact: true }).waitFor();
      expect(await page.getByLabel('Rechercher').inputValue()).toBe('roussel');
    } finally {
      await app.close();
    }
  });
});
