import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, localCalendarDate } from '../../shared/dates';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister, screenshot } from './launch';

const tempDir = useTempDir();

async function figure(page: Page, key: string): Promise<number> {
  return Number(await page.getByTestId(`figure-${key}`).locator('.card-number').innerText());
}

async function saved(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /Enregistré|créée/ })
    .waitFor();
}

describe('the open pages hear about writes', () => {
  it('shows in one window what another saved, without a reload, and never wipes what is being typed', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await loadExampleRegister(page);
      const other = await app.otherWindow();

      // A list: a new activity saved in the other window appears here.
      await other.getByRole('link', { name: 'Registre', exact: true }).click();
      await other.getByRole('link', { name: 'Nouvelle activité' }).click();
      await other.getByLabel('Nom de l’activité').fill('Télésecrétariat médical');
      await saved(other);
      await page.getByText('11 activités', { exact: true }).waitFor();
      await page.getByText('Télésecrétariat médical').waitFor();

      // A record shown as saved follows the other window's save.
      await page.getByText('Prospection commerciale', { exact: true }).click();
      await page.getByRole('heading', { level: 1, name: /T-0001/ }).waitFor();
      await other.getByRole('link', { name: 'Registre', exact: true }).click();
      await other.getByText('Prospection commerciale', { exact: true }).click();
      await other.getByLabel('Service responsable').fill('Direction des ventes');
      await saved(other);
      await expect
        .poll(() => page.getByLabel('Service responsable').inputValue())
        .toBe('Direction des ventes');

      // Once something is typed here, a save elsewhere leaves it alone; saving says who won.
      await page.getByLabel('Logiciel ou application utilisé').fill('CRM maison');
      await other.getByLabel('Service responsable').fill('Pôle commercial');
      await saved(other);
      await page.waitForTimeout(1000);
      expect(await page.getByLabel('Logiciel ou application utilisé').inputValue()).toBe(
        'CRM maison',
      );
      expect(await page.getByLabel('Service responsable').inputValue()).toBe(
        'Direction des ventes',
      );
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByTestId('reload-keeping').waitFor();

      // The dashboard and the reminder: a late request saved elsewhere counts at once.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('link', { name: 'Tableau de bord', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
      const overdue = await figure(page, 'overdue');
      const reminder = await page.getByRole('status', { name: 'Échéances RGPD' }).innerText();
      await other.getByRole('link', { name: 'Demandes', exact: true }).click();
      await other.getByRole('link', { name: 'Nouvelle demande' }).click();
      await other.getByLabel('Reçue le').fill(addDays(localCalendarDate(new Date()), -75));
      await other.getByLabel('Nom du demandeur').fill('Hélène Dupré');
      await other
        .getByRole('group', { name: 'Droits exercés' })
        .getByLabel('Accès', { exact: true })
        .check();
      await other.getByRole('button', { name: 'Enregistrer' }).click();
      await other.getByRole('heading', { level: 1, name: /Hélène Dupré/ }).waitFor();
      await expect.poll(() => figure(page, 'overdue')).toBe(overdue + 1);
      await expect
        .poll(() => page.getByRole('status', { name: 'Échéances RGPD' }).innerText())
        .not.toBe(reminder);
      await screenshot(page, 'live-dashboard');

      // The language chosen in the other window applies here too.
      await other.getByRole('link', { name: 'Paramètres', exact: true }).click();
      await other.getByLabel('Langue de l’interface').first().selectOption('en');
      await other.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      expect(await page.getByRole('status', { name: 'GDPR deadlines' }).innerText()).toMatch(
        /^GDPR deadlines:/,
      );
    } finally {
      await app.close();
    }
  });
});
