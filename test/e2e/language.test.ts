import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { useTempDir } from '../helpers/temp';
import { appPages, launchApp, visit } from './launch';

const tempDir = useTempDir();

// The templates page shows a letter in the letter's own language (French first), whatever the
// interface's.
const pages = appPages.map(({ hash }) => hash).filter((hash) => hash !== '#/parametres/modeles');

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
    await visit(page, hash, 200);
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
});
