import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parisWallTime } from '../../shared/breaches/parisTime';
import { flat, readPdf } from '../helpers/pdf';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister, screenshot, visit } from './launch';

const tempDir = useTempDir();
const hourMs = 3_600_000;

/** A moment some hours ago as the DPO reads it on a Paris clock: dd/mm/yyyy and HH:MM. */
function parisAgo(hours: number): { date: string; time: string } {
  const wall = parisWallTime(new Date(Date.now() - hours * hourMs));
  const [y = '', m = '', d = ''] = wall.date.split('-');
  return { date: `${d}/${m}/${y}`, time: wall.time };
}

async function fillAware(page: Page, hoursAgo: number): Promise<void> {
  const aware = parisAgo(hoursAgo);
  await page.getByLabel(/^Connaissance par l’organisme( \*)?$/).fill(aware.date);
  await page.getByLabel('Connaissance par l’organisme — Heure (Paris)').fill(aware.time);
}

/** No sideways scroll: the page fits the window's width. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
}

describe('the breach register, end to end', () => {
  it('records a breach with its clock, ENISA assessment and two notifications, lists it as notified, refuses a late notification without reasons, and reloads what was saved', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'), {
      viewport: { width: 1366, height: 768 },
    });
    const { page } = app;
    try {
      await loadExampleRegister(page);
      await page.getByRole('link', { name: 'Violations', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Violations' }).waitFor();
      await page.getByText('2 violations', { exact: true }).waitFor();
      await screenshot(page, 'breach-list-fr');

      // Ctrl+N opens a new breach, aware three hours ago.
      await page.keyboard.press('Control+n');
      await page.getByRole('heading', { level: 1, name: 'Nouvelle violation' }).waitFor();
      await page.getByLabel('Intitulé').fill('Courriel de relance envoyé à la mauvaise liste');
      await fillAware(page, 3);
      await page.getByLabel('Confidentialité (divulgation, accès non autorisé)').check();
      await page.getByLabel('Origine').selectOption({ label: 'Courriel mal adressé' });

      // The clock: about 69 hours left, and how the deadline was counted.
      const clock = page.getByTestId('breach-clock');
      await clock.getByText(/Temps restant : dans 2 j \d+ h/).waitFor();
      await clock.getByText('À notifier avant le').waitFor();
      await clock.getByText('Comment l’échéance est calculée').click();
      await clock.getByText(/n’est pas comptée \(règlement n° 1182\/71/).waitFor();
      await clock.getByText(/72 heures comptées de suite/).waitFor();
      await page
        .getByTestId('breach-clock-cautious')
        .getByText(/^Par prudence, 72 heures après l’instant même de la connaissance/)
        .waitFor();

      // ENISA: sensitive data, fully identifiable, sent to unknown recipients: very high.
      // No level is suggested before every criterion is chosen (never « Pas de risque » unasked).
      await page.getByRole('button', { name: 'Évaluer avec la méthode ENISA' }).click();
      await page.getByTestId('enisa-result').getByText('Encore 5 critères à choisir').waitFor();
      await page.getByLabel('Contexte du traitement (DPC)').selectOption('4');
      await page.getByLabel('Facilité d’identification (EI)').selectOption('1');
      await page.getByLabel('Perte de confidentialité').selectOption('0.5');
      await page.getByLabel('Perte d’intégrité').selectOption('0');
      expect(await page.getByTestId('enisa-result').innerText()).toContain(
        'Encore 1 critère à choisir avant le niveau suggéré.',
      );
      await page.getByLabel('Perte de disponibilité').selectOption('0');
      await expect
        .poll(() => page.getByTestId('enisa-result').innerText())
        .toContain('Gravité ENISA : 4,5 (très élevée) — niveau suggéré : Risque élevé');
      await page
        .getByLabel('Niveau de risque retenu par le DPO')
        .selectOption({ label: 'Risque élevé' });
      // Decided without a justification: said at once, beside the field.
      const justification = page.getByLabel('Justification du niveau retenu');
      await page
        .locator('.field', { has: justification })
        .getByText('Justifiez le niveau de risque retenu.')
        .waitFor();
      await justification.fill('Données de santé de 340 clients envoyées à 1 200 destinataires.');
      await page
        .getByText('Informer chaque personne concernée sans délai (art. 34, § 1).')
        .waitFor();
      await page
        .getByLabel('Information des personnes')
        .selectOption({ label: 'Individuellement' });

      // Saved before notifying: the dashboard shows it open, its deadline the nearest.
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Violation enregistrée.').waitFor();
      await page.locator('.page-title .badge').getByText('À notifier', { exact: true }).waitFor();
      const recordHash = await page.evaluate(() => window.location.hash);
      // In the list, to notify, with its time left as a green badge.
      await page.getByRole('link', { name: 'Violations', exact: true }).click();
      const openRow = page.locator('tr', { hasText: 'Courriel de relance envoyé' });
      await openRow
        .locator('.badge.clock-ok')
        .getByText(/^dans 2 j \d+ h$/)
        .waitFor();
      await openRow.getByText('À notifier', { exact: true }).waitFor();
      await screenshot(page, 'breach-list-open-fr');
      await page.getByRole('link', { name: 'Tableau de bord', exact: true }).click();
      const card = page.getByTestId('figure-openBreaches');
      await card.getByText('Violations ouvertes').waitFor();
      expect(await card.locator('.card-number').innerText()).toBe('1');
      await card.getByText(/^VDP-\d{4}-0003 : notification CNIL dans 2 j \d+ h$/).waitFor();
      await screenshot(page, 'breach-dashboard-fr');
      await visit(page, recordHash);

      // The initial notification, then a complement.
      await page.getByRole('button', { name: 'Ajouter : une notification' }).click();
      await page
        .getByLabel('Contenu (Notification initiale)')
        .fill('Notification initiale en ligne.');
      await page.getByRole('button', { name: 'Ajouter : une notification' }).click();
      await page
        .getByLabel('Contenu (Notification complémentaire 1)')
        .fill('Nombre de destinataires confirmé.');
      await page.getByLabel('Numéro de notification CNIL').fill('NOTIF-2026-123456');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Enregistré.', { exact: true }).waitFor();
      const heading = page.getByRole('heading', { level: 1 });
      await expect.poll(() => heading.innerText()).toMatch(/^VDP-\d{4}-0003 — Courriel de relance/);
      await page.locator('.page-title .badge').getByText('Notifiée', { exact: true }).waitFor();
      await clock.getByText(/Notifiée le/).waitFor();
      await screenshot(page, 'breach-record-fr');
      expect(await fitsWidth(page)).toBe(true);

      // What the people are told (Art. 34(2)), then the CNIL notification ready to file.
      await page
        .getByLabel('Circonstances')
        .fill('La relance a été envoyée à la liste des prospects au lieu de la liste interne.');
      await page
        .getByLabel('Conséquences probables')
        .fill('Divulgation de données de santé à des tiers.');
      await page
        .getByLabel('Mesures prises')
        .fill('Rappel du message et demande de suppression aux destinataires.');
      await page.getByLabel('Point de contact').fill('Jérôme Lefèvre, DPO, rgpd@exemple.fr');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Enregistré.', { exact: true }).waitFor();
      await page.getByRole('tab', { name: 'Notification CNIL' }).click();
      const notification = page.getByRole('region', { name: 'Notification CNIL' });
      // Two phases recorded: the next one to prepare is the second complement.
      expect(await notification.getByLabel('Phase').inputValue()).toBe('3');
      await notification.getByLabel('Phase').selectOption({ label: 'Notification initiale' });
      for (const heading of [
        'a) Nature de la violation, personnes et enregistrements concernés (art. 33, § 3, a)',
        'b) Délégué à la protection des données et point de contact (art. 33, § 3, b)',
        'c) Conséquences probables (art. 33, § 3, c)',
        'd) Mesures prises ou envisagées (art. 33, § 3, d)',
      ]) {
        await notification.getByRole('heading', { name: heading }).waitFor();
      }
      await notification.getByText('Divulgation de données de santé à des tiers.').waitFor();
      await screenshot(page, 'breach-notification-fr');
      if (app.mode === 'browser-host') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          notification.getByRole('button', { name: 'Enregistrer le PDF…' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(
          /^notification-cnil-VDP-\d{4}-0003-phase-1\.pdf$/,
        );
        const text = (await readPdf(readFileSync(await download.path()))).pages.map(flat).join(' ');
        expect(text).toContain('Rappel du message et demande de suppression');
        expect(text).toContain('Notification initiale');
      }

      // The documents' language is one choice for the record's tabs, kept in the address.
      await notification.getByLabel('Langue').selectOption('en');
      await page.getByRole('tab', { name: 'Personnes concernées' }).click();
      const people = page.getByRole('region', { name: 'Personnes concernées' });
      expect(await people.getByLabel('Langue').inputValue()).toBe('en');
      // The tab too: a reload shows the same tab.
      await page.reload();
      await people.getByLabel('Langue').waitFor();
      expect(
        await page.getByRole('tab', { name: 'Personnes concernées' }).getAttribute('aria-selected'),
      ).toBe('true');
      await people.getByLabel('Langue').selectOption('fr');

      // The people: their list from a CSV, then their letters in one PDF to print.
      await people.getByText('Aucune liste importée.').waitFor();
      const csv = join(tempDir(), 'personnes.csv');
      writeFileSync(
        csv,
        'Nom;Courriel;Adresse;Code postal;Ville\nAnne Roux;anne@exemple.fr;8 rue des Écoles;34000;Montpellier\nPaul Petit;paul@exemple.fr;;;\nZoé Crémieux;;1 rue Haute;34170;Castelnau-le-Lez\n',
      );
      await app.chooseNextFile(csv);
      await people.getByRole('button', { name: 'Importer une liste (CSV)…' }).click();
      await people
        .getByText('3 personnes : 2 avec adresse postale, 2 avec courriel', { exact: true })
        .waitFor();
      await people.getByText('Ce qui s’est passé : La relance a été envoyée').waitFor();
      await people.getByRole('button', { name: 'Générer' }).click();
      await people.getByText('Lot terminé : 2 documents, 1 personne écartée.').waitFor();
      await screenshot(page, 'breach-people-fr');
      if (app.mode === 'browser-host') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          people.getByRole('button', { name: 'Enregistrer le fichier…' }).click(),
        ]);
        const pages = (await readPdf(readFileSync(await download.path()))).pages.map(flat);
        expect(
          pages.filter((text) => text.includes('Violation de données vous concernant')),
        ).toHaveLength(2);
      }
      // The date the people were told goes on the record in one click.
      // The app's today is the computer's, as the browser sees it.
      const today = await page.evaluate(() => new Date().toLocaleDateString('fr-FR'));
      await people
        .getByRole('button', { name: `Noter l’information des personnes au ${today}` })
        .click();
      await people.getByText(`Date de l’information enregistrée : ${today}.`).waitFor();
      // Told: the list is erased for good.
      await people.getByRole('button', { name: 'Effacer la liste' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Effacer la liste' }).click();
      await people.getByText('Aucune liste importée.').waitFor();
      await page.getByRole('tab', { name: 'Historique' }).click();
      await page.getByText('Personnes à informer (liste importée)').first().waitFor();
      await page.getByRole('tab', { name: 'Fiche' }).click();
      await expect.poll(() => page.getByLabel('Date de l’information').inputValue()).toBe(today);

      // In the list, notified, and found by the state filter.
      await page.getByRole('link', { name: 'Violations', exact: true }).click();
      await page.locator('#filter-state').selectOption({ label: 'Notifiées' });
      const row = page.locator('tr', { hasText: 'Courriel de relance envoyé à la mauvaise liste' });
      await row.getByText('Notifiée', { exact: true }).waitFor();
      await row.getByText('Risque élevé').waitFor();
      await page.locator('#filter-state').selectOption({ label: 'Tous' });

      // Aware four days ago, notified now: late, and the reasons are asked beside the field.
      await page.getByRole('link', { name: 'Nouvelle violation' }).click();
      await page.getByLabel('Intitulé').fill('Ordinateur portable volé dans un train');
      await fillAware(page, 96);
      await page.getByLabel('Disponibilité (perte, destruction)').check();
      await page.getByTestId('breach-clock').getByText('Temps restant : En retard').waitFor();
      await page.getByRole('button', { name: 'Ajouter : une notification' }).click();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      const reasons = page.getByLabel('Motifs du retard');
      const reasonsError = page
        .locator('.field', { has: reasons })
        .getByText('Notification après l’échéance : indiquez les motifs du retard (art. 33, § 1).');
      await reasonsError.waitFor();
      await screenshot(page, 'breach-late-fr');
      await page
        .getByText(/Rien n’a été enregistré|refus/)
        .first()
        .waitFor();
      expect(await page.getByText('Violation enregistrée.').count()).toBe(0);
      await reasons.fill('Vol constaté un vendredi soir, responsable informé le lundi.');
      await expect.poll(() => reasonsError.count()).toBe(0);
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Violation enregistrée.').waitFor();
      await page.locator('.page-title .badge').getByText('Notifiée en retard').waitFor();

      // The first breach, the page reloaded: what was saved comes back.
      await visit(page, recordHash);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Courriel de relance/ }).waitFor();
      expect(await page.getByLabel('Justification du niveau retenu').inputValue()).toBe(
        'Données de santé de 340 clients envoyées à 1 200 destinataires.',
      );
      expect(await page.getByLabel('Contenu (Notification complémentaire 1)').inputValue()).toBe(
        'Nombre de destinataires confirmé.',
      );
      expect(await page.getByLabel('Numéro de notification CNIL').inputValue()).toBe(
        'NOTIF-2026-123456',
      );
      await expect
        .poll(() => page.getByTestId('enisa-result').innerText())
        .toContain('4,5 (très élevée)');

      // In English, the same pages.
      await page.getByRole('link', { name: 'Paramètres', exact: true }).click();
      await page.getByLabel('Langue de l’interface').first().selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await visit(page, '#/violations');
      await page.getByText('4 breaches', { exact: true }).waitFor();
      await screenshot(page, 'breach-list-en');
      await visit(page, recordHash);
      await page.getByText('Notification to the CNIL').first().waitFor();
      await screenshot(page, 'breach-record-en');
      await page.getByRole('tab', { name: 'CNIL notification' }).click();
      await page
        .getByRole('region', { name: 'CNIL notification' })
        .getByLabel('Language')
        .selectOption('en');
      await page.getByRole('heading', { name: 'c) Likely consequences (Art. 33(3)(c))' }).waitFor();
      await screenshot(page, 'breach-notification-en');
      await page.getByRole('tab', { name: 'People concerned' }).click();
      await page.getByText('No list imported.').waitFor();
      await page.getByRole('tab', { name: 'Record' }).click();

      // No sideways scroll at 1280×720.
      await page.setViewportSize({ width: 1280, height: 720 });
      expect(await fitsWidth(page)).toBe(true);
      await visit(page, '#/violations');
      expect(await fitsWidth(page)).toBe(true);
    } finally {
      await app.close();
    }
  });
});
