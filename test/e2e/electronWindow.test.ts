/**
 * What a page can reach (the preferences are checked in the bundle by electronAudit.test.ts), and that a page can neither open a window nor navigate away.
 * Needs the Electron binary (Playwright's `_electron`): skipped, saying so, where there is none
 * (this project's CI machine cannot download it).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp';
import { launchApp, launchMode } from './launch';

const tempDir = useTempDir();
const electron = launchMode() === 'electron';

describe.skipIf(!electron)('Electron windows (needs the Electron binary)', () => {
  it('runs every window sandboxed, isolated, without Node, and blocks window.open and navigation away', async () => {
    const app = await launchApp(join(tempDir(), 'dpo-desk.sqlite'));
    try {
      const electronApp = app.electron;
      if (electronApp === undefined) throw new Error('not launched under _electron');
      await app.page.getByRole('heading', { level: 1 }).first().waitFor();
      const windowCount = await electronApp.evaluate(
        ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
      );
      // What the page can reach: no Node (nodeIntegration off, sandbox), only the bridge.
      const reach = await app.page.evaluate(() => ({
        require: typeof (window as { require?: unknown }).require,
        process: typeof (window as { process?: unknown }).process,
        bridge: Object.keys((window as unknown as { dpo: object }).dpo).length > 0,
      }));
      expect(reach).toEqual({ require: 'undefined', process: 'undefined', bridge: true });

      const before = app.page.url();
      const opened = await app.page.evaluate(() => window.open('https://exemple.fr/') === null);
      expect(opened).toBe(true);
      await app.page.evaluate(() => {
        window.location.href = 'https://exemple.fr/';
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(app.page.url()).toBe(before);
      const windows = await electronApp.evaluate(
        ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
      );
      expect(windows).toBe(windowCount);
    } finally {
      await app.close();
    }
  });
});

describe.skipIf(electron)('Electron windows', () => {
  it.skip('need the Electron binary: run `npm test` where `node_modules/electron` has it', () => {
    // Reported as skipped, not silently absent.
  });
});
