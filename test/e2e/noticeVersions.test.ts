import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privacyNotice } from '../helpers/notices';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister, screenshot, visit } from './launch';

const tempDir = useTempDir();

const html = (retention: string) => `<!doctype html><p>Prospection : ${retention}</p>`;

describe('published versions of a notice, end to end', () => {
  it('lists the versions with their digest, saves one, compares two in words, and warns on the dashboard until published again', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'), {
      viewport: { width: 1366, height: 768 },
    });
    const { page } = app;
    try {
      await loadExampleRegister(page);
      const publish = (retention: string) =>
        page.evaluate(
          async ({ document, text }) => {
            const result = await window.dpo.noticeVersions.record({
              kind: 'privacy',
              language: 'fr',
              format: 'html',
              document,
              contentBase64: btoa(text),
            });
            if (!result.ok) throw new Error(JSON.stringify(result.error));
            return result.value;
          },
          { document: privacyNotice(retention), text: html(retention) },
        );
      const v1 = await publish('3 ans');
      await publish('5 ans');

      await visit(page, '#/documents/versions/privacy');
      await page
        .getByRole('heading', { level: 1, name: 'Politique de protection des données' })
        .waitFor();
      const table = page.getByTestId('notice-versions');
      await table.getByRole('cell', { name: 'v2', exact: true }).waitFor();
      expect(await table.getByRole('row').count()).toBe(3);
      const digest = table.getByTitle(v1.sha256);
      expect(await digest.textContent()).toBe(`${v1.sha256.slice(0, 12)}…`);

      if (app.mode === 'browser-host') {
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        await page
          .getByRole('button', { name: 'Copier l’empreinte SHA-256 complète de la version 1' })
          .click();
        await page
          .getByRole('status')
          .filter({ hasText: 'Empreinte de la version 1 copiée.' })
          .waitFor();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(v1.sha256);

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Enregistrer le fichier de la version 1' }).click(),
        ]);
        expect(download.suggestedFilename()).toBe('politique-protection-donnees-v1-fr.html');
        expect(await readFile(await download.path(), 'utf8')).toBe(html('3 ans'));
      }

      await page.getByRole('button', { name: 'Comparer', exact: true }).click();
      const comparison = page.getByTestId('notice-comparison');
      await comparison.getByText('1 différence entre la version 1 et la version 2 :').waitFor();
      await comparison
        .getByText('Durée de conservation modifiée pour « Prospection » : 3 ans → 5 ans')
        .waitFor();
      await screenshot(page, 'notice-versions-1366');
      await page.setViewportSize({ width: 1280, height: 720 });
      await screenshot(page, 'notice-versions-1280');

      // Published as the register stands, then a purpose added to a public activity: the
      // dashboard and the calendar say the notice no longer reflects the register, until published.
      const publishNow = () =>
        page.evaluate(async () => {
          const result = await window.dpo.notices.publish({
            kind: 'privacy',
            language: 'fr',
            format: 'html',
          });
          if (!result.ok) throw new Error(JSON.stringify(result.error));
          return result.value;
        });
      await publishNow();
      await visit(page, '#/');
      await page.getByTestId('figure-open').waitFor();
      await page.waitForTimeout(300);
      expect(await page.getByTestId('notice-stale').count()).toBe(0);
      await page.evaluate(async () => {
        const list = await window.dpo.activities.list({});
        if (!list.ok) throw new Error(JSON.stringify(list.error));
        const prospects = list.value.find(
          (activity) => activity.name === 'Prospection commerciale',
        );
        if (prospects === undefined) throw new Error('no activity');
        const got = await window.dpo.activities.get({ id: prospects.id });
        if (!got.ok) throw new Error(JSON.stringify(got.error));
        const { id, reference: _r, createdAt: _c, updatedAt, ...fields } = got.value;
        const saved = await window.dpo.activities.update({
          id,
          expectedUpdatedAt: updatedAt,
          activity: {
            ...fields,
            purposes: [
              ...fields.purposes,
              {
                description: 'Envoyer une enquête de satisfaction.',
                legalBasis: 'legitimateInterest',
                legitimateInterest: 'Améliorer nos offres.',
              },
            ],
          },
        });
        if (!saved.ok) throw new Error(JSON.stringify(saved.error));
      });
      const staleText =
        /^La politique de protection des données publiée le \d\d\/\d\d\/\d{4} ne reflète plus le registre : \d+ changements?$/;
      await visit(page, '#/');
      await page.getByTestId('notice-stale').getByText(staleText).waitFor();
      await page
        .getByTestId('notice-never')
        .getByText('Politique de cookies jamais publiée')
        .waitFor();
      await screenshot(page, 'notice-stale-dashboard-1280');
      await page.setViewportSize({ width: 1366, height: 768 });

      await visit(page, '#/conservation');
      await page.getByText(staleText).first().waitFor();
      // The notice's page says what differs, in words.
      await visit(page, '#/mentions-information');
      await page
        .getByRole('list', { name: 'Ce qui diffère de la version publiée' })
        .getByText(/Envoyer une enquête de satisfaction/)
        .first()
        .waitFor();

      await publishNow();
      await visit(page, '#/');
      await page.getByTestId('figure-open').waitFor();
      await page.waitForTimeout(300);
      expect(await page.getByTestId('notice-stale').count()).toBe(0);

      // The same pages in English.
      await page.getByRole('link', { name: 'Paramètres', exact: true }).click();
      await page.getByLabel('Langue de l’interface').first().selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await visit(page, '#/documents/versions/privacy');
      await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      // A French notice's changes in the notice's words, not half in the screen's language.
      await page
        .getByTestId('notice-comparison')
        .getByText('Finalité ajoutée : Envoyer une enquête de satisfaction.', { exact: true })
        .waitFor();
      await screenshot(page, 'notice-versions-en-1366');
      await page.setViewportSize({ width: 1280, height: 720 });
      await screenshot(page, 'notice-versions-en-1280');
    } finally {
      await app.close();
    }
  });
});
