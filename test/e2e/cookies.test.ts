import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister, screenshot, visit } from './launch';

const tempDir = useTempDir();

describe('the cookie and tracker inventory, end to end', () => {
  it('lists the example cookies with their warnings, creates a tracker whose warning shows at once, and deletes it after asking', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'), {
      viewport: { width: 1366, height: 768 },
    });
    const { page } = app;
    try {
      await loadExampleRegister(page);
      await page.getByRole('link', { name: 'Cookies et traceurs', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Cookies et traceurs' }).waitFor();
      await page.getByText('17 cookies et traceurs', { exact: true }).waitFor();
      const ads = page.getByRole('row', { name: /ads_uid/ });
      await ads.getByText('Plus de 13 mois').waitFor();
      await ads.getByText('Transfert sans garantie').waitFor();
      await page
        .getByRole('row', { name: /_ga\b.*Google Analytics/ })
        .first()
        .waitFor();
      // Only the cookies with a warning.
      await page.locator('#filter-warnings').selectOption({ label: 'Avec alerte' });
      await page.getByText('2 sur 17').waitFor();
      await screenshot(page, 'cookies-list-fr-1366');
      await page.locator('#filter-warnings').selectOption({ index: 0 });

      await page.getByRole('link', { name: 'Nouveau cookie' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nouveau cookie ou traceur' }).waitFor();
      await page.getByLabel('Nom du cookie ou traceur').fill('_fbp');
      await page
        .getByLabel('Catégorie', { exact: true })
        .selectOption({ label: 'Tiers et publicité' });
      await page
        .getByLabel('Finalité')
        .fill('Mesurer les conversions des campagnes publicitaires.');
      // An advertising cookie needs consent: chosen with its category, not left « Exempté ».
      const consent = page.getByLabel('Consentement', { exact: true });
      expect(await consent.inputValue()).toBe('required');
      await page.getByLabel('Durée de vie — Durée').fill('25');
      await page.getByLabel('Dépôt').selectOption({ label: 'Tiers' });
      const check = page.getByRole('complementary', { name: 'Points à vérifier' });
      await check.getByText(/Durée de vie supérieure à 13 mois/).waitFor();
      await check.getByText('Cookie tiers sans fournisseur du registre.').waitFor();
      await page
        .getByLabel('Fournisseur', { exact: true })
        .selectOption({ label: 'Campagnes Marketing Plus (exemple)' });
      await page.getByText(/Maroc — Non documentée/).waitFor();
      await check.getByText('Transfert vers Maroc sans garantie documentée.').waitFor();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Cookie enregistré.').waitFor();
      await page.getByRole('heading', { level: 1, name: '_fbp' }).waitFor();
      await screenshot(page, 'cookie-record-fr-1366');

      await page.getByRole('link', { name: '← Retour aux cookies et traceurs' }).click();
      await page.getByText('18 cookies et traceurs', { exact: true }).waitFor();
      const fbp = page.getByRole('row', { name: /_fbp/ });
      await fbp.getByText('Plus de 13 mois').waitFor();
      await fbp.getByText('Sans activité').waitFor();

      await fbp.click();
      await page.getByRole('heading', { level: 1, name: '_fbp' }).waitFor();
      // A change shows in the history in the DPO's words, not as codes.
      await page.getByLabel('Catégorie', { exact: true }).selectOption({ label: 'Fonctionnel' });
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Enregistré.').waitFor();
      await page.getByRole('tab', { name: 'Historique' }).click();
      const change = page.getByRole('row', { name: /Catégorie/ });
      await change.getByText('Tiers et publicité').waitFor();
      await change.getByText('Fonctionnel').waitFor();
      await page.getByRole('button', { name: 'Supprimer' }).first().click();
      await page.getByText('Supprimer « _fbp » de l’inventaire ?', { exact: false }).waitFor();
      await page
        .getByRole('alertdialog')
        .getByRole('button', { name: 'Supprimer définitivement' })
        .click();
      await page.getByText('17 cookies et traceurs', { exact: true }).waitFor();
      expect(await page.getByRole('row', { name: /_fbp/ }).count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('fits 1280×720 and speaks English', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'), {
      viewport: { width: 1280, height: 720 },
    });
    const { page } = app;
    try {
      await loadExampleRegister(page);
      await visit(page, '#/cookies');
      await page.getByText('17 cookies et traceurs', { exact: true }).waitFor();
      await screenshot(page, 'cookies-list-fr-1280');
      await page.getByRole('link', { name: 'Paramètres', exact: true }).click();
      await page.getByLabel('Langue de l’interface').first().selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await visit(page, '#/cookies');
      await page.getByRole('heading', { level: 1, name: 'Cookies and trackers' }).waitFor();
      await page.getByText('17 cookies and trackers', { exact: true }).waitFor();
      await page
        .getByRole('row', { name: /ads_uid/ })
        .getByText('Over 13 months')
        .waitFor();
      await screenshot(page, 'cookies-list-en-1280');
      await page.getByRole('row', { name: /support_chat_id/ }).click();
      await page.getByText('Third-party provider without a signed contract.').waitFor();
      await screenshot(page, 'cookie-record-en-1280');
      await page.setViewportSize({ width: 1366, height: 768 });
      await screenshot(page, 'cookie-record-en-1366');
    } finally {
      await app.close();
    }
  });
});
