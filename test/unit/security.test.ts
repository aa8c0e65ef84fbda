import { describe, expect, it } from 'vitest';
import {
  allowPermission,
  contentSecurityPolicy,
  decideNavigation,
  isAllowedExternalUrl,
  isAppUrl,
  isTrustedSender,
  rendererUrl,
} from '../../electron/app/security';

const fileApp = 'file:///opt/DPO%20Desk/resources/app/out/renderer/index.html';
const devApp = 'http://localhost:5173/';

describe('the app URL check', () => {
  it('accepts the renderer files and nothing beside them', () => {
    expect(isAppUrl(fileApp, fileApp)).toBe(true);
    expect(isAppUrl(`${fileApp}#/parametres`, fileApp)).toBe(true);
    expect(
      isAppUrl('file:///opt/DPO%20Desk/resources/app/out/renderer/assets/index.js', fileApp),
    ).toBe(true);
    expect(isAppUrl('file:///etc/passwd', fileApp)).toBe(false);
    expect(isAppUrl('file:///opt/DPO%20Desk/resources/app/out/preload/index.cjs', fileApp)).toBe(
      false,
    );
    expect(isAppUrl('https://www.cnil.fr/', fileApp)).toBe(false);
  });

  it('in development accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/#/registre', devApp)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devApp)).toBe(false);
    expect(isAppUrl('http://evil.localhost:5173/', devApp)).toBe(false);
  });

  it('rejects empty and malformed URLs', () => {
    expect(isAppUrl(undefined, fileApp)).toBe(false);
    expect(isAppUrl('', fileApp)).toBe(false);
    expect(isAppUrl('not a url', fileApp)).toBe(false);
  });
});

describe('external links', () => {
  it('opens only https links to the allow-list', () => {
    expect(isAllowedExternalUrl('https://www.cnil.fr/fr/modele/registre')).toBe(true);
    expect(isAllowedExternalUrl('https://eur-lex.europa.eu/eli/reg/2016/679/oj')).toBe(true);
    expect(isAllowedExternalUrl('http://www.cnil.fr/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.cnil.fr.evil.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@www.cnil.fr/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.cnil.fr:8443/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
  });
});

describe('navigation and window-open guard', () => {
  it('keeps the app in its window, sends allowed links out, denies the rest', () => {
    expect(decideNavigation(`${fileApp}#/demandes`, fileApp)).toBe('stay');
    expect(decideNavigation('https://www.cnil.fr/', fileApp)).toBe('open-externally');
    expect(decideNavigation('https://example.com/', fileApp)).toBe('deny');
    expect(decideNavigation('data:text/html,<script>alert(1)</script>', fileApp)).toBe('deny');
  });

  it('answers IPC only for the app itself', () => {
    const main = { url: fileApp, parent: null };
    expect(isTrustedSender(main, fileApp, true)).toBe(true);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null }, fileApp, true)).toBe(
      false,
    );
    expect(isTrustedSender(undefined, fileApp, true)).toBe(false);
    // A subframe showing the app's own page, or a frame of another window, is refused.
    expect(isTrustedSender({ url: fileApp, parent: main }, fileApp, true)).toBe(false);
    expect(isTrustedSender(main, fileApp, false)).toBe(false);
  });

  it('trusts the development server only in an unpackaged app', () => {
    expect(rendererUrl(false, devApp, fileApp)).toEqual({ url: devApp, dev: true });
    expect(rendererUrl(true, devApp, fileApp)).toEqual({ url: fileApp, dev: false });
    expect(rendererUrl(false, undefined, fileApp)).toEqual({ url: fileApp, dev: false });
    expect(rendererUrl(false, '', fileApp)).toEqual({ url: fileApp, dev: false });
  });
});

describe('content security policy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows no remote origin and no eval', () => {
    for (const [, values] of directives) {
      for (const value of values) {
        expect(value).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });

  it('runs only the app’s own scripts', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
});

describe('permission requests', () => {
  it('refuses every permission a page could ask for, from the app itself too', () => {
    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'openExternal',
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'hid',
      'serial',
      'usb',
      'idle-detection',
      'storage-access',
      'window-management',
      'unknown',
    ];
    for (const permission of permissions) {
      for (const origin of [
        'file:///app/out/renderer/index.html',
        'https://exemple.fr',
        undefined,
      ]) {
        expect(allowPermission(permission, origin), `${permission} ${String(origin)}`).toBe(false);
      }
    }
  });
});
