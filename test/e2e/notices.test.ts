import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp';
import { artifactsDir, launchApp, loadExampleRegister, screenshot, visit } from './launch';

const tempDir = useTempDir();

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

describe('the privacy notice page, end to end', () => {
  it('previews the notice from the register, keeps the paragraphs, saves a page that fetches nothing', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'), {
      viewport: { width: 1366, height: 768 },
    });
    const { page } = app;
    try {
      await loadExampleRegister(page);
      await page.getByRole('link', { name: 'Mentions d’information', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Mentions d’information' }).waitFor();
      const preview = page.getByRole('article');
      await preview
        .getByRole('heading', { name: 'Politique de protection des données personnelles' })
        .waitFor();
      await preview.getByRole('rowheader', { name: /^Informer les prospects/ }).waitFor();
      await preview
        .getByRole('row', {
          name: /Prospection commerciale 3 ans à compter du dernier contact actif/,
        })
        .waitFor();
      expect(
        await preview.getByText('Protéger les biens et les personnes dans les locaux.').count(),
      ).toBe(0);

      // A text pasted over the 20,000-character limit is cut by the browser: the field says so.
      const intro = page.getByLabel('Introduction (Français)');
      await intro.fill('Nos engagements envers vous. '.repeat(707));
      expect((await intro.inputValue()).length).toBe(20_000);
      await page
        .getByText(
          'Limite de 20\u202f000 caractères atteinte : ce qui dépasse n’est pas gardé (un texte collé a été coupé à cette limite).',
        )
        .waitFor();
      await page
        .locator('section[aria-labelledby="notice-paragraphs"]')
        .screenshot({ path: join(artifactsDir, 'notices-limit-1366.png') });
      await intro.fill('Notre philosophie : vos données restent les vôtres.');
      expect(await page.getByText(/Limite de 20\u202f000 caractères/).count()).toBe(0);
      await page.getByLabel('Introduction (English)').fill('Our approach: your data stay yours.');
      await page.getByRole('button', { name: 'Enregistrer les paragraphes' }).click();
      await page.getByRole('status').filter({ hasText: 'Paragraphes enregistrés.' }).waitFor();
      await preview.getByText('Notre philosophie : vos données restent les vôtres.').waitFor();
      await screenshot(page, 'notices-fr-1366');
      await page.setViewportSize({ width: 1280, height: 720 });
      await screenshot(page, 'notices-fr-1280');

      await page.getByLabel('Langue de la politique').selectOption('en');
      await preview.getByRole('heading', { name: 'Personal data protection policy' }).waitFor();
      await preview.getByText('Our approach: your data stay yours.').waitFor();
      if (app.mode !== 'browser-host') return;

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Enregistrer en HTML' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^politique-confidentialite-en-\d{4}-\d{2}-\d{2}\.html$/,
      );
      // Saved under its own name: a browser knows an HTML page by its extension.
      const file = join(tempDir(), download.suggestedFilename());
      await download.saveAs(file);
      const html = await readFile(file, 'utf8');
      expect(html).toContain('Our approach: your data stay yours.');

      // Opened as a visitor's browser would: nothing is asked of the network but the file.
      const browser = await chromium.launch({ executablePath: chromiumPath() });
      try {
        const visitor = await browser.newPage();
        const requests: string[] = [];
        visitor.on('request', (request) => requests.push(request.url()));
        const url = `file://${file}`;
        await visitor.goto(url);
        await visitor.waitForLoadState('networkidle');
        expect(requests).toEqual([url]);
        expect(await visitor.locator('html').getAttribute('lang')).toBe('en');
        await visitor
          .getByRole('heading', { level: 1, name: 'Personal data protection policy' })
          .waitFor();
        await visitor.setViewportSize({ width: 1280, height: 720 });
        await visitor.screenshot({
          path: join(import.meta.dirname, '..', 'artifacts', 'notice-saved-en.png'),
        });
      } finally {
        await browser.close();
      }
    } finally {
      await app.close();
    }
  });

  it('shows in English with the activity form’s « concerns the public » box', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'), {
      viewport: { width: 1366, height: 768 },
    });
    const { page } = app;
    try {
      await loadExampleRegister(page);
      await page.getByRole('link', { name: 'Paramètres', exact: true }).click();
      await page.getByLabel('Langue de l’interface').first().selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await visit(page, '#/mentions-information');
      await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
      await page.getByRole('button', { name: 'Save as HTML' }).waitFor();
      await screenshot(page, 'notices-en-1366');
      await page.setViewportSize({ width: 1280, height: 720 });
      await screenshot(page, 'notices-en-1280');
      await visit(page, '#/registre?public=yes');
      // Only the activities concerning the public are listed: the internal video surveillance is not.
      await page.getByText('Prospection commerciale', { exact: true }).waitFor();
      expect(
        await page
          .getByText('Vidéosurveillance et contrôle d’accès par badge', { exact: true })
          .count(),
      ).toBe(0);
      await page.getByText('Prospection commerciale', { exact: true }).click();
      await expect
        .poll(() =>
          page.getByLabel('Concerns the public (appears in the privacy notice)').isChecked(),
        )
        .toBe(true);
    } finally {
      await app.close();
    }
  });

  it('publishes the cookie policy from the inventory, lists the version, and warns once the inventory changed', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'), {
      viewport: { width: 1280, height: 720 },
    });
    const { page } = app;
    try {
      await loadExampleRegister(page);
      await visit(page, '#/mentions-information');
      await page.getByRole('tab', { name: 'Politique de cookies' }).click();
      const preview = page.getByRole('article');
      await preview
        .getByRole('heading', { name: /Politique de cookies/ })
        .first()
        .waitFor();
      await preview.getByText('_ga', { exact: true }).first().waitFor();
      expect(page.url()).toContain('politique=cookies');

      // The inventory's warnings are points to check: publishing asks first.
      await page
        .getByRole('heading', { name: /^\d+ points à vérifier avant de publier$/ })
        .waitFor();
      await page
        .getByText(/^ads_uid : /)
        .first()
        .waitFor();
      await page.getByRole('button', { name: 'Publier (HTML)' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Annuler' }).click();
      expect(await page.getByText(/^Version 1 publiée/).count()).toBe(0);
      await page.getByRole('button', { name: 'Publier (HTML)' }).click();
      await page
        .getByRole('alertdialog')
        .getByRole('button', { name: 'Publier quand même' })
        .click();
      await page.getByText(/^Version 1 publiée et conservée \(SHA-256 [0-9a-f]{12}…\)/).waitFor();
      const versions = page.getByRole('region', { name: 'Versions publiées' });
      await versions.getByRole('cell', { name: 'v1', exact: true }).first().waitFor();
      await screenshot(page, 'notices-cookies-published-1280');
      if (app.mode === 'browser-host') {
        // The file to put online is the one kept with the version, byte for byte.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Enregistrer le fichier publié…' }).click(),
        ]);
        const html = await readFile(await download.path(), 'utf8');
        expect(html).toContain('_gid');
      }

      // A cookie changed after the publication: the page says the policy is out of step.
      await visit(page, '#/cookies');
      await page.getByRole('row', { name: /_gid\b/ }).click();
      await page.getByLabel('Finalité').fill('Distinguer les visiteurs pendant 24 heures.');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Enregistré.', { exact: true }).waitFor();
      await visit(page, '#/mentions-information?politique=cookies');
      await page
        .getByText(/ne reflète plus l’inventaire des cookies : 1 changement/)
        .first()
        .waitFor();
      // Published again, the warning is gone.
      await page.getByRole('button', { name: 'Publier (HTML)' }).click();
      await page
        .getByRole('alertdialog')
        .getByRole('button', { name: 'Publier quand même' })
        .click();
      await page.getByText(/^Version 2 publiée/).waitFor();
      await expect.poll(() => page.getByText(/ne reflète plus/).count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
