import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, formatCalendarDate, localCalendarDate } from '../../shared/dates';
import { addPeriod } from '../../shared/retention/periods';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister, screenshot } from './launch';

const tempDir = useTempDir();

describe('retention schedule, end to end', () => {
  it('adds a rule to an activity, tracks a dataset, sees its dates and the calendar, records the purge', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    const today = localCalendarDate(new Date());
    try {
      await loadExampleRegister(page);
      // On start, the reminder summarises what is overdue and what is due within 7 days.
      await page.reload();
      await page
        .getByRole('status', { name: 'Échéances RGPD' })
        .getByText('échéances en retard')
        .waitFor();

      await page.getByRole('link', { name: 'Conservation', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Conservation' }).waitFor();
      await page
        .getByRole('region', { name: 'En retard' })
        .getByText('Revue périodique : Segment CRM')
        .waitFor();
      await screenshot(page, 'retention-calendar');
      await page.getByRole('tab', { name: 'Mois' }).click();
      await page.getByRole('table').waitFor();
      await screenshot(page, 'retention-month');
      // The view and the month are in the address: a reload shows the same month again.
      await page.getByRole('button', { name: 'Mois suivant ›' }).click();
      const shownMonth = (await page.getByRole('table').getAttribute('aria-label')) ?? '';
      expect(page.url()).toMatch(/vue=mois&mois=\d{4}-\d{2}|mois=\d{4}-\d{2}.*vue=mois/);
      await page.reload();
      await page.getByRole('table', { name: shownMonth }).waitFor();
      await page.getByRole('tab', { name: 'Liste par semaine' }).click();
      await page.getByRole('region', { name: 'En retard' }).waitFor();

      // A rule for an activity, from its record's data categories: 6 months active, then deleted.
      await page.getByRole('link', { name: 'Registre', exact: true }).click();
      await page
        .getByRole('row')
        .filter({ hasText: 'Exécution des contrats et des services' })
        .click();
      const firstCategory = page.getByRole('group', { name: 'Catégories de données 1' });
      await firstCategory
        .getByRole('link', { name: 'Créer la règle de conservation de cette catégorie' })
        .click();
      const ruleForm = page.getByRole('form', { name: 'Nouvelle règle' });
      await ruleForm.waitFor();
      expect(await ruleForm.getByLabel('Activité').inputValue()).not.toBe('');
      await ruleForm.getByLabel('Intitulé').fill('Devis non signés : 6 mois');
      await ruleForm
        .getByLabel('Point de départ', { exact: true })
        .selectOption({ label: 'Collecte' });
      await ruleForm.getByLabel('Base active').fill('150');
      await ruleForm.getByRole('button', { name: 'Enregistrer' }).click();
      await ruleForm.getByText('Durée invraisemblable : plus de 100 ans.').waitFor();
      await ruleForm.getByLabel('Base active').fill('6');
      await ruleForm.getByLabel('Unité').first().selectOption({ label: 'mois' });
      await ruleForm.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Règle enregistrée.' }).waitFor();
      await page.getByRole('cell', { name: 'Devis non signés : 6 mois' }).waitFor();
      // The register's record shows the rule under its category.
      await page.goBack();
      await firstCategory.getByRole('link', { name: 'Devis non signés : 6 mois' }).waitFor();
      await firstCategory.getByText('base active 6 mois').waitFor();
      await screenshot(page, 'retention-register-rule');
      await page.getByRole('link', { name: 'Conservation', exact: true }).click();

      // A dataset collected 7 months ago: its deletion is overdue.
      await page.getByRole('tab', { name: 'Suivis et purges' }).click();
      await page.getByRole('button', { name: 'Nouveau suivi' }).click();
      const itemForm = page.getByRole('form', { name: 'Nouveau suivi' });
      await itemForm.getByLabel('Règle').selectOption({ label: 'Devis non signés : 6 mois' });
      await itemForm.getByLabel('Jeu de données').fill('Devis envoyés au printemps');
      const reference = addPeriod(today, { value: -7, unit: 'months' });
      await itemForm.getByLabel('Date de référence').fill(reference);
      await itemForm.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Suivi enregistré.' }).waitFor();
      const deleteOn = addPeriod(reference, { value: 6, unit: 'months' });
      const item = page.getByRole('group', { name: 'Devis envoyés au printemps' });
      await item.getByText(`Suppression le ${formatCalendarDate(deleteOn)}`).waitFor();

      // On the calendar, overdue.
      await page.getByRole('tab', { name: 'Calendrier' }).click();
      await page
        .getByRole('region', { name: 'En retard' })
        .getByText('Purge due : Devis envoyés au printemps')
        .waitFor();

      // The purge recorded, with its count: it leaves the overdue list. A date in the future is refused.
      await page.getByRole('tab', { name: 'Suivis et purges' }).click();
      await item.getByRole('button', { name: 'Enregistrer comme fait' }).click();
      const record = item.getByRole('form', { name: 'Enregistrer comme fait' });
      await record.getByLabel('Faite le').fill(addDays(today, 3));
      await record.getByLabel('Nombre d’enregistrements').fill('842');
      await record.getByRole('button', { name: 'Enregistrer' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Une purge ne peut pas être enregistrée dans le futur.' })
        .waitFor();
      await record.getByLabel('Faite le').fill(today);
      await record
        .getByLabel('Note ou preuve')
        .fill('Export CRM supprimé ; capture du journal jointe au dossier.');
      await record.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Enregistré comme fait.' }).waitFor();
      await item.getByText(`fait le ${formatCalendarDate(today)}`).waitFor();
      await item.getByText('Preuves (1)').click();
      await item.getByText('842').waitFor();
      await screenshot(page, 'retention-items');
      // Purged: nothing left to do on it.
      expect(await item.getByRole('button', { name: 'Enregistrer comme fait' }).count()).toBe(0);

      await page.getByRole('tab', { name: 'Calendrier' }).click();
      await page
        .getByRole('region', { name: 'En retard' })
        .getByText('Revue périodique : Segment CRM')
        .waitFor();
      expect(await page.getByText('Purge due : Devis envoyés au printemps').count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
