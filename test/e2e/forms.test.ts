import { join } from 'node:path';
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp';
import { artifactsDir, launchApp } from './launch';

const tempDir = useTempDir();

async function newRequest(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Demandes', exact: true }).click();
  await page.getByRole('link', { name: 'Nouvelle demande' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor();
  await page.getByLabel('Nom du demandeur').fill(name);
  await page
    .getByRole('group', { name: 'Droits exercés' })
    .getByLabel('Accès', { exact: true })
    .check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
}

/** The next dialog the page opens, answered as the user would. */
function nextDialog(page: Page, answer: 'accept' | 'dismiss'): Promise<Dialog> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog);
      void (answer === 'accept' ? dialog.accept() : dialog.dismiss());
    });
  });
}

describe('forms keep what is typed', () => {
  it('say when another window saved first, and reload keeping the typed values', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await newRequest(page, 'Hélène Dupré');
      await page.getByRole('textbox', { name: 'Courriel' }).fill('helene.dupre@exemple.fr');
      // Another window (the same API) renames the requester meanwhile.
      await page.evaluate(async () => {
        const id = decodeURIComponent(window.location.hash.split('/').pop() ?? '');
        const current = await window.dpo.requests.get({ id });
        if (!current.ok) throw new Error(current.error.key);
        const { request } = current.value;
        const { id: _id, reference, createdAt, updatedAt, attachments, ...fields } = request;
        const result = await window.dpo.requests.update({
          id,
          expectedUpdatedAt: updatedAt,
          request: { ...fields, requesterName: 'Hélène Dupré-Martin' },
        });
        if (!result.ok) throw new Error(result.error.key);
      });
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      const conflict = page.getByRole('status').filter({ hasText: 'modifiée ailleurs' });
      await conflict.waitFor();
      // The other change's moment in local French time, never an ISO stamp.
      expect(await conflict.innerText()).toMatch(
        /modifiée ailleurs le \d{1,2} [a-zéû]+ \d{4} à \d{2}:\d{2}/,
      );
      expect(await conflict.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      // What the user sees at that moment: the sticky bar says it and offers the reload.
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.screenshot({ path: join(artifactsDir, 'form-conflict.png') });
      const reload = page.getByRole('button', { name: 'Recharger en gardant mes saisies' });
      await reload.click();
      await reload.waitFor({ state: 'detached' });
      expect(await page.getByLabel('Nom du demandeur').inputValue()).toBe('Hélène Dupré-Martin');
      expect(await page.getByRole('textbox', { name: 'Courriel' }).inputValue()).toBe(
        'helene.dupre@exemple.fr',
      );
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Hélène Dupré-Martin/ }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Courriel' }).inputValue()).toBe(
        'helene.dupre@exemple.fr',
      );
    } finally {
      await app.close();
    }
  });

  it('ask before a link, a reload or a close loses unsaved changes', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await newRequest(page, 'Karim Benali');
      await page.getByRole('textbox', { name: 'Courriel' }).fill('karim.benali@exemple.fr');

      // A link in the sidebar: refused, the page and what was typed stay.
      const asked = nextDialog(page, 'dismiss');
      await page.getByRole('link', { name: 'Registre', exact: true }).click();
      expect((await asked).message()).toBe(
        'Des modifications ne sont pas enregistrées. Quitter cette page et les perdre ?',
      );
      await page.getByRole('heading', { level: 1, name: /Karim Benali/ }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Courriel' }).inputValue()).toBe(
        'karim.benali@exemple.fr',
      );

      // Closing the window (or reloading) runs beforeunload: the browser asks, the user stays.
      const unload = nextDialog(page, 'dismiss');
      await page.close({ runBeforeUnload: true });
      expect((await unload).type()).toBe('beforeunload');
      expect(page.isClosed()).toBe(false);
      expect(await page.getByRole('textbox', { name: 'Courriel' }).inputValue()).toBe(
        'karim.benali@exemple.fr',
      );

      // Saved, nothing is asked any more.
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
      let askedAgain = false;
      page.on('dialog', () => {
        askedAgain = true;
      });
      await page.getByRole('link', { name: 'Registre', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: /Registre/ }).waitFor();
      expect(askedAgain).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('save once: a double click saves an existing request once, with no false conflict, and makes one processor and one activity', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await newRequest(page, 'Hélène Dupré');
      await page.getByRole('textbox', { name: 'Courriel' }).fill('helene.dupre@exemple.fr');
      await page.getByRole('button', { name: 'Enregistrer' }).dblclick();
      await page.getByText('Modifications non enregistrées').waitFor({ state: 'hidden' });
      await page.waitForTimeout(500);
      expect(await page.getByText('modifiée ailleurs').count()).toBe(0);

      await page.getByRole('link', { name: 'Sous-traitants', exact: true }).click();
      await page.getByRole('link', { name: /Nouveau sous-traitant/ }).click();
      await page.getByRole('textbox', { name: 'Raison sociale' }).fill('Hébergement Sud');
      await page.getByRole('button', { name: 'Enregistrer' }).dblclick();
      await page.getByRole('heading', { level: 1, name: /Hébergement Sud/ }).waitFor();
      await page.waitForTimeout(500);
      await page.getByRole('link', { name: 'Sous-traitants', exact: true }).click();
      await page.getByText('1 sous-traitant ou destinataire', { exact: true }).waitFor();

      await page.getByRole('link', { name: 'Registre', exact: true }).click();
      await page.getByRole('link', { name: /Nouvelle activité/ }).click();
      await page.getByRole('textbox', { name: 'Nom de l’activité' }).fill('Paie des salariés');
      await page.getByRole('button', { name: 'Enregistrer' }).dblclick();
      await page.getByRole('heading', { level: 1, name: /Paie des salariés/ }).waitFor();
      await page.waitForTimeout(500);
      await page.getByRole('link', { name: 'Registre', exact: true }).click();
      await page.getByText('1 activité', { exact: true }).waitFor();
    } finally {
      await app.close();
    }
  });

  it('ask before leaving a processor, an activity and the settings with unsaved changes', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      const pages: { open: () => Promise<void>; field: string }[] = [
        {
          open: async () => {
            await page.getByRole('link', { name: 'Sous-traitants', exact: true }).click();
            await page.getByRole('link', { name: /Nouveau sous-traitant/ }).click();
          },
          field: 'Raison sociale',
        },
        {
          open: async () => {
            await page.getByRole('link', { name: 'Registre', exact: true }).click();
            await page.getByRole('link', { name: /Nouvelle activité/ }).click();
          },
          field: 'Nom de l’activité',
        },
        {
          open: async () => {
            await page.getByRole('link', { name: 'Paramètres', exact: true }).click();
          },
          field: 'Raison sociale',
        },
      ];
      for (const { open, field } of pages) {
        await open();
        await page.getByRole('textbox', { name: field }).first().fill('Société d’essai');
        const asked = nextDialog(page, 'accept');
        await page.getByRole('link', { name: 'Tableau de bord', exact: true }).click();
        expect((await asked).type()).toBe('confirm');
        await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
      }
    } finally {
      await app.close();
    }
  });
});
