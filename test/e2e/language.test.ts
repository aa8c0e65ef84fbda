import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { useTempDir } from '../helpers/temp';
import { appPages, launchApp, loadExampleRegister, visit } from './launch';

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
  /\b(enum|field|common|register|requests|letters?|processors|retention|settings|documents|dashboard|breach|breaches|validation|warning|describe|section|nav|activity|calendar)\.[a-z][A-Za-z]+\b/;

/** What the page shows that belongs to the other language, or is a raw key. */
async function strays(page: Page, where: string, wrong: readonly string[]): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const seen = wrong.filter((sentence) => text.includes(sentence)).map((s) => `${where}: ${s}`);
  const key = rawKey.exec(text);
  if (key !== null) seen.push(`${where}: ${key[0]}`);
  return seen;
}

async function walk(
  page: Page,
  wrong: readonly string[],
  hashes: readonly string[] = pages,
): Promise<string[]> {
  const seen: string[] = [];
  for (const hash of hashes) {
    await visit(page, hash, 200);
    seen.push(...(await strays(page, hash, wrong)));
    // A record's second tab: its history of changes.
    const history = page.getByRole('tab', { name: /^(History|Historique)$/ });
    if ((await history.count()) > 0) {
      await history.click();
      await page.waitForTimeout(200);
      seen.push(...(await strays(page, `${hash} (history)`, wrong)));
    }
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

  it('speaks English on pages full of data: records, their history, the month calendar', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await loadExampleRegister(page);
      const ids = await page.evaluate(async () => {
        const [activities, processors, requests] = await Promise.all([
          window.dpo.activities.list({}),
          window.dpo.processors.list(),
          window.dpo.requests.list({ pageSize: 50 }),
        ]);
        return {
          activities: activities.ok ? activities.value.map((a) => a.id) : [],
          processors: processors.ok ? processors.value.map((p) => p.id) : [],
          requests: requests.ok ? requests.value.rows.map((r) => r.id) : [],
        };
      });
      // The records' addresses, as a bookmark keeps them.
      const records = [
        ...ids.activities.map((id) => `#/registre/fiche/${id}`),
        ...ids.processors.slice(0, 3).map((id) => `#/sous-traitants/fiche/${id}`),
        ...ids.requests.map((id) => `#/demandes/fiche/${id}`),
      ];
      expect(records.length).toBeGreaterThan(20);
      await page.getByRole('link', { name: 'Paramètres', exact: true }).click();
      await page.getByLabel('Langue de l’interface').first().selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      // The example's own data is French (a name, a service, a rule's label): the DPO's words,
      // not the interface's.
      const data = await page.evaluate(
        async (requestIds) =>
          JSON.stringify(
            await Promise.all([
              window.dpo.activities.list({}),
              window.dpo.processors.list(),
              window.dpo.retention.rules(),
              window.dpo.retention.items(),
              // A request's timeline notes are the DPO's words too.
              ...requestIds.map((id) => window.dpo.requests.get({ id })),
            ]),
          ),
        ids.requests,
      );
      const french = foreign(fr, en).filter((sentence) => !data.includes(sentence));
      const seen = await walk(page, french, [...pages, ...records]);
      await visit(page, '#/conservation');
      await page.getByRole('tab', { name: 'Month' }).click();
      await page.getByRole('table').waitFor();
      seen.push(...(await strays(page, 'calendar (month)', french)));
      const weekdays = await page.getByRole('columnheader').allInnerTexts();
      expect(weekdays).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
      expect(seen).toEqual([]);
    } finally {
      await app.close();
    }
  }, 240_000);

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
