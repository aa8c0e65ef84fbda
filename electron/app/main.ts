import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Notification, session, shell } from 'electron';
import { apiNames } from '../../shared/api';
import { AppError, type Result } from '../../shared/errors';
import { startupBackup } from '../services/backups';
import { calendarSummary } from '../services/calendar';
import { ChangeFeed } from '../services/changes';
import { startReminders } from '../services/reminders';
import { dispatch } from '../services/dispatch';
import { openContext, type OpenedContext } from '../services/open';
import { resolveDatabasePath } from '../services/paths';
import { getPreferences } from '../services/preferences';
import { defaultLanguage, translate, type Language } from '../../shared/i18n';
import { electronFileAccess } from './files';
import { leavesAnyway, unsavedChangesDialog } from './leave';
import { viewerCopies } from '../services/viewerCopies';
import {
  allowPermission,
  contentSecurityPolicy,
  decideNavigation,
  isTrustedSender,
  rendererUrl,
} from './security';

const here = import.meta.dirname;
const rendererFile = join(here, '../renderer/index.html');
const renderer = rendererUrl(
  app.isPackaged,
  process.env.ELECTRON_RENDERER_URL,
  pathToFileURL(rendererFile).href,
);
const appUrl = renderer.url;
// Every renderer is sandboxed, whatever a window's own preferences say.
app.enableSandbox();

let opened: OpenedContext | null = null;
let stopReminders: () => void = () => undefined;
let mainWindow: BrowserWindow | null = null;
/** The app's language, for the few words the main process says itself. */
let language: Language = defaultLanguage;

async function refreshLanguage(current: OpenedContext): Promise<void> {
  language = (await getPreferences(current.ctx)).language;
}

/** Committed writes are announced to the window, which reloads what it shows. */
function announceChanges(current: OpenedContext): ChangeFeed {
  const feed = new ChangeFeed(current.ctx);
  feed.subscribe((topics) => {
    mainWindow?.webContents.send('dpo:changed', { topics });
  });
  feed.start();
  return feed;
}

function registerIpc(current: OpenedContext): void {
  const feed = announceChanges(current);
  for (const name of apiNames) {
    ipcMain.handle(`dpo:${name}`, (event, input: unknown) => {
      const fromAppWindow = mainWindow !== null && event.sender === mainWindow.webContents;
      if (!isTrustedSender(event.senderFrame, appUrl, fromAppWindow)) {
        const refused: Result<never> = {
          ok: false,
          error: { code: 'UNAUTHORIZED', key: 'error.app.untrustedSender' },
        };
        return refused;
      }
      const answer = dispatch(current.ctx, name, input);
      if (name === 'preferences.save') void answer.then(() => refreshLanguage(current));
      void answer.then(() => feed.check());
      return answer;
    });
  }
}

function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) => {
    callback(allowPermission(permission, details.requestingUrl));
  });
  session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    allowPermission(permission, requestingOrigin),
  );
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    const decision = decideNavigation(url, appUrl);
    if (decision !== 'stay') event.preventDefault();
    // Only https links on the allow-list reach the system browser (decideNavigation, unit-tested).
    if (decision === 'open-externally')
      void shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
  });
  // A redirect and a subframe's navigation are decided the same way, never followed out.
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url, appUrl) !== 'stay') event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (decideNavigation(event.url, appUrl) !== 'stay') event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // The same allow-list check; no window is ever opened by the app itself.
    if (decideNavigation(url, appUrl) === 'open-externally')
      void shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    return { action: 'deny' };
  });
});

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    title: 'DPO Desk',
    show: false,
    // Written out here, not built by a helper: electronegativity reads this literal.
    webPreferences: {
      // The preload only exposes the typed API contract through contextBridge, in a sandbox.
      preload: join(here, '../preload/index.cjs') /* eng-disable PRELOAD_JS_CHECK */,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      // A middle click must not open a new window either.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow = window;
  // A form with unsaved changes refuses the unload (beforeunload): ask, as a browser would.
  window.webContents.on('will-prevent-unload', (event) => {
    const response = dialog.showMessageBoxSync(window, unsavedChangesDialog(language));
    if (leavesAnyway(response)) event.preventDefault();
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  if (renderer.dev) void window.loadURL(renderer.url);
  else void window.loadFile(rendererFile);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window !== undefined) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('window-all-closed', () => {
    app.quit();
  });

  // Copies handed to the system viewer hold personal data: none survives the app.
  const copies = viewerCopies(join(app.getPath('temp'), 'dpo-desk-documents'));
  copies.clear();
  // Quitting waits for the database to close: an erasure still pending finishes there (its WAL
  // emptied, with bounded retries) before the process ends.
  let closing = false;
  app.on('will-quit', (event) => {
    copies.clear();
    stopReminders();
    const open = opened;
    if (open === null || closing) return;
    closing = true;
    event.preventDefault();
    void open
      .close()
      .catch(() => undefined)
      .finally(() => {
        opened = null;
        app.exit(0);
      });
  });

  void app.whenReady().then(async () => {
    const databasePath = resolveDatabasePath(process.argv, process.env, app.getPath('userData'));
    try {
      opened = await openContext(databasePath, {
        owner: 'DPO Desk',
        files: electronFileAccess(() => mainWindow, copies),
      });
    } catch (error) {
      const message = error instanceof AppError ? error.message : String(error);
      dialog.showErrorBox('DPO Desk', message);
      app.exit(1);
      return;
    }
    // The daily safety net: a checked backup when the newest is over 24 hours old.
    // A failure does not stop the app: it is said once here and shown in Paramètres › Sauvegardes.
    void startupBackup(opened.ctx).then(({ failure }) => {
      if (failure !== null)
        dialog.showErrorBox('DPO Desk', translate(language, 'app.backupFailed', { failure }));
    });
    hardenSession();
    await refreshLanguage(opened);
    registerIpc(opened);
    createWindow();
    const current = opened;
    stopReminders = startReminders({
      summarise: () => calendarSummary(current.ctx),
      notify: (notice) => {
        if (Notification.isSupported()) new Notification(notice).show();
      },
      clock: () => new Date(),
      every: (ms, run) => {
        const timer = setInterval(run, ms);
        return { cancel: () => clearInterval(timer) };
      },
      after: (ms, run) => {
        const timer = setTimeout(run, ms);
        return { cancel: () => clearTimeout(timer) };
      },
    });
  });
}
