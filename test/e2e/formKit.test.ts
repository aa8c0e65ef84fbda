import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, formatCalendarDate, localCalendarDate } from '../../shared/dates';
import { useTempDir } from '../helpers/temp';
import { artifactsDir, launchApp, loadExampleRegister, screenshot } from './launch';

const tempDir = useTempDir();

/** The element has the focus and is wholly inside the window (not under the sticky save bar). */
async function focusedInView(field: Locator): Promise<{ focused: boolean; inView: boolean }> {
  return field.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const bar = document.querySelector('.sticky-actions')?.getBoundingClientRect();
    const bottom = bar !== undefined ? Math.min(bar.top, window.innerHeight) : window.innerHeight;
    return {
      focused: document.activeElement === element,
      inView: box.top >= 0 && box.bottom <= bottom,
    };
  });
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Enregistrer' }).click();
}

describe('the form kit, on an English system at 1366×768', () => {
  it('shows dates as dd/mm/yyyy, refuses a future answer date, clears a fixed error, brings the first invalid field into view, and agrees with the save on completeness', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'), {
      locale: 'en-US',
      viewport: { width: 1366, height: 768 },
    });
    const { page } = app;
    const today = localCalendarDate(new Date());
    try {
      await loadExampleRegister(page);

      // A new request: the receipt date shows the French way though the system is English.
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      // The list's date filter too.
      const from = page.getByLabel('Reçues du');
      await from.fill('2026-01-05');
      await from.blur();
      expect(await from.inputValue()).toBe('05/01/2026');
      await from.fill('');
      await page.getByRole('link', { name: 'Nouvelle demande' }).click();
      // The list's column choices also say « Reçue le »: read the form once it is there.
      await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor();
      const received = page.getByLabel('Reçue le');
      expect(await received.inputValue()).toBe(formatCalendarDate(today));
      // Typed day first without zeros, or pasted as ISO, it is read and shown as dd/mm/yyyy.
      await received.fill(`3/2/${today.slice(0, 4)}`);
      await received.blur();
      expect(await received.inputValue()).toBe(`03/02/${today.slice(0, 4)}`);
      await received.fill(addDays(today, -3));
      await received.blur();
      expect(await received.inputValue()).toBe(formatCalendarDate(addDays(today, -3)));
      // Text that is no date says so beside the field.
      await received.fill('31/02/2026');
      await received.blur();
      const receivedField = page.locator('.field', { has: received });
      await receivedField.getByRole('alert').filter({ hasText: 'jj/mm/aaaa' }).waitFor();
      await received.fill(formatCalendarDate(addDays(today, -3)));
      await receivedField.getByRole('alert').waitFor({ state: 'detached', timeout: 2000 });

      const rights = page.getByRole('group', { name: 'Droits exercés' });
      await rights.getByLabel('Accès', { exact: true }).check();

      // A name left empty: refused; typing one takes the error away at once.
      await save(page);
      const name = page.getByLabel('Nom du demandeur');
      const nameField = page.locator('.field', { has: name });
      await nameField.getByRole('alert').waitFor();
      await name.fill('Agnès Varda');
      await nameField.getByRole('alert').waitFor({ state: 'detached', timeout: 2000 });

      // An answer sent tomorrow: refused beside the field at once, and by the save.
      const response = page.getByLabel('Réponse envoyée le');
      const responseField = page.locator('.field', { has: response });
      await response.fill(formatCalendarDate(addDays(today, 1)));
      await responseField.getByText('Cette date est dans le futur.').waitFor();
      await save(page);
      await page.getByRole('status').filter({ hasText: 'Rien n’a été enregistré' }).waitFor();
      expect(await focusedInView(response)).toEqual({ focused: true, inView: true });
      await screenshot(page, 'formkit-request-future');
      // Fixed: the error goes before any save.
      await response.fill(formatCalendarDate(today));
      await responseField.getByRole('alert').waitFor({ state: 'detached', timeout: 2000 });
      await response.fill('');

      await save(page);
      await page.getByRole('status').filter({ hasText: 'DSR-' }).waitFor();
      await page.getByRole('heading', { level: 1, name: /Agnès Varda/ }).waitFor();
      await screenshot(page, 'formkit-request');

      // The processor form: a refused save brings the first invalid field into view, focused.
      await page.getByRole('link', { name: 'Sous-traitants', exact: true }).click();
      await page.getByRole('link', { name: 'Nouveau sous-traitant ou destinataire' }).click();
      await page.getByLabel('Date de signature').fill('31/02/2026');
      await page.getByLabel('Notes').fill('Contrat à relire.');
      await save(page);
      await page.getByRole('status').filter({ hasText: 'Rien n’a été enregistré' }).waitFor();
      const company = page.getByLabel('Raison sociale');
      expect(await focusedInView(company)).toEqual({ focused: true, inView: true });
      await company.fill('Imprimerie du Languedoc');
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });
      await save(page);
      await page.getByRole('status').filter({ hasText: 'Rien n’a été enregistré' }).waitFor();
      const signed = page.getByLabel('Date de signature');
      expect(await focusedInView(signed)).toEqual({ focused: true, inView: true });
      await screenshot(page, 'formkit-processor-invalid');
      // What the person sees: the window, not the whole page.
      await page.screenshot({ path: join(artifactsDir, 'formkit-processor-invalid-window.png') });
      await signed.fill(formatCalendarDate(addDays(today, 1)));
      await page
        .locator('.field', { has: signed })
        .getByText('Cette date est dans le futur.')
        .waitFor();
      await signed.fill(formatCalendarDate(today));
      // Every field fixed: the bar no longer says that nothing was saved.
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Rien n’a été enregistré' }).count())
        .toBe(0);
      await save(page);
      await page.getByRole('heading', { level: 1, name: 'Imprimerie du Languedoc' }).waitFor();
      await screenshot(page, 'formkit-processor');

      // A complete record; a duration chosen but left empty makes it incomplete, as the save says.
      await page.getByRole('link', { name: 'Registre', exact: true }).click();
      await page.getByText('Relation client et suivi clientèle', { exact: true }).click();
      await page.getByRole('heading', { level: 1, name: /T-0003/ }).waitFor();
      const box = page.getByRole('complementary', { name: 'completeness' });
      await box.getByText('Fiche complète').waitFor();
      await screenshot(page, 'formkit-activity');
      const category = page.getByRole('group', { name: 'Catégories de données 1' });
      await category.getByLabel('Durée', { exact: true }).fill('');
      await box.getByText('Catégorie de données 1 sans durée de conservation.').waitFor();
      expect(await box.getByText('Fiche complète').count()).toBe(0);
      await save(page);
      await page.getByRole('status').filter({ hasText: 'Rien n’a été enregistré' }).waitFor();
      expect(await focusedInView(category.getByLabel('Durée', { exact: true }))).toEqual({
        focused: true,
        inView: true,
      });
      await page.screenshot({ path: join(artifactsDir, 'formkit-activity-duration-empty.png') });
    } finally {
      await app.close();
    }
  });

  it('never leaves the field reached with Tab under the pinned save bar', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'), {
      viewport: { width: 1366, height: 768 },
    });
    const { page } = app;
    try {
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByRole('link', { name: 'Nouvelle demande' }).click();
      await page.getByLabel('Nom du demandeur').focus();
      const hidden: string[] = [];
      for (let stop = 0; stop < 60; stop++) {
        await page.keyboard.press('Tab');
        const where = await page.evaluate(() => {
          const element = document.activeElement;
          const bar = document.querySelector('.sticky-actions');
          if (element === null || bar === null || bar.contains(element)) return null;
          if (element === document.body || element.tagName === 'MAIN') return null;
          // Its first line at least (a tall text box may run on below).
          const box = element.getBoundingClientRect();
          const under = box.top + Math.min(box.height, 24) > bar.getBoundingClientRect().top + 1;
          return under ? (element.getAttribute('name') ?? element.tagName) : null;
        });
        if (where !== null) hidden.push(where);
      }
      expect(hidden).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
