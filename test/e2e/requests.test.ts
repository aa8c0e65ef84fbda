import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, formatCalendarDate, localCalendarDate } from '../../shared/dates';
import { computeDeadline } from '../../shared/rights/deadline';
import { longDate } from '../../shared/rights/explain';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister, screenshot } from './launch';

const tempDir = useTempDir();

async function figure(page: Page, key: string): Promise<number> {
  await page.getByRole('link', { name: 'Tableau de bord', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
  return Number(await page.getByTestId(`figure-${key}`).locator('.card-number').innerText());
}

async function save(page: Page, expected: string): Promise<void> {
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('status').filter({ hasText: expected }).waitFor();
}

describe('rights requests, end to end', () => {
  it('registers a posted request, suspends for identity proof, extends, answers, notifies recipients, closes', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    const today = localCalendarDate(new Date());
    const received = addDays(today, -5);
    try {
      await loadExampleRegister(page);
      const openBefore = await figure(page, 'open');
      const overdue = await figure(page, 'overdue');
      expect(overdue).toBe(1);
      await screenshot(page, 'dashboard');

      // The saved filter opens the overdue request.
      await page.getByTestId('figure-overdue').click();
      await page.getByText('1 demande').waitFor();
      await page.getByRole('cell', { name: 'Jean-Pierre Fabre' }).waitFor();

      await page.getByRole('link', { name: 'Nouvelle demande' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor();
      await page.getByLabel('Reçue le').fill(addDays(today, 2));
      await page.getByLabel('Canal', { exact: true }).selectOption({ label: 'Courrier postal' });
      await page.getByLabel('Nom du demandeur').fill('Hélène Dupré');
      await page.getByLabel('Adresse postale').fill('4 place de la Comédie\n34000 Montpellier');
      const rights = page.getByRole('group', { name: 'Droits exercés' });
      await rights.getByLabel('Accès', { exact: true }).check();
      await rights.getByLabel('Effacement', { exact: true }).check();
      await page.getByRole('combobox', { name: 'Activités concernées' }).fill('T-0003');
      await page.getByRole('option', { name: 'T-0003 Relation client et suivi clientèle' }).click();
      // A receipt date in the future is refused beside the field; nothing is saved.
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Cette date est dans le futur.').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor();
      await screenshot(page, 'request-future-date');

      await page.getByLabel('Reçue le').fill(received);
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Demande DSR-\d{4}-\d{4} enregistrée\./ })
        .waitFor();
      const firstDue = computeDeadline({
        received,
        months: 1,
        suspendedDays: 0,
        alsaceMoselle: false,
      }).due;
      await page
        .getByTestId('deadline')
        .getByText(`Échéance : ${longDate(firstDue, 'fr')}`)
        .waitFor();

      // Identity proof asked for: the time limit stops.
      await page
        .getByLabel('Statut', { exact: true })
        .selectOption({ label: 'En attente de justificatif' });
      await page.getByLabel('Vérification').selectOption({ label: 'Justificatif demandé' });
      await page.getByLabel('Justificatif demandé le').fill(addDays(today, -4));
      await save(page, 'Enregistré.');
      await page.getByTestId('deadline').getByText('Délai suspendu depuis le').waitFor();

      // Proof received three days later: the due date moves by three days.
      await page.getByLabel('Vérification').selectOption({ label: 'Identité vérifiée' });
      await page.getByLabel('Justificatif reçu le').fill(addDays(today, -1));
      await page.getByLabel('Vérifiée le').fill(addDays(today, -1));
      await page.getByLabel('Vérifiée par').fill('DPO');
      await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'En cours' });
      await save(page, 'Enregistré.');
      const movedDue = computeDeadline({
        received,
        months: 1,
        suspendedDays: 3,
        alsaceMoselle: false,
      }).due;
      await page
        .getByTestId('deadline')
        .getByText(`Échéance : ${longDate(movedDue, 'fr')}`)
        .waitFor();
      await page.getByRole('button', { name: 'Comment la date est calculée' }).click();
      await page
        .getByText('+3 jours de suspension (attente du justificatif demandé)', { exact: false })
        .waitFor();
      await screenshot(page, 'request-suspended-days');
      expect(await figure(page, 'open')).toBe(openBefore + 1);
      await page.goBack();
      await page.getByTestId('deadline').waitFor();

      // Extension: refused without its reasons, then granted with them.
      await page
        .getByLabel('Prolongation', { exact: true })
        .selectOption({ label: '+2 mois (3 mois en tout)' });
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('La prolongation doit être motivée (article 12.3).').waitFor();
      await page
        .getByLabel('Motifs de la prolongation')
        .fill('Données archivées chez l’infogéreur à extraire.');
      await page.getByLabel('Prolongation notifiée le').fill(today);
      await save(page, 'Enregistré.');
      const extendedDue = computeDeadline({
        received,
        months: 3,
        suspendedDays: 3,
        alsaceMoselle: false,
      }).due;
      await page
        .getByTestId('deadline')
        .getByText(`Échéance : ${longDate(extendedDue, 'fr')}`)
        .waitFor();

      // The answer, and Art. 19: the processors of the activity concerned are listed to notify.
      await page.getByLabel('Suite : Accès').selectOption({ label: 'Accordé' });
      await page.getByLabel('Suite : Effacement').selectOption({ label: 'Accordé' });
      await page.getByLabel('Réponse envoyée le').fill(today);
      await page.getByLabel('Canal de la réponse').selectOption({ label: 'Courrier postal' });
      await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'Répondue' });
      const art19 = page.getByRole('group', {
        name: 'Notification des destinataires (article 19)',
      });
      await art19.getByLabel('Infogérance Occitanie (exemple)').check();
      await save(page, 'Enregistré.');
      await page
        .getByText(
          `Destinataire notifié le ${formatCalendarDate(today)} : Infogérance Occitanie (exemple)`,
        )
        .waitFor();
      await screenshot(page, 'request-answered');

      await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'Clôturée' });
      await save(page, 'Enregistré.');
      await page.getByTestId('deadline').getByText('Demande traitée.').waitFor();
      await page.getByText('Statut : Répondue → Clôturée').waitFor();

      expect(await figure(page, 'open')).toBe(openBefore);
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByText('14 demandes').waitFor();
      await screenshot(page, 'requests-list');

      await page.getByRole('link', { name: 'Liste d’opposition à la prospection' }).click();
      await page.getByRole('cell', { name: 'Martine Roussel' }).waitFor();
      if (app.mode === 'browser-host') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Exporter en CSV…' }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(`liste-opposition-prospection-${today}.csv`);
      }
    } finally {
      await app.close();
    }
  });

  it('creates one request when « Enregistrer » is double-clicked, and « Nouvelle demande » afterwards is empty', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByRole('link', { name: 'Nouvelle demande' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor();
      await page.getByLabel('Nom du demandeur').fill('Hélène Dupré');
      await page
        .getByRole('group', { name: 'Droits exercés' })
        .getByLabel('Accès', { exact: true })
        .check();
      await page.getByRole('button', { name: 'Enregistrer' }).dblclick();
      await page.getByRole('heading', { level: 1, name: /Hélène Dupré/ }).waitFor();
      await page.waitForTimeout(500);
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByText('1 demande').waitFor();
      await page.getByRole('link', { name: 'Nouvelle demande' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor();
      expect(await page.getByLabel('Nom du demandeur').inputValue()).toBe('');

      // Created from « nouvelle », then the address typed again, without going through a list:
      // an empty form, not the request just saved.
      await page.getByLabel('Nom du demandeur').fill('Paul Girard');
      await page
        .getByRole('group', { name: 'Droits exercés' })
        .getByLabel('Accès', { exact: true })
        .check();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('heading', { level: 1, name: /Paul Girard/ }).waitFor();
      expect(page.url()).toMatch(/#\/demandes\/fiche\//);
      await page.evaluate(() => {
        window.location.hash = '#/demandes/nouvelle';
      });
      await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor();
      expect(await page.getByLabel('Nom du demandeur').inputValue()).toBe('');
    } finally {
      await app.close();
    }
  });
});
