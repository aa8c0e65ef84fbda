import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listActivitySummaries } from '../../db/activities';
import { createActivityIn } from '../../electron/services/activities';
import { exampleActivities } from '../../electron/services/example';
import { openContext } from '../../electron/services/open';
import { withTransaction } from '../../electron/services/transact';
import { useTempDir } from '../helpers/temp';
import { launchApp, screenshot } from './launch';

const tempDir = useTempDir();

async function openRegister(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Registre', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Registre' }).waitFor();
}

describe('the register, end to end', () => {
  it('loads the example, searches without accents, filters, creates through every section, edits, shows history, duplicates, archives, restores, deletes', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const app = await launchApp(file);
    const { page } = app;
    try {
      await openRegister(page);
      await page.getByText('Le registre est vide').waitFor();
      await page.getByRole('button', { name: 'Charger le registre d’exemple' }).click();
      await page.getByText('Registre d’exemple chargé : 12 activités, 2 clients.').waitFor();
      await page.getByText('10 activités', { exact: true }).waitFor();
      await screenshot(page, 'register-list');

      // Accent-free search.
      await page.getByLabel('Rechercher').fill('videosurveillance');
      await page.getByText('1 sur 10').waitFor();
      expect(await page.locator('tbody tr[data-row-id]').count()).toBe(1);
      await page.getByText('Vidéosurveillance et contrôle d’accès par badge').waitFor();
      await page.getByLabel('Rechercher').fill('');

      // Filters.
      // T-0010 lacks a record item; T-0001 is incomplete through its processor's transfer to
      // Morocco without a safeguard (a gap of the activity).
      await page.getByLabel('Fiches incomplètes seulement').check();
      await page.getByText('2 sur 10').waitFor();
      await page.getByText('Enregistrement des appels (qualité et formation)').waitFor();
      await page.getByText('Prospection commerciale', { exact: true }).waitFor();
      await page.getByLabel('Fiches incomplètes seulement').uncheck();
      await page
        .locator('.filter')
        .filter({ hasText: 'Base légale' })
        .locator('select')
        .selectOption({ label: 'Intérêt légitime' });
      await page.getByText('4 sur 10').waitFor();
      await page
        .locator('.filter')
        .filter({ hasText: 'Base légale' })
        .locator('select')
        .selectOption({ label: 'Tous' });

      // The processor register.
      await page.getByRole('tab', { name: 'Registre du sous-traitant (art. 30.2)' }).click();
      await page.getByText('2 activités', { exact: true }).waitFor();
      await page.getByRole('cell', { name: 'Énergies du Sud (exemple)' }).waitFor();
      await screenshot(page, 'register-processor-list');

      // The clients (controllers) of the processor register, with their contacts.
      const clients = page.getByRole('region', {
        name: 'Clients pour lesquels nous sommes sous-traitant',
      });
      await clients
        .getByRole('listitem')
        .filter({ hasText: 'Énergies du Sud (exemple)' })
        .getByRole('button', { name: 'Modifier' })
        .click();
      const clientForm = page.getByRole('form', { name: 'Fiche client' });
      await clientForm.getByLabel('Courriel du contact').fill('pas-une-adresse');
      await clientForm.getByRole('button', { name: 'Enregistrer' }).click();
      await clientForm.getByText('Adresse électronique invalide.').waitFor();
      await clientForm
        .getByLabel('Courriel du contact')
        .fill('dpo-marketing@energies-du-sud.example');
      await clientForm.getByRole('button', { name: 'Enregistrer' }).click();
      await clients.getByText('dpo-marketing@energies-du-sud.example').waitFor();
      await clients
        .getByRole('listitem')
        .filter({ hasText: 'Énergies du Sud (exemple)' })
        .getByRole('button', { name: 'Retirer' })
        .click();
      await clients.getByText('est encore lié à : T-0011 Campagnes d’appels sortants').waitFor();

      // Hidden columns stay hidden after a reload.
      await page.getByText('Colonnes').click();
      await page.locator('.column-menu-list').getByLabel('Service').uncheck();
      expect(await page.getByRole('columnheader', { name: 'Service' }).count()).toBe(0);
      await page.reload();
      await page.getByText('2 activités', { exact: true }).waitFor();
      expect(await page.getByRole('columnheader', { name: 'Service' }).count()).toBe(0);
      await page.getByRole('tab', { name: 'Registre du responsable (art. 30.1)' }).click();

      // A new activity through every section.
      await page.getByRole('link', { name: 'Nouvelle activité' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nouvelle activité' }).waitFor();
      await page.getByLabel('Nom de l’activité').fill('Télésecrétariat médical');
      await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'En vigueur' });
      await page.getByLabel('Service responsable').fill('Pôle santé');
      await page.getByLabel('Logiciel ou application utilisé').fill('Agenda en ligne');
      await page.getByRole('button', { name: 'Ajouter : finalités' }).click();
      const purpose = page.getByRole('group', { name: 'Finalités 1' });
      await purpose
        .getByLabel('Description')
        .fill('Prendre les rendez-vous des patients des cabinets clients');
      // No legal basis on an activity in force: refused, with the message beside the field.
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await purpose.getByRole('alert').filter({ hasText: 'Base légale obligatoire' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Rien n’a été enregistré' }).waitFor();
      await screenshot(page, 'activity-form-error');

      await purpose.getByLabel('Base légale').selectOption({ label: 'Intérêt légitime' });
      await purpose
        .getByLabel('Intérêt légitime poursuivi')
        .fill('Assurer la continuité de l’accueil téléphonique des cabinets');
      await page.getByRole('button', { name: 'Ajouter : catégorie de personnes' }).click();
      await page.getByLabel('Catégorie de personnes 1').fill('Patients');
      await page.getByRole('button', { name: 'Ajouter : catégories de données' }).click();
      const category = page.getByRole('group', { name: 'Catégories de données 1' });
      await category
        .getByLabel('Catégorie', { exact: true })
        .selectOption({ label: 'Téléphonie (numéros, journaux d’appels, enregistrements)' });
      await category.getByLabel('Description').fill('Numéro, motif d’appel');
      await category.getByLabel('Durée de conservation').selectOption({ label: 'Une durée' });
      await category.getByLabel('Durée', { exact: true }).fill('5');
      await category.getByLabel('À compter de').fill('dernier rendez-vous');
      await page.getByLabel('Santé', { exact: true }).check();
      await page
        .getByLabel('Exception de l’article 9.2 invoquée')
        .selectOption({ label: 'h) Médecine préventive ou du travail, soins' });
      await page.getByRole('button', { name: 'Ajouter : destinataire' }).click();
      await page.getByLabel('Type 1').selectOption({ label: 'Sous-traitant' });
      await page.getByLabel('Destinataire 1').fill('Hébergeur certifié HDS');
      await page.getByRole('button', { name: 'Ajouter : transferts' }).click();
      const transfer = page.getByRole('group', { name: 'Transferts 1' });
      await transfer.getByLabel('Destinataire').fill('Support technique');
      await transfer.getByLabel('Pays').fill('Maroc');
      await transfer
        .getByLabel('Garantie', { exact: true })
        .selectOption({ label: 'Clauses contractuelles types (art. 46)' });
      await page.getByLabel('Contrôle d’accès des utilisateurs').check();
      await page
        .getByLabel('Contrôle d’accès des utilisateurs : Description')
        .fill('Authentification forte');
      await page.getByLabel('Collecte directe auprès des personnes').check();
      await page.getByLabel('Données sensibles ou hautement personnelles').check();
      await page.getByLabel('Personnes vulnérables').check();
      await page
        .getByText('2 critères cochés : une analyse d’impact (AIPD) est en principe nécessaire.')
        .waitFor();
      await page.getByLabel('Statut de l’AIPD').selectOption({ label: 'À réaliser' });
      await page
        .getByLabel('Notes', { exact: true })
        .fill('Fiche créée lors de la revue de novembre.');
      await page.keyboard.press('Control+s');
      await page.getByRole('status').filter({ hasText: 'Activité T-0013 créée.' }).waitFor();
      await page
        .getByRole('heading', { level: 1, name: 'T-0013 — Télésecrétariat médical' })
        .waitFor();
      await page.getByText('Deux critères ou plus : analyse d’impact à réaliser.').waitFor();
      await screenshot(page, 'activity-form');

      // Edit and see the change in the history, field by field.
      await page.getByLabel('Nom de l’activité').fill('Télésecrétariat médical des cabinets');
      await page.getByLabel('Statut de l’AIPD').selectOption({ label: 'En cours' });
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
      await page.getByRole('tab', { name: 'Historique' }).click();
      const change = page.locator('.history li').first();
      await change.getByText('Modification').waitFor();
      await change.getByRole('cell', { name: 'Nom de l’activité' }).waitFor();
      await change.getByRole('cell', { name: 'Télésecrétariat médical des cabinets' }).waitFor();
      // Coded values read as on the record page, never as codes.
      await change.getByRole('cell', { name: 'À réaliser', exact: true }).waitFor();
      await change.getByRole('cell', { name: 'En cours', exact: true }).waitFor();
      expect(await change.getByRole('cell', { name: 'toDo', exact: true }).count()).toBe(0);
      await screenshot(page, 'activity-history');
      await page.getByRole('tab', { name: 'Fiche' }).click();

      // Unsaved changes are guarded.
      await page.getByLabel('Logiciel ou application utilisé').fill('Agenda v2');
      page.once('dialog', (dialog) => void dialog.dismiss());
      await page.getByRole('link', { name: 'Paramètres' }).click();
      await page.getByRole('heading', { level: 1, name: /T-0013/ }).waitFor();
      expect(page.url()).toContain('#/registre/fiche/');
      await page.getByLabel('Logiciel ou application utilisé').fill('Agenda en ligne');

      // Duplicate, archive, restore.
      await page.getByRole('button', { name: 'Dupliquer' }).click();
      await page
        .getByRole('heading', {
          level: 1,
          name: 'T-0014 — Télésecrétariat médical des cabinets (copie)',
        })
        .waitFor();
      expect(await page.getByLabel('Statut', { exact: true }).inputValue()).toBe('draft');
      await page.getByRole('button', { name: 'Archiver' }).click();
      await page.getByRole('status').filter({ hasText: 'Activité archivée.' }).waitFor();
      await page.getByRole('button', { name: 'Restaurer' }).click();
      await page.getByRole('status').filter({ hasText: 'Activité restaurée.' }).waitFor();
      expect(await page.getByLabel('Statut', { exact: true }).inputValue()).toBe('draft');

      // Delete with a confirmation naming it.
      await page.getByRole('button', { name: 'Supprimer' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog
        .getByText(
          'Supprimer définitivement l’activité T-0014 « Télésecrétariat médical des cabinets (copie) » ?',
        )
        .waitFor();
      await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
      await page.getByRole('heading', { level: 1, name: 'Registre' }).waitFor();
      await page.getByText('11 activités', { exact: true }).waitFor();
    } finally {
      await app.close();
    }

    const opened = await openContext(file);
    const summaries = await listActivitySummaries(opened.ctx.db);
    await opened.close();
    expect(summaries.map((s) => s.reference)).not.toContain('T-0014');
    expect(summaries.find((s) => s.reference === 'T-0013')).toMatchObject({
      name: 'Télésecrétariat médical des cabinets',
      hasSensitiveData: true,
      dpiaNeeded: true,
      legalBases: ['legitimateInterest'],
    });
  });
});

describe('a large register', () => {
  it('lists 2,000 activities with only the visible rows in the page, and scrolls to the last', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    const seeded = await openContext(file, { actor: 'test' });
    const templates = exampleActivities([]).filter((a) => a.register === 'controller');
    await seeded.ctx.db.transaction().execute(async (trx) => {
      const ctx = withTransaction(seeded.ctx, trx);
      for (let i = 0; i < 2_000; i++) {
        const template = templates[i % templates.length];
        if (template !== undefined) {
          await createActivityIn(
            trx,
            ctx,
            { ...template, name: `${template.name} ${String(i + 1)}` },
            new Date(),
          );
        }
      }
    });
    await seeded.close();

    const app = await launchApp(file);
    try {
      const { page } = app;
      await openRegister(page);
      await page.getByText('2000 activités', { exact: true }).waitFor();
      expect(await page.locator('tbody tr[data-row-id]').count()).toBeLessThan(80);
      await page.locator('.data-table-scroll').evaluate((element) => {
        element.scrollTop = element.scrollHeight;
      });
      await page.getByRole('cell', { name: 'T-2000', exact: true }).waitFor();
      expect(await page.locator('tbody tr[data-row-id]').count()).toBeLessThan(80);
      await page.getByLabel('Rechercher').fill('videosurveillance 1998');
      await page.getByText('1 sur 2000').waitFor();
      await screenshot(page, 'register-2000');
    } finally {
      await app.close();
    }
  });
});
