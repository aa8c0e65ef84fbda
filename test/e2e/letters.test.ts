import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf, flat } from '../helpers/pdf';
import { useTempDir } from '../helpers/temp';
import { launchApp, screenshot } from './launch';
import { readFile } from 'node:fs/promises';

const tempDir = useTempDir();

describe('letters, end to end', () => {
  it('generates a letter from a request, finds it in the timeline, edits a template, batches letters', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await page.getByRole('link', { name: 'Registre', exact: true }).click();
      await page.getByRole('button', { name: 'Charger le registre d’exemple' }).click();
      await page.getByText('10 activité(s)').waitFor();

      // Sophie Lambert wrote by post: her extended request gets its acknowledgement.
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByLabel('Rechercher').fill('lambert');
      await page.getByText('1 demande(s)').waitFor();
      await page.getByRole('cell', { name: 'Sophie Lambert' }).click();
      await page.getByRole('heading', { level: 1, name: /Sophie Lambert/ }).waitFor();
      const letters = page.getByRole('region', { name: 'Courriers' });
      await letters.getByLabel('Modèle').selectOption({ label: 'Portabilité' });
      await letters.getByRole('button', { name: 'Aperçu' }).click();
      await letters.getByTestId('letter-missing').getByText('{{portability.format}}').waitFor();
      await letters.getByLabel('Format des données transmises').fill('fichier CSV (UTF-8) et PDF');
      await letters.getByRole('button', { name: 'Aperçu' }).click();
      await letters
        .getByText(
          'dans un format structuré, couramment utilisé et lisible par machine : fichier CSV (UTF-8) et PDF.',
          { exact: false },
        )
        .waitFor();
      await screenshot(page, 'letter-preview');
      await letters.getByRole('button', { name: 'Générer le PDF' }).click();
      await letters.getByRole('status').filter({ hasText: 'Courrier généré' }).waitFor();
      await page
        .getByRole('region', { name: 'Historique de la demande' })
        .getByText('Courrier généré : Portabilité', { exact: false })
        .waitFor();
      if (app.mode === 'browser-host') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          letters.getByRole('button', { name: 'Ouvrir pour imprimer' }).click(),
        ]);
        const path = await download.path();
        const text = flat((await readPdf(new Uint8Array(await readFile(path)))).text);
        expect(text).toContain('Sophie Lambert');
        expect(text).toContain('fichier CSV (UTF-8) et PDF');
      }
      await screenshot(page, 'request-letters');

      // Edit the refusal template: without the CNIL paragraph it is flagged live; restore it.
      await page.goto(page.url().replace(/#.*$/, '#/parametres/modeles'));
      await page.getByRole('heading', { level: 1, name: 'Modèles de courriers' }).waitFor();
      await page.getByLabel('Modèle').selectOption({ label: 'Refus motivé' });
      const body = page.getByLabel('Texte', { exact: true });
      await body.fill((await body.inputValue()).replace('{{rights.complaint}}', ''));
      await page
        .getByRole('alert')
        .getByText('le droit d’introduire une réclamation auprès de la CNIL (avec son adresse)')
        .waitFor();
      await page.getByRole('button', { name: 'Enregistrer le modèle' }).click();
      await page.getByRole('status').filter({ hasText: 'Modèle enregistré.' }).waitFor();
      await screenshot(page, 'template-editor');
      await page.getByRole('button', { name: 'Restaurer l’original' }).click();
      await page.getByRole('status').filter({ hasText: 'Modèle d’origine restauré.' }).waitFor();
      await page.getByText('Contenu obligatoire présent.').waitFor();

      // Batch: acknowledgements for the posted requests, into one PDF.
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByText('13 demande(s)').waitFor();
      for (const name of ['Sophie Lambert', 'Paul Girard', 'Maître Anne Leclerc']) {
        await page.getByRole('row').filter({ hasText: name }).getByRole('checkbox').check();
      }
      const batch = page.getByRole('region', { name: 'Courriers en lot' });
      await batch.getByText('3 demande(s) sélectionnée(s)').waitFor();
      await batch.getByRole('button', { name: 'Générer' }).click();
      await batch
        .getByRole('status')
        .filter({ hasText: 'Lot terminé : 3 courrier(s), 0 ignoré(s).' })
        .waitFor();
      await screenshot(page, 'letters-batch');
      if (app.mode === 'browser-host') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          batch.getByRole('button', { name: 'Enregistrer le PDF du lot…' }).click(),
        ]);
        const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
        for (const name of ['Sophie Lambert', 'Paul Girard', 'Maître Anne Leclerc'])
          expect(flat(pdf.text)).toContain(name);
      }
    } finally {
      await app.close();
    }
  });
});
