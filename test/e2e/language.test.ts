import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister } from './launch';

const tempDir = useTempDir();

const pages = [
  '#/',
  '#/registre',
  '#/registre/art-30-2',
  '#/registre/nouvelle',
  '#/sous-traitants',
  '#/sous-traitants/nouveau',
  '#/demandes',
  '#/demandes/nouvelle',
  '#/demandes/liste-opposition',
  '#/conservation',
  '#/conservation/regles',
  '#/conservation/suivis',
  '#/documents',
  '#/parametres',
];

/** Sentences of one table that the other says differently: seeing them means the wrong language. */
function foreign(table: Record<string, string>, other: Record<string, string>): string[] {
  const own = new Set(Object.values(other));
  return Object.entries(table)
    .filter(([key, text]) => text.length > 14 && !text.includes('{') && other[key] !== text)
    .map(([, text]) => text)
    .filter((text) => !own.has(text));
}

const rawKey =
  /\b(enum|field|common|register|requests|letters?|processors|retention|settings|documents|dashboard|validation|warning|describe|section|nav|activity|calendar)\.[a-z][A-Za-z]+\b/;

async function walk(page: Page, wrong: readonly string[]): Promise<string[]> {
  const seen: string[] = [];
  for (const hash of pages) {
    await page.evaluate((target) => {
      window.location.hash = target;
    }, hash);
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(200);
    const text = await page.locator('body').innerText();
    for (const sentence of wrong) if (text.includes(sentence)) seen.push(`${hash}: ${sentence}`);
    const key = rawKey.exec(text);
    if (key !== null) seen.push(`${hash}: ${key[0]}`);
  }
  return seen;
}

describe('one language at a time', () => {
  it('walks every page in English without a French sentence or a raw key, and in French without an English one', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      expect(await walk(page, foreign(en, fr))).toEqual([]);
      await page.getByRole('link', { name: 'Paramètres', exact: true }).click();
      await page.getByLabel('Langue de l’interface').first().selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      expect(await walk(page, foreign(fr, en))).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('words a service refusal in English in the English UI, with no French sentence', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await loadExampleRegister(page);
      await page.getByRole('link', { name: 'Paramètres', exact: true }).click();
      await page.getByLabel('Langue de l’interface').first().selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.evaluate(() => {
        window.location.hash = '#/registre/art-30-2';
      });
      // The example client still serves an activity: the service refuses, as a key and values.
      const client = page.getByRole('listitem').filter({ hasText: 'Énergies du Sud (exemple)' });
      await client.getByRole('button', { name: 'Remove' }).click();
      const status = page.getByRole('status').filter({ hasText: 'is still linked to' });
      await status.waitFor();
      expect(await status.innerText()).toMatch(
        /^The client “Énergies du Sud \(exemple\)” is still linked to: .+\. Remove it from these activities first\.$/,
      );
      expect(await page.locator('body').innerText()).not.toMatch(/est encore lié|Retirez-le/);
    } finally {
      await app.close();
    }
  });
});
