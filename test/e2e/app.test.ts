import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getOrganisationSettings } from '../../db/settings';
import { openContext } from '../../electron/services/open';
import { emptyOrganisationSettings } from '../../shared/schemas/settings';
import { useTempDir } from '../helpers/temp';
import { artifactsDir, launchApp, launchMode, screenshot, type LaunchedApp } from './launch';

const tempDir = useTempDir();

const pages = [
  { link: 'Tableau de bord', slug: 'tableau-de-bord' },
  { link: 'Registre', slug: 'registre' },
  { link: 'Sous-traitants', slug: 'sous-traitants' },
  { link: 'Demandes', slug: 'demandes' },
  { link: 'Conservation', slug: 'conservation' },
  { link: 'Documents', slug: 'documents' },
  { link: 'Paramètres', slug: 'parametres' },
];

async function withApp<T>(
  databasePath: string,
  body: (app: LaunchedApp) => Promise<T>,
): Promise<T> {
  const app = await launchApp(databasePath);
  try {
    return await body(app);
  } finally {
    await app.close();
  }
}

async function openSettings(app: LaunchedApp): Promise<void> {
  await app.page.getByRole('link', { name: 'Paramètres' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
  await app.page.getByLabel('Raison sociale').waitFor();
}

describe(`DPO Desk end to end (${launchMode()})`, () => {
  it('opens on the dashboard and visits every page from the sidebar', async () => {
    await withApp(join(tempDir(), 'dpo-desk.sqlite'), async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
      for (const target of pages) {
        await page.getByRole('link', { name: target.link, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: target.link }).waitFor();
        expect(page.url()).toContain(`#/${target.slug}`);
        await screenshot(page, `page-${target.slug}`);
      }
    });
  });

  it('saves the organisation with accented text and shows it again after a restart', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    await withApp(file, async (app) => {
      await openSettings(app);
      const { page } = app;
      await page.getByLabel('Raison sociale').fill("Société d'Équipement Générale");
      await page.getByLabel('Forme juridique').fill('SAS');
      await page.getByLabel('SIREN').fill('732 829 320');
      await page.getByLabel('Adresse du siège').fill('1 Chemin de Borie\n34170 Castelnau-le-Lez');
      await page.getByLabel('Représentant légal').fill('Hélène Dupré');
      await page.getByLabel('Nom du DPO').fill('Jérôme Lefèvre');
      await page.getByLabel('Courriel du DPO').fill('rgpd@exemple.fr');
      await page.getByLabel('Téléphone du DPO').fill('04 67 00 00 00');
      await page.getByLabel('Numéro de désignation CNIL').fill('DPO-12345');
      await page.getByLabel('Lieu imprimé sur les courriers').fill('Castelnau-le-Lez');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Paramètres enregistrés.' }).waitFor();
      await screenshot(page, 'settings-saved');
    });

    await withApp(file, async (app) => {
      await openSettings(app);
      const { page } = app;
      expect(await page.getByLabel('Raison sociale').inputValue()).toBe(
        "Société d'Équipement Générale",
      );
      expect(await page.getByLabel('SIREN').inputValue()).toBe('732 829 320');
      expect(await page.getByLabel('Nom du DPO').inputValue()).toBe('Jérôme Lefèvre');
      expect(await page.getByLabel('Adresse du siège').inputValue()).toBe(
        '1 Chemin de Borie\n34170 Castelnau-le-Lez',
      );
      expect(await page.getByTestId('database-path').innerText()).toBe(file);
      await screenshot(page, 'settings-after-restart');
    });
  });

  it('backs up on start and on demand, and restores a backup after a confirmation', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    await withApp(file, async (app) => {
      await openSettings(app);
      const { page } = app;
      const backups = page.getByRole('group', { name: 'Sauvegardes' });
      // The start-up backup of a new base.
      await backups.getByTestId('backup-row').filter({ hasText: 'Automatique' }).waitFor();

      await page.getByLabel('Raison sociale').fill('Avant la restauration');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Paramètres enregistrés.' }).waitFor();
      await backups.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
      await backups.getByRole('status').filter({ hasText: 'Sauvegarde vérifiée' }).waitFor();
      const manual = backups.getByTestId('backup-row').filter({ hasText: 'Manuelle' });
      await manual.waitFor();

      await page.getByLabel('Raison sociale').fill('Après la sauvegarde');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Paramètres enregistrés.' }).waitFor();

      await manual.getByRole('button', { name: 'Restaurer' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Restaurer cette sauvegarde ?' });
      await dialog.getByText('La base actuelle est d’abord sauvegardée').waitFor();
      await screenshot(page, 'settings-restore-confirm');
      await dialog.getByRole('button', { name: 'Restaurer' }).click();
      await page.getByLabel('Raison sociale').waitFor();
      // The restore takes a safety copy, checks it, swaps the file: seconds on a busy machine.
      await expect
        .poll(() => page.getByLabel('Raison sociale').inputValue(), { timeout: 15_000 })
        .toBe('Avant la restauration');
      // The base of before the restore is kept, to undo it.
      await backups.getByTestId('backup-row').filter({ hasText: 'Avant restauration' }).waitFor();
      await screenshot(page, 'settings-backups');
    });
  });

  it('starts when backups cannot be written and says so on every page', async () => {
    const dir = tempDir();
    // The backups folder cannot be made: a file stands in its place.
    writeFileSync(join(dir, 'backups'), 'pas un dossier');
    await withApp(join(dir, 'dpo-desk.sqlite'), async ({ page }) => {
      const warning = page.getByTestId('backup-warning');
      await warning.waitFor();
      expect(await warning.innerText()).toContain(
        'Les sauvegardes échouent : La sauvegarde n’a pas pu être écrite',
      );
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Demandes' }).waitFor();
      await warning.waitFor();
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.screenshot({ path: join(artifactsDir, 'backup-warning.png') });
    });
  });

  it('saves with Ctrl+S', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    await withApp(file, async (app) => {
      await openSettings(app);
      await app.page.getByLabel('Raison sociale').fill('CALLIMEDIA');
      await app.page.keyboard.press('Control+s');
      await app.page.getByRole('status').filter({ hasText: 'Paramètres enregistrés.' }).waitFor();
    });
    const opened = await openContext(file);
    expect((await getOrganisationSettings(opened.ctx.db))?.legalName).toBe('CALLIMEDIA');
    await opened.close();
  });

  it('shows a bad SIREN’s message beside the field and saves nothing', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    await withApp(file, async (app) => {
      await openSettings(app);
      const { page } = app;
      await page.getByLabel('Raison sociale').fill("Société d'Équipement Générale");
      await page.getByLabel('SIREN').fill('123 456 789');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      const sirenField = page.locator('.field').filter({ has: page.getByLabel('SIREN') });
      await sirenField.getByRole('alert').filter({ hasText: 'SIREN invalide' }).waitFor();
      expect(await page.getByLabel('SIREN').getAttribute('aria-invalid')).toBe('true');
      await page.getByRole('status').filter({ hasText: 'Rien n’a été enregistré' }).waitFor();
      await screenshot(page, 'settings-bad-siren');

      // The service refuses it too, when the form's own check is bypassed.
      const answer = await page.evaluate((input) => window.dpo.settings.save(input), {
        ...emptyOrganisationSettings,
        legalName: 'Contournement',
        siren: '123456789',
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    });
    const opened = await openContext(file);
    expect(await getOrganisationSettings(opened.ctx.db)).toBeNull();
    await opened.close();
  });

  it('switches to English and remembers it after a restart', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    await withApp(file, async (app) => {
      await openSettings(app);
      await app.page.getByLabel('Langue de l’interface').first().selectOption('en');
      await app.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    });
    await withApp(file, async ({ page }) => {
      await page.getByRole('link', { name: 'Register', exact: true }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await screenshot(page, 'dashboard-english');
    });
  });
});
