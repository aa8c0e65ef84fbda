import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp';
import { appPages as pages, launchApp, loadExampleRegister, screenshot, visit } from './launch';

const tempDir = useTempDir();

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
          await visit(page, hash);
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

  it('scrolls a wide list inside its box with the reference column kept in view, at 1280×720', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1280, height: 720 });
      await loadExampleRegister(page);
      for (const [hash, reference] of [
        ['#/registre', 'T-0001'],
        ['#/demandes', 'DSR-'],
      ] as const) {
        await visit(page, hash);
        const box = page.locator('.data-table-scroll');
        const wide = await box.evaluate((element) => element.scrollWidth > element.clientWidth);
        expect({ hash, wide }).toEqual({ hash, wide: true });
        await box.evaluate((element) => {
          element.scrollLeft = element.scrollWidth;
        });
        const cell = page.getByRole('cell', { name: new RegExp(`^${reference}`) }).first();
        const [cellBox, scrollBox] = await Promise.all([cell.boundingBox(), box.boundingBox()]);
        const keptInView =
          cellBox !== null &&
          scrollBox !== null &&
          cellBox.x >= scrollBox.x - 1 &&
          cellBox.x < scrollBox.x + 120;
        expect({ hash, keptInView }).toEqual({ hash, keptInView: true });
        await screenshot(page, `layout-scrolled-${hash.slice(2)}-1280`);
      }
    } finally {
      await app.close();
    }
  });
});
