import { startupBackup } from '../../electron/services/backups';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  _electron,
  chromium,
  type Browser,
  type ElectronApplication,
  type Page,
} from 'playwright-core';
import { startHost, type RunningHost } from '../../electron/host/server';
import { openContext, type OpenedContext } from '../../electron/services/open';

/**
 * Launches the real UI for an end-to-end test: the Electron app through Playwright's `_electron`
 * where an Electron binary is installed, otherwise the browser host in the system Chromium.
 * Neither available is a failure, never a silent skip.
 */

const root = resolve(import.meta.dirname, '../..');
export const artifactsDir = join(root, 'test/artifacts');
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--disable-sync',
  '--no-first-run',
];

function utf8Locale(lang: string | undefined): string {
  return lang !== undefined && /utf-?8/i.test(lang) ? lang : 'C.UTF-8';
}

export interface LaunchedApp {
  page: Page;
  mode: 'electron' | 'browser-host';
  /** The Electron application, when launched under `_electron`. */
  electron?: ElectronApplication;
  /** The file the user will pick in the next file dialog. */
  chooseNextFile(path: string): Promise<void>;
  /**
   * A second window on the same database, as a DPO with two windows open. Electron opens one
   * window per app (single-instance lock): there the second window is the first one itself.
   */
  otherWindow(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The installed Electron binary, found the way the electron package records it (path.txt), without
 * require('electron'), which tries to download a missing binary.
 */
function electronBinary(): string | null {
  if (process.env.DPO_E2E_MODE === 'browser-host') return null;
  const packageDir = join(root, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function chromiumBinary(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path !== undefined && path !== '' && existsSync(path)) ?? null;
}

export function launchMode(): 'electron' | 'browser-host' {
  if (electronBinary() !== null) return 'electron';
  if (chromiumBinary() !== null) return 'browser-host';
  throw new Error(
    'Ni Electron ni Chromium : installez le binaire Electron, ou Chromium (apt-get install chromium), pour les tests de bout en bout.',
  );
}

export interface LaunchOptions {
  /** The system locale the browser reports (`en-US`: an English OS); French by default. */
  locale?: string;
  viewport?: { width: number; height: number };
}

export async function launchApp(
  databasePath: string,
  options: LaunchOptions = {},
): Promise<LaunchedApp> {
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  mkdirSync(artifactsDir, { recursive: true });
  const rendererDir = join(root, 'out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(
      'out/renderer absent : lancez « npm run build » avant les tests de bout en bout.',
    );
  }
  const electronPath = electronBinary();
  if (electronPath !== null) {
    const app: ElectronApplication = await _electron.launch({
      executablePath: electronPath,
      args: [
        join(root, 'out/main/index.js'),
        '--db',
        databasePath,
        ...(options.locale !== undefined ? [`--lang=${options.locale}`] : []),
      ],
    });
    const page = await app.firstWindow();
    await page.setViewportSize(viewport);
    return {
      page,
      mode: 'electron',
      electron: app,
      // Stands in for the user in Electron's open dialog.
      chooseNextFile: (path) =>
        app.evaluate(({ dialog }, chosen) => {
          dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [chosen] });
        }, path),
      otherWindow: () => Promise.resolve(page),
      close: () => app.close(),
    };
  }

  const chromiumPath = chromiumBinary();
  if (chromiumPath === null) launchMode();
  const opened: OpenedContext = await openContext(databasePath, {
    owner: 'l’hôte navigateur de DPO Desk',
  });
  // As the app does on start (electron/app/main.ts, electron/host/main.ts).
  await startupBackup(opened.ctx);
  const host: RunningHost = await startHost({ ctx: opened.ctx, rendererDir });
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath ?? undefined,
    headless: true,
    args: chromiumFlags,
    // Without a UTF-8 locale Chromium cannot read files whose names have accents.
    env: { ...process.env, LANG: utf8Locale(process.env.LANG), LC_ALL: '' },
  });
  const context = await browser.newContext({ viewport, locale: options.locale ?? 'fr-FR' });
  const page = await context.newPage();
  // One listener for the whole run keeps Playwright's file-chooser interception on; each chooser
  // takes the next file queued by the test.
  const queuedFiles: string[] = [];
  page.on('filechooser', (chooser) => {
    const next = queuedFiles.shift();
    if (next !== undefined) void chooser.setFiles(next);
  });
  await page.goto(host.url);
  return {
    page,
    mode: 'browser-host',
    chooseNextFile: (path) => {
      queuedFiles.push(path);
      return Promise.resolve();
    },
    otherWindow: async () => {
      // Same browser profile: the session cookie the first window received lets it in.
      const other = await context.newPage();
      await other.goto(new URL('/', host.url).href);
      return other;
    },
    close: async () => {
      await browser.close();
      await host.close();
      await opened.close();
    },
  };
}

/**
 * Every page of the app reached by its address, and the button a DPO comes to it for (null: none
 * to press). Record pages need an id and are reached from their lists by the tests that want them.
 */
export const appPages: readonly { hash: string; name: string; primary: string | null }[] = [
  { hash: '#/', name: 'dashboard', primary: null },
  { hash: '#/registre', name: 'register', primary: 'Nouvelle activité' },
  { hash: '#/registre/art-30-2', name: 'register-302', primary: 'Nouvelle activité' },
  { hash: '#/registre/nouvelle', name: 'activity-new', primary: 'Enregistrer' },
  { hash: '#/sous-traitants', name: 'processors', primary: null },
  { hash: '#/sous-traitants/nouveau', name: 'processor-new', primary: 'Enregistrer' },
  { hash: '#/demandes', name: 'requests', primary: null },
  { hash: '#/demandes/nouvelle', name: 'request-new', primary: 'Enregistrer' },
  { hash: '#/demandes/liste-opposition', name: 'suppression', primary: 'Exporter en CSV…' },
  { hash: '#/violations', name: 'breaches', primary: 'Nouvelle violation' },
  { hash: '#/violations/nouvelle', name: 'breach-new', primary: 'Enregistrer' },
  { hash: '#/cookies', name: 'cookies', primary: 'Nouveau cookie' },
  { hash: '#/cookies/nouveau', name: 'cookie-new', primary: 'Enregistrer' },
  { hash: '#/conservation', name: 'retention', primary: null },
  { hash: '#/conservation/regles', name: 'retention-rules', primary: null },
  { hash: '#/conservation/suivis', name: 'retention-items', primary: null },
  { hash: '#/documents', name: 'documents', primary: 'Exporter en Excel (.xlsx)' },
  { hash: '#/mentions-information', name: 'notices', primary: 'Enregistrer en HTML' },
  { hash: '#/documents/versions/privacy', name: 'notice-versions', primary: null },
  { hash: '#/parametres', name: 'settings', primary: 'Enregistrer' },
  { hash: '#/parametres/modeles', name: 'templates', primary: null },
];

/** Goes to an address as a typed link would, and waits for its page to be drawn. */
export async function visit(page: Page, hash: string, settle = 150): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await page.locator('h1').first().waitFor();
  await page.waitForTimeout(settle);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Loads the example register as a new user does, from the empty Registre page. */
export async function loadExampleRegister(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Registre', exact: true }).click();
  await page.getByRole('button', { name: 'Charger le registre d’exemple' }).click();
  await page.getByText('10 activités', { exact: true }).waitFor();
}
