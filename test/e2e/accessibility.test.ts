import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp';
import { appPages, artifactsDir, launchApp, loadExampleRegister, visit } from './launch';

const tempDir = useTempDir();

/** WCAG 2.2 AA, with the 2.0 and 2.1 rules it builds on. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe takes seconds a page; a walk of twenty pages needs more than the e2e default. */
const walkTimeout = 300_000;

/**
 * axe's serious and critical findings on what is shown: one line per rule, with the elements it
 * found, so that a failure says what to fix and where.
 */
async function violations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations
    .filter((rule) => rule.impact === 'serious' || rule.impact === 'critical')
    .map((rule) => {
      const targets = rule.nodes.map((node) => node.target.join(' '));
      const more = targets.length > 5 ? ` and ${String(targets.length - 5)} more` : '';
      return `${where}: ${rule.id} (${String(rule.impact)}), ${rule.help}: ${targets.slice(0, 5).join(' | ')}${more}`;
    });
}

/** What the window shows at 1366×768, for a person to look at. */
async function windowShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
}

/** Every page reachable by address, as they stand. */
async function walk(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const { hash, name } of appPages) {
    await visit(page, hash, 250);
    found.push(...(await violations(page, `${label} ${name}`)));
  }
  return found;
}

/** Opens the first record of a list, as a click on its row does. */
async function openFirstRow(page: Page, listHash: string): Promise<void> {
  await visit(page, listHash);
  // The last cell: never the row's checkbox, which selects rather than opens.
  await page.locator('tr.clickable').first().locator('td').last().click();
  await page.waitForFunction((list) => window.location.hash !== list, listHash);
  await page.locator('h1').first().waitFor();
  await page.waitForTimeout(250);
}

describe('accessibility (WCAG 2.2 AA)', { timeout: walkTimeout }, () => {
  it('starts with a skip link to the page, and axe finds no serious or critical problem on the first-run pages', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.locator('h1').first().waitFor();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Aller au contenu', exact: true });
      await expect.poll(() => skip.evaluate((link) => link === document.activeElement)).toBe(true);
      await windowShot(page, 'a11y-skip-link');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase()))
        .toBe('main');
      // The link moves focus; it does not change the address, which is the app's route.
      expect(await page.evaluate(() => window.location.hash)).not.toContain('content');

      expect(await walk(page, 'first run')).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('finds no serious or critical problem on any page of the example register, records and panels included, and names each row checkbox by its reference', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await loadExampleRegister(page);
      await page.reload();
      const found = await walk(page, 'example');

      for (const [list, name] of [
        ['#/registre', 'activity'],
        ['#/registre/art-30-2', 'activity-302'],
        ['#/sous-traitants', 'processor'],
        ['#/demandes', 'request'],
      ] as const) {
        await openFirstRow(page, list);
        found.push(...(await violations(page, `example ${name}`)));
        const history = page.getByRole('tab', { name: 'Historique', exact: true });
        if ((await history.count()) > 0) {
          await history.click();
          await page.waitForTimeout(250);
          found.push(...(await violations(page, `example ${name} history`)));
        }
      }

      await visit(page, '#/conservation');
      await page.getByRole('tab', { name: 'Mois', exact: true }).click();
      await page.waitForTimeout(250);
      found.push(...(await violations(page, 'example calendar month')));

      // The requests list: row checkboxes named by the request's reference, and the batch
      // letters panel that selecting rows opens.
      await visit(page, '#/demandes', 250);
      const rowBox = page.getByRole('checkbox', { name: /^Sélectionner DSR-\d{4}-\d{4}$/ });
      await rowBox.first().check();
      await page.waitForTimeout(250);
      await page.locator('.column-menu summary').click();
      found.push(...(await violations(page, 'example requests selected')));
      expect(await rowBox.count()).toBeGreaterThan(1);
      await page
        .getByRole('checkbox', { name: 'Tout sélectionner sur la page', exact: true })
        .waitFor();

      await visit(page, '#/demandes/nouvelle');
      await page.getByLabel('Nom du demandeur').focus();
      await page.waitForTimeout(100);
      await windowShot(page, 'a11y-focus-ring');

      expect(found).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
