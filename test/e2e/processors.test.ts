import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, formatCalendarDate, localCalendarDate } from '../../shared/dates';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister, screenshot } from './launch';

const tempDir = useTempDir();

/** A small but real PDF, as a signed contract would come. */
const minimalPdf = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

async function openProcessors(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Sous-traitants', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Sous-traitants' }).waitFor();
}

describe('processors and recipients, end to end', () => {
  it('creates a processor, attaches its contract, ticks clauses, links two activities, sees it from the activity, sees the review warning', async () => {
    const dir = tempDir();
    const contract = join(dir, 'DPA Hébergeur signé.pdf');
    await writeFile(contract, minimalPdf);
    const tooBig = join(dir, 'scan-trop-lourd.pdf');
    await writeFile(tooBig, '%PDF-1.4\n');
    await truncate(tooBig, 26 * 1024 * 1024);

    const app = await launchApp(join(dir, 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      // The example register gives activities to link, and processors with warnings.
      await loadExampleRegister(page);
      await openProcessors(page);
      await page.getByText('15 sous-traitants et destinataires').waitFor();
      await page
        .locator('#filter-warning')
        .selectOption({ label: 'Transfert hors UE sans garantie.' });
      await page.getByText('1 sur 15').waitFor();
      await page.getByRole('cell', { name: 'Campagnes Marketing Plus (exemple)' }).waitFor();
      await page.locator('#filter-warning').selectOption({ label: 'Tous' });
      await screenshot(page, 'processors-list');

      // Sorting by category from the edge of its header cell, away from the words: the labels
      // come in French order (« Sécurité » before « Services »), not in the order of their codes.
      const headers = await page.locator('.data-table thead th').allInnerTexts();
      const categoryIndex = headers.findIndex((text) => text.trim().startsWith('Catégorie'));
      expect(categoryIndex).toBeGreaterThanOrEqual(0);
      const categoryHeader = page.locator('.data-table thead th').nth(categoryIndex);
      const box = await categoryHeader.boundingBox();
      if (box === null) throw new Error('no category header');
      await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
      await expect.poll(() => categoryHeader.getAttribute('aria-sort')).toBe('ascending');
      const categories = (
        await page
          .locator(`.data-table tbody tr[data-row-id] td:nth-child(${String(categoryIndex + 1)})`)
          .allInnerTexts()
      ).map((text) => text.trim());
      expect(categories.length).toBe(15);
      expect(categories).toEqual(
        [...categories].sort(new Intl.Collator('fr', { sensitivity: 'base' }).compare),
      );

      await page.getByRole('link', { name: 'Nouveau sous-traitant ou destinataire' }).click();
      await page.getByLabel('Raison sociale').fill('Hébergeur Santé Méditerranée');
      await page.getByLabel('Catégorie', { exact: true }).selectOption({ label: 'Hébergement' });
      await page.getByLabel('Courriel du contact').fill('pas-une-adresse');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Adresse électronique invalide.').waitFor();
      await page.getByRole('status').filter({ hasText: 'Rien n’a été enregistré' }).waitFor();
      await page.getByLabel('Courriel du contact').fill('dpo@hebergeur-sante.example');
      await page.getByLabel('Services fournis').fill('Hébergement certifié HDS des agendas');
      await page.getByLabel('Certifications').fill('HDS\nISO 27001');

      // Link two activities from the processor side.
      const served = page.getByRole('group', { name: 'Activités du registre servies' });
      await served.getByLabel('T-0003 Relation client et suivi clientèle').check();
      await served.getByLabel('T-0009 Gestion des demandes d’exercice des droits').check();

      // Contract signed, review in 20 days: the warning shows at once.
      await page.getByLabel('Statut du contrat').selectOption({ label: 'Signé' });
      const today = localCalendarDate(new Date());
      await page.getByLabel('Date de signature').fill(addDays(today, -300));
      await page.getByLabel('Date de fin ou de revue').fill(addDays(today, 400));
      const clauses = page.getByRole('group', { name: 'Clauses de l’article 28.3' });
      for (const clause of [
        'a) Agit uniquement sur instruction documentée',
        'b) Confidentialité des personnes autorisées',
        'c) Mesures de sécurité (art. 32)',
        'd) Sous-traitance ultérieure seulement sur autorisation',
        'e) Aide pour les demandes d’exercice des droits',
        'f) Aide pour la sécurité, les violations et les AIPD',
        'g) Suppression ou restitution des données en fin de contrat',
        'h) Informations et audits',
      ]) {
        await clauses.getByLabel(clause).check();
      }
      await page.getByText('Aucune alerte.').waitFor();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Fiche créée.' }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Hébergeur Santé Méditerranée' }).waitFor();

      // A file over the limit is refused with a clear message, nothing attached.
      await app.chooseNextFile(tooBig);
      await page.getByRole('button', { name: 'Joindre le contrat signé…' }).click();
      await page
        .getByRole('status')
        .filter({
          hasText:
            '« scan-trop-lourd.pdf » pèse 26 Mo : la limite est de 25 Mo. Rien n’a été enregistré.',
        })
        .waitFor();
      await page.getByText('Aucun document joint.').waitFor();

      // The signed PDF is attached and opens back.
      await app.chooseNextFile(contract);
      await page.getByRole('button', { name: 'Joindre le contrat signé…' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Document joint : DPA Hébergeur signé.pdf.' })
        .waitFor();
      expect(await page.getByTestId('contract-document').innerText()).toContain(
        'DPA Hébergeur signé.pdf',
      );
      if (app.mode === 'browser-host') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Ouvrir', exact: true }).click(),
        ]);
        expect(download.suggestedFilename()).toBe('DPA Hébergeur signé.pdf');
      }

      // The review date comes near: "review due" appears.
      await page.getByLabel('Date de fin ou de revue').fill(addDays(today, 20));
      await page.locator('aside').getByText('Contrat à revoir dans les 60 jours.').waitFor();
      await page.keyboard.press('Control+s');
      await page.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
      await screenshot(page, 'processor-form');

      // Seen from the activity side.
      await page.getByRole('link', { name: 'T-0003 — Relation client et suivi clientèle' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'T-0003 — Relation client et suivi clientèle' })
        .waitFor();
      const linked = page.getByRole('group', {
        name: 'Sous-traitants et destinataires liés (fiches Sous-traitants)',
      });
      await linked.getByRole('button', { name: 'Retirer Hébergeur Santé Méditerranée' }).waitFor();
      await linked.getByRole('link', { name: 'Hébergeur Santé Méditerranée' }).waitFor();
      await linked.getByText('Contrat à revoir dans les 60 jours.').waitFor();
      await screenshot(page, 'activity-linked-processors');

      // On the list, with its warning.
      await openProcessors(page);
      await page
        .locator('#filter-warning')
        .selectOption({ label: 'Contrat à revoir dans les 60 jours.' });
      await page.getByRole('cell', { name: 'Hébergeur Santé Méditerranée' }).waitFor();
      expect(
        await page.getByRole('row').filter({ hasText: 'Hébergeur Santé Méditerranée' }).innerText(),
      ).toContain(formatCalendarDate(addDays(today, 20)));

      // Deleting it asks first and says where it is used.
      await page.getByRole('cell', { name: 'Hébergeur Santé Méditerranée' }).click();
      await page.getByRole('button', { name: 'Supprimer' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog
        .getByText(
          '« Hébergeur Santé Méditerranée » est encore lié à : T-0003 Relation client et suivi clientèle, T-0009 Gestion des demandes d’exercice des droits.',
          { exact: false },
        )
        .waitFor();
      await dialog.getByRole('button', { name: 'Annuler' }).click();
    } finally {
      await app.close();
    }
  });
});
