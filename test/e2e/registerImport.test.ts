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
      // The activity's name opens how its words were understood.
      await preview.getByText('Gestion de la paie', { exact: true }).waitFor();
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

      // The register goes back out in the CNIL model's layout, and the export is kept as evidence.
      if (app.mode === 'browser-host') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Exporter au format du modèle CNIL…' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/^Registre-modele-CNIL-[\d-]+\.xlsx$/);
        await page
          .getByRole('status')
          .filter({ hasText: 'Registre au format du modèle CNIL enregistré' })
          .waitFor();
        await page
          .getByRole('region', { name: 'Exports conservés comme preuves' })
          .getByRole('cell', { name: download.suggestedFilename(), exact: true })
          .waitFor();
      }

      await page.getByRole('link', { name: 'Registre', exact: true }).click();
      await page.getByText('Prospection commerciale').first().waitFor();
    } finally {
      await app.close();
    }
  });

  it('the DPO changes what a column fills, keeps the mapping for the next file, and imports processors and requests the same way', async () => {
    const dir = tempDir();
    const register = join(dir, 'registre.csv');
    // Excel « CSV (séparateur : point-virgule) » in France: Windows-1252.
    await writeFile(
      register,
      Buffer.from(
        ['Traitement;Finalité;Pays', 'Gestion de la paie;Calcul des salaires;Atlantide'].join(
          '\r\n',
        ),
        'latin1',
      ),
    );
    const processors = join(dir, 'sous-traitants.csv');
    await writeFile(processors, 'Prestataire;Pays;Prestation\r\nOVH Cloud;France;Hébergement\r\n');
    const requests = join(dir, 'demandes.csv');
    await writeFile(
      requests,
      Buffer.from(
        'Reçue le;Demandeur;Droits exercés\r\n30/04/2026;Élodie Martin;Accès, effacement\r\n',
        'latin1',
      ),
    );
    const app = await launchApp(join(dir, 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await page.getByRole('link', { name: 'Documents', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
      const section = page.getByRole('region', { name: 'Importer un registre' });
      await app.chooseNextFile(register);
      await page.getByRole('button', { name: 'Importer un registre…' }).click();
      const country = section.getByRole('combobox', { name: /Colonne C « Pays »/ });
      await expect.poll(() => country.inputValue()).toBe('transferCountry');
      await section.getByText(/pays non reconnu : « Atlantide »/).waitFor();

      // The column is not a transfer: « ignorer », and the preview is computed again.
      await country.selectOption({ label: 'ignorer' });
      await section.getByText('1 remarque').waitFor({ state: 'detached' });
      expect(await section.getByText(/Atlantide/).count()).toBe(0);
      await section.getByText('(votre choix)').waitFor();
      expect(await section.getByText('(proposée par l’application)').count()).toBe(2);
      await section.getByRole('button', { name: 'Enregistrer cette correspondance' }).click();
      await section.getByRole('status').filter({ hasText: 'Correspondance enregistrée' }).waitFor();
      await screenshot(page, 'register-import-mapping');

      // The same headers again: the saved mapping is taken.
      await section.getByRole('button', { name: 'Annuler' }).click();
      await app.chooseNextFile(register);
      await page.getByRole('button', { name: 'Importer un registre…' }).click();
      await expect
        .poll(() => section.getByRole('combobox', { name: /Colonne C « Pays »/ }).inputValue())
        .toBe('ignore');
      expect(await section.getByText(/Atlantide/).count()).toBe(0);
      await section.getByRole('button', { name: 'Importer', exact: true }).click();
      await section
        .getByRole('status')
        .filter({ hasText: 'Import terminé : 1 activité ajoutée' })
        .waitFor();

      const processorSection = page.getByRole('region', { name: 'Importer des sous-traitants' });
      await app.chooseNextFile(processors);
      await page.getByRole('button', { name: 'Importer des sous-traitants…' }).click();
      await processorSection.getByRole('cell', { name: 'OVH Cloud' }).waitFor();
      await processorSection.getByRole('button', { name: 'Importer', exact: true }).click();
      await processorSection
        .getByRole('status')
        .filter({ hasText: 'Import terminé : 1 sous-traitant ajouté' })
        .waitFor();

      const requestSection = page.getByRole('region', { name: 'Importer des demandes' });
      await app.chooseNextFile(requests);
      await page.getByRole('button', { name: 'Importer des demandes…' }).click();
      // Due on Monday 1 June 2026: 30 May is a Saturday.
      await requestSection.getByRole('cell', { name: '01/06/2026' }).waitFor();
      await requestSection.getByRole('cell', { name: 'Élodie Martin' }).waitFor();
      await screenshot(page, 'request-import-preview');
      await requestSection.getByRole('button', { name: 'Importer', exact: true }).click();
      await requestSection
        .getByRole('status')
        .filter({ hasText: 'Import terminé : 1 demande ajoutée' })
        .waitFor();

      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByText('Élodie Martin').first().waitFor();
    } finally {
      await app.close();
    }
  });

  it('unfolds how each activity was understood, and maps a processors list’s columns, at 1366×768 and 1280×720, in French and English', async () => {
    const dir = tempDir();
    const file = join(dir, 'registre-traitement-simplifie.xlsx');
    await writeFile(file, Buffer.from(await cnilWorkbook().xlsx.writeBuffer()));
    const processors = join(dir, 'sous-traitants.csv');
    await writeFile(processors, 'Prestataire;Hors UE;Garanties\r\nMailer Inc.;États-Unis;CCT\r\n');
    const app = await launchApp(join(dir, 'dpo-desk.sqlite'), {
      viewport: { width: 1366, height: 768 },
    });
    const { page } = app;
    try {
      await page.getByRole('link', { name: 'Documents', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
      await app.chooseNextFile(file);
      await page.getByRole('button', { name: 'Importer un registre…' }).click();
      const preview = page.getByRole('region', { name: 'Importer un registre' });
      const understood = preview.getByText(
        'Informations d’ordre économique et financier ← « RIB, salaire » ; conservation gardée comme critère : « Durée du contrat de travail, puis archivage »',
      );
      expect(await understood.isVisible()).toBe(false);
      await preview.getByText('Gestion de la paie', { exact: true }).click();
      await understood.waitFor();
      await preview
        .getByText(
          'Paie Pyrénées SL — Andorre — Clauses contractuelles types (art. 46) (https://exemple.fr/contrats/cct-paie.pdf)',
        )
        .waitFor();
      await preview
        .getByText('Fiche CNIL créée le 15/03/2021, mise à jour le 10/01/2024')
        .waitFor();
      await screenshot(page, 'register-import-understood-1366');

      const processorSection = page.getByRole('region', { name: 'Importer des sous-traitants' });
      await app.chooseNextFile(processors);
      await page.getByRole('button', { name: 'Importer des sous-traitants…' }).click();
      const column = processorSection.getByRole('combobox', { name: /Colonne B « Hors UE »/ });
      await expect.poll(() => column.inputValue()).toBe('notes');
      await column.selectOption({ label: 'pays de transfert hors UE' });
      await processorSection.getByText('(votre choix)').waitFor();
      await screenshot(page, 'processor-import-mapping-1366');

      await page.setViewportSize({ width: 1280, height: 720 });
      await screenshot(page, 'register-import-understood-1280');
      await page.getByRole('link', { name: 'Paramètres', exact: true }).click();
      await page.getByLabel('Langue de l’interface').first().selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.getByRole('link', { name: 'Documents', exact: true }).click();
      await app.chooseNextFile(file);
      await page.getByRole('button', { name: 'Import a register…' }).click();
      const english = page.getByRole('region', { name: 'Import a register' });
      await english.getByText('Gestion de la paie', { exact: true }).click();
      await english
        .getByText(/retention kept as criteria: “Durée du contrat de travail, puis archivage”/)
        .waitFor();
      await screenshot(page, 'register-import-understood-1280-en');
      await page.setViewportSize({ width: 1366, height: 768 });
      await screenshot(page, 'register-import-understood-1366-en');
    } finally {
      await app.close();
    }
  });
});
