import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp';
import { launchApp, loadExampleRegister, screenshot } from './launch';

const tempDir = useTempDir();

/** Every page of the app, and the button a DPO comes to it for (null: none to press). */
const pages: { hash: string; name: string; primary: string | null }[] = [
  { hash: '#/', name: 'dashboard', primary: null },
  { hash: '#/registre', name: 'register', primary: 'Nouvelle activité' },
  { hash: '#/registre/art-30-2', name: 'register-302', primary: 'Nouvelle activité' },
  { hash: '#/registre/nouvelle', name: 'activity-new', primary: 'Enregistrer' },
  { hash: '#/sous-traitants', name: 'processors', primary: null },
  { hash: '#/sous-traitants/nouveau', name: 'processor-new', primary: 'Enregistrer' },
  { hash: '#/demandes', name: 'requests', primary: null },
  { hash: '#/demandes/nouvelle', name: 'request-new', primary: 'Enregistrer' },
  { hash: '#/demandes/liste-opposition', name: 'suppression', primary: 'Exporter en CSV…' },
  { hash: '#/conservation', name: 'retention', primary: null },
  { hash: '#/conservation/regles', name: 'retention-rules', primary: null },
  { hash: '#/conservation/suivis', name: 'retention-items', primary: null },
  { hash: '#/documents', name: 'documents', primary: 'Exporter en Excel (.xlsx)' },
  { hash: '#/parametres', name: 'settings', primary: 'Enregistrer' },
  { hash: '#/parametres/modeles', name: 'templates', primary: null },
];

async function measure(page: Page) {
  return page.evaluate(() => ({
    documentWidth: document.documentElement.scrollWidth,
    windowWidth: window.innerWidth,
    banner: document.querySelector('.reminder')?.getBoundingClientRect().height ?? 0,
  }));
}

describe('a screen that fits a laptop', () => {
  it('shows every page without sideways scrolling, its main button in view and the reminder on one thin line, at 1280×720, 1366×768 and 1920×1080', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await loadExampleRegister(page);
      await page.reload();
      const seen: string[] = [];
      for (const [width, height] of [
        [1280, 720],
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        for (const { hash, name, primary } of pages) {
          await page.evaluate((target) => {
            window.location.hash = target;
          }, hash);
          await page.locator('h1').first().waitFor();
          await page.waitForTimeout(150);
          const { documentWidth, windowWidth, banner } = await measure(page);
          seen.push(`${String(width)} ${name}: ${String(documentWidth)} / ${String(windowWidth)}`);
          expect({ name, width, documentWidth }).toEqual({
            name,
            width,
            documentWidth: windowWidth,
          });
          expect(banner, `${name} at ${String(width)}`).toBeLessThanOrEqual(48);
          if (primary !== null) {
            const button = page
              .getByRole('button', { name: primary, exact: true })
              .or(page.getByRole('link', { name: primary, exact: true }))
              .first();
            const box = await button.boundingBox();
            expect(box, `${primary} on ${name}`).not.toBeNull();
            const inView = {
              right: (box?.x ?? 0) + (box?.width ?? 0) <= width,
              bottom: (box?.y ?? 0) + (box?.height ?? 0) <= height,
            };
            expect({ primary, name, width, inView }).toEqual({
              primary,
              name,
              width,
              inView: { right: true, bottom: true },
            });
          }
          if (width === 1366) await screenshot(page, `layout-${name}-1366`);
        }
      }
      expect(seen).toHaveLength(pages.length * 3);
    } finally {
      await app.close();
    }
  });
});
