/**
 * The pure rules of the Electron shell's security, kept free of the 'electron' import so they are
 * unit-tested without a window.
 */

/** No remote origin anywhere: the app only talks to itself. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // React's style attributes need inline styles; scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Sites a link inside the app may open in the system browser. */
export const externalAllowList: readonly string[] = [
  'www.cnil.fr',
  'cnil.fr',
  'eur-lex.europa.eu',
  'www.legifrance.gouv.fr',
  'edpb.europa.eu',
];

function parse(url: string | undefined | null): URL | null {
  if (url === undefined || url === null || url === '') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to the app: in production a file under the renderer folder, in
 * development the dev server's origin.
 */
export function isAppUrl(url: string | undefined | null, appUrl: string): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  if (target === null || app === null) return false;
  if (app.protocol === 'file:') {
    if (target.protocol !== 'file:' || target.host !== app.host) return false;
    const appFolder = app.pathname.slice(0, app.pathname.lastIndexOf('/') + 1);
    return (
      decodeURIComponent(target.pathname).startsWith(decodeURIComponent(appFolder)) &&
      !decodeURIComponent(target.pathname).includes('/../')
    );
  }
  return target.origin === app.origin;
}

/** Only https links to the allow-list leave the app, to the OS browser. */
export function isAllowedExternalUrl(url: string): boolean {
  const target = parse(url);
  return (
    target !== null &&
    target.protocol === 'https:' &&
    target.username === '' &&
    target.password === '' &&
    target.port === '' &&
    externalAllowList.includes(target.hostname)
  );
}

export type NavigationDecision = 'stay' | 'open-externally' | 'deny';

/** What to do when the page tries to navigate or open a window to `url`. */
export function decideNavigation(url: string, appUrl: string): NavigationDecision {
  if (isAppUrl(url, appUrl)) return 'stay';
  if (isAllowedExternalUrl(url)) return 'open-externally';
  return 'deny';
}

/** The frame an IPC call comes from, as Electron describes it. */
export interface SenderFrame {
  url: string;
  /** null for the top frame of its window. */
  parent: unknown;
}

/**
 * IPC calls are answered only for the main frame of the app's window, showing the app: not a
 * subframe, not another window (`fromAppWindow`: the call's web contents are the app window's).
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  appUrl: string,
  fromAppWindow: boolean,
): boolean {
  return (
    fromAppWindow &&
    frame !== null &&
    frame !== undefined &&
    frame.parent === null &&
    isAppUrl(frame.url, appUrl)
  );
}

/**
 * Which page the window shows: the development server only in an unpackaged app (a packaged app
 * never trusts ELECTRON_RENDERER_URL, which anyone starting it could set), otherwise its files.
 */
export function rendererUrl(
  isPackaged: boolean,
  devServerUrl: string | undefined,
  rendererFileUrl: string,
): { url: string; dev: boolean } {
  return !isPackaged && devServerUrl !== undefined && devServerUrl !== ''
    ? { url: devServerUrl, dev: true }
    : { url: rendererFileUrl, dev: false };
}

/**
 * Whether a page may use a browser permission (camera, microphone, location, notifications,
 * clipboard, MIDI, HID, serial, fullscreen...): never. The app needs none of them; notifications
 * come from the main process, which asks nobody.
 */
export function allowPermission(_permission: string, _requestingUrl: string | undefined): boolean {
  return false;
}
