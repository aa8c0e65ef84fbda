import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { flat, readPdf } from '../helpers/pdf';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister, screenshot } from './launch';

const tempDir = useTempDir();

describe('letters, end to end', () => {
  it('offers the letters a request’s state allows, answers an email request by email, edits a paragraph, batches letters', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await loadExampleRegister(page);

      // Sophie Lambert wrote by post and her request is open: the acknowledgement, by post.
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByLabel('Rechercher').fill('lambert');
      await page.getByText('1 demande').waitFor();
      await page.getByRole('cell', { name: 'Sophie Lambert' }).click();
      await page.getByRole('heading', { level: 1, name: /Sophie Lambert/ }).waitFor();
      const letters = page.getByRole('region', { name: 'Courriers' });
      await letters.getByLabel('Envoi').waitFor();
      expect(await letters.getByLabel('Envoi').inputValue()).toBe('post');
      // No outcome yet: the answer is refused with its reason.
      await letters
        .getByLabel('Modèle')
        .selectOption({ label: 'Réponse à la demande (ne s’applique pas)' });
      await letters
        .getByTestId('letter-refusal')
        .getByText('Aucune suite n’est enregistrée pour : portabilité.', { exact: false })
        .waitFor();
      expect(await letters.getByRole('button', { name: 'Générer le PDF' }).isDisabled()).toBe(true);
      await letters.getByLabel('Modèle').selectOption({ label: 'Accusé de réception' });
      await letters.getByText('le délai de réponse ayant été prolongé', { exact: false }).waitFor();
      await screenshot(page, 'letter-preview');
      await letters.getByRole('button', { name: 'Générer le PDF' }).click();
      await letters.getByRole('status').filter({ hasText: 'Courrier généré' }).waitFor();
      await page
        .getByRole('region', { name: 'Historique de la demande' })
        .getByText('Courrier généré : Accusé de réception', { exact: false })
        .waitFor();
      if (app.mode === 'browser-host') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          letters.getByRole('button', { name: 'Ouvrir pour imprimer' }).click(),
        ]);
        const text = flat(
          (await readPdf(new Uint8Array(await readFile(await download.path())))).text,
        );
        expect(text).toContain('Sophie Lambert');
        expect(text).toContain('8 rue des Écoles');
        expect(text).toContain('Madame,');
      }
      await screenshot(page, 'request-letters');

      // Karim Benali wrote by email: his access is granted, his erasure refused; the answer goes
      // by email. The outcome of each right is recorded on the request first.
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByLabel('Rechercher').fill('benali');
      await page.getByText('1 demande').waitFor();
      await page.getByRole('cell', { name: 'Karim Benali' }).click();
      await page.getByRole('heading', { level: 1, name: /Karim Benali/ }).waitFor();
      await page.getByLabel('Suite : Accès').selectOption({ label: 'Accordé' });
      await page.getByLabel('Suite : Effacement').selectOption({ label: 'Refusé' });
      await page
        .getByRole('group', { name: 'Effacement', exact: true })
        .getByLabel('Motifs')
        .fill('Factures à conserver dix ans (Code de commerce, L123-22).');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Enregistré' }).first().waitFor();
      await letters.getByLabel('Modèle').selectOption({ label: 'Réponse à la demande' });
      expect(await letters.getByLabel('Envoi').inputValue()).toBe('email');
      await letters
        .getByText('Nous ne sommes pas en mesure de faire droit à votre demande d’effacement', {
          exact: false,
        })
        .waitFor();
      await screenshot(page, 'letter-answer-email-preview');
      const generate = letters.getByRole('button', { name: 'Générer le PDF et le courriel' });
      if (app.mode === 'browser-host') {
        const [download] = await Promise.all([page.waitForEvent('download'), generate.click()]);
        expect(download.suggestedFilename()).toMatch(/\.eml$/);
        const mail = await simpleParser(await readFile(await download.path()));
        expect(mail.subject).toContain('Réponse à votre demande');
        expect(mail.headers.get('x-unsent')).toBe('1');
        const to = mail.to !== undefined && !Array.isArray(mail.to) ? mail.to.text : '';
        expect(to).toContain('karim.benali@exemple.fr');
        const attached = flat(
          (await readPdf(new Uint8Array(mail.attachments[0]?.content ?? []))).text,
        );
        expect(attached).toContain('Par courriel : karim.benali@exemple.fr');
        expect(attached).toContain('3 place de Fontenoy');
      } else {
        await generate.click();
      }
      await letters.getByRole('status').filter({ hasText: 'brouillon de courriel' }).waitFor();
      await letters.getByTestId('record-response').waitFor();
      await screenshot(page, 'letter-answer-email-sent');
      await letters
        .getByRole('button', { name: 'Enregistrer la réponse envoyée aujourd’hui' })
        .click();
      await letters.getByRole('status').filter({ hasText: 'Réponse enregistrée' }).waitFor();
      await page
        .getByRole('region', { name: 'Historique de la demande' })
        .getByText('Brouillon de courriel écrit pour karim.benali@exemple.fr', { exact: false })
        .waitFor();

      // Edit the remedies paragraph: without the CNIL paragraph it is flagged live; restore it.
      await page.goto(page.url().replace(/#.*$/, '#/parametres/modeles'));
      await page.getByRole('heading', { level: 1, name: 'Modèles de courriers' }).waitFor();
      await page.getByLabel('Modèle').selectOption({ label: 'Paragraphe — Voies de recours' });
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

      // Batch: acknowledgements into one PDF; the closed request is skipped with its reason.
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByText('13 demandes').waitFor();
      for (const name of ['Sophie Lambert', 'Paul Girard']) {
        await page.getByRole('row').filter({ hasText: name }).getByRole('checkbox').check();
      }
      const batch = page.getByRole('region', { name: 'Courriers en lot' });
      await batch.getByText('2 demandes sélectionnées').waitFor();
      await batch.getByRole('button', { name: 'Générer' }).click();
      await batch
        .getByRole('status')
        .filter({ hasText: 'Lot terminé : 1 courrier, 1 ignoré.' })
        .waitFor();
      await batch.getByText('Ignorés :').click();
      await batch.getByText('l’accusé de réception ne s’applique plus', { exact: false }).waitFor();
      await screenshot(page, 'letters-batch');
      if (app.mode === 'browser-host') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          batch.getByRole('button', { name: 'Enregistrer le PDF du lot…' }).click(),
        ]);
        const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
        expect(flat(pdf.text)).toContain('Sophie Lambert');
        expect(flat(pdf.text)).not.toContain('Paul Girard');
      }
    } finally {
      await app.close();
    }
  });
});
