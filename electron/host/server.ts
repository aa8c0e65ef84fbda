import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import { apiNames, fileUseOf, isApiName } from '../../shared/api';
import type { Result } from '../../shared/errors';
import { translate, type MessageKey } from '../../shared/i18n';
import { maxAttachmentBytes } from '../../shared/limits';
import { contentSecurityPolicy } from '../app/security';
import type { Context } from '../services/context';
import { dispatch } from '../services/dispatch';
import { HostChanges } from './events';
import type { FileAccess } from '../services/files';

/**
 * The browser host: serves the built renderer and the API contract over HTTP on 127.0.0.1, for
 * tests and for machines where Electron cannot run. Same services, same validation as IPC.
 */

export interface HostOptions {
  ctx: Context;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  log?: (error: unknown) => void;
}

export interface RunningHost {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export const tokenHeader = 'x-dpo-token';
/** Room for an attachment at the size limit, in base64, with its call. */
const maxBodyBytes = Math.ceil((maxAttachmentBytes * 4) / 3) + 1024 * 1024;

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * The bridge gives the page the same `window.dpo` shape as the preload, over fetch. Calls that
 * need a file use the browser's own file chooser (the host's "dialog") and its downloads.
 */
function bridgeScript(): string {
  const fileUses = Object.fromEntries(
    apiNames.flatMap((name) => {
      const use = fileUseOf(name);
      return use === undefined ? [] : [[name, use]];
    }),
  );
  return `(() => {
  const token = document.querySelector('meta[name="dpo-host-token"]').content;
  const names = ${JSON.stringify(apiNames)};
  const fileUses = ${JSON.stringify(fileUses)};
  const maxBytes = ${String(maxAttachmentBytes)};
  const post = async (name, body) => {
    try {
      const response = await fetch('/api/' + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json', '${tokenHeader}': token },
        body: JSON.stringify(body),
      });
      return await response.json();
    } catch (error) {
      return { ok: false, error: { code: 'INTERNAL', key: 'error.host.unreachable', values: { detail: String(error) } } };
    }
  };
  const chooseFile = () => new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.addEventListener('cancel', () => resolve(null));
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      if (!file) return resolve(null);
      if (file.size > maxBytes) return resolve({ name: file.name, size: file.size });
      const reader = new FileReader();
      reader.onload = () => {
        const text = String(reader.result);
        resolve({ name: file.name, size: file.size, base64: text.slice(text.indexOf(',') + 1) });
      };
      reader.onerror = () => resolve({ name: file.name, size: file.size, unreadable: true });
      reader.readAsDataURL(file);
    });
    input.click();
  });
  const download = (file) => {
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  };
  const dpo = {};
  for (const name of names) {
    const [ns, method] = name.split('.');
    dpo[ns] = dpo[ns] || {};
    dpo[ns][method] = async (input) => {
      const body = input === undefined ? {} : input;
      if (fileUses[name] === 'choose') {
        return post(name, { input: body, file: await chooseFile() });
      }
      const result = await post(name, body);
      if ((fileUses[name] === 'open' || fileUses[name] === 'save') && result && result.download) {
        download(result.download);
        delete result.download;
      }
      return result;
    };
  }
  window.dpo = Object.freeze(dpo);
  // Changes announced by the host (server-sent events); the browser reconnects by itself.
  const listeners = new Set();
  const events = new EventSource('/events');
  events.onmessage = (message) => {
    let notice = null;
    try { notice = JSON.parse(message.data); } catch { return; }
    for (const listener of listeners) listener(notice);
  };
  window.dpoChanges = Object.freeze({
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
})();
`;
}

const uploadSchema = z
  .object({
    input: z.unknown(),
    file: z
      .object({
        name: z.string().min(1).max(1_000),
        size: z.number().int().min(0),
        base64: z.string().optional(),
        unreadable: z.boolean().optional(),
      })
      .strict()
      .nullable(),
  })
  .strict();

interface Download {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** The file the page sent with the call stands for the dialog; a document to open is sent back. */
function requestFileAccess(
  upload: z.output<typeof uploadSchema>['file'],
  opened: Download[],
): FileAccess {
  return {
    choose: () => {
      if (upload === null) return Promise.resolve(null);
      return Promise.resolve({
        name: upload.name,
        size: upload.size,
        read: () => {
          if (upload.unreadable === true || upload.base64 === undefined) {
            return Promise.reject(new Error('le navigateur n’a pas pu le lire'));
          }
          return Promise.resolve(new Uint8Array(Buffer.from(upload.base64, 'base64')));
        },
      });
    },
    open: (file) => {
      opened.push({
        fileName: file.fileName,
        mimeType: file.mimeType,
        base64: Buffer.from(file.content).toString('base64'),
      });
      return Promise.resolve();
    },
    save: (file) => {
      opened.push({
        fileName: file.fileName,
        mimeType: file.mimeType,
        base64: Buffer.from(file.content).toString('base64'),
      });
      return Promise.resolve({ saved: true, name: file.fileName });
    },
  };
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  });
  response.end(body);
}

function sendResult(
  response: ServerResponse,
  status: number,
  result: Result<unknown> | (Result<unknown> & { download: Download }),
): void {
  send(response, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function refuse(response: ServerResponse, status: number, key: MessageKey): void {
  sendResult(response, status, { ok: false, error: { code: 'UNAUTHORIZED', key } });
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The body, or null as soon as it is known to be over the limit (announced or streamed). Past the
 * limit the rest is thrown away unread; the connection stays up until the refusal is sent (leaving
 * a `for await` loop would destroy the socket, and the client would never read the answer).
 */
function readBody(request: IncomingMessage): Promise<string | null> {
  const announced = Number(request.headers['content-length'] ?? '0');
  if (Number.isFinite(announced) && announced > maxBodyBytes) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      request.off('data', onData);
      request.off('end', onEnd);
      request.resume();
      resolve(null);
    };
    const onEnd = () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', reject);
  });
}

/** A path's %-escapes decoded, or null when they are malformed. */
function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

const sessionCookie = 'dpo-session';

function cookieOf(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(32).toString('hex');
  // The address printed at launch carries a one-time secret; the page exchanges it for a session
  // cookie, so the page (and the token in it) reaches only whoever read the console.
  const printedSecret = randomBytes(32).toString('hex');
  let launchSecret: string | null = printedSecret;
  const session = randomBytes(32).toString('hex');
  const rendererDir = normalize(options.rendererDir);
  let indexHtml: string;
  try {
    indexHtml = await readFile(join(rendererDir, 'index.html'), 'utf8');
  } catch {
    throw new Error(
      `Interface introuvable dans ${rendererDir} : lancez d'abord « npm run build ».`,
    );
  }
  const page = indexHtml.replace(
    '<head>',
    `<head>\n    <meta name="dpo-host-token" content="${token}" />\n    <script src="/dpo-bridge.js"></script>`,
  );
  let origin = '';
  const changes = new HostChanges(options.ctx);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    // DNS rebinding: only the literal loopback address we listen on is accepted.
    if (request.headers.host !== origin.slice('http://'.length)) {
      refuse(response, 403, 'error.host.badHost');
      return;
    }
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      refuse(response, 403, 'error.host.badOrigin');
      return;
    }
    let url: URL;
    try {
      url = new URL(request.url ?? '/', origin);
    } catch {
      send(response, 400, 'Adresse mal formée', 'text/plain; charset=utf-8');
      return;
    }
    const path = decodedPath(url.pathname);
    if (path === null) {
      send(response, 400, 'Adresse mal formée', 'text/plain; charset=utf-8');
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') {
        refuse(response, 405, 'error.host.badMethod');
        return;
      }
      if (!sameToken(request.headers[tokenHeader], token)) {
        refuse(response, 401, 'error.host.badToken');
        return;
      }
      const body = await readBody(request);
      if (body === null) {
        sendResult(response, 413, {
          ok: false,
          error: { code: 'VALIDATION', key: 'error.host.tooLarge' },
        });
        // Dropped once the refusal is out: closing at once could lose the answer.
        response.once('finish', () => setTimeout(() => request.destroy(), 1000).unref());
        return;
      }
      let input: unknown;
      try {
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        sendResult(response, 400, {
          ok: false,
          error: { code: 'VALIDATION', key: 'error.host.badJson' },
        });
        return;
      }
      const name = path.slice('/api/'.length);
      const use = isApiName(name) ? fileUseOf(name) : undefined;
      let callInput = input;
      let upload: z.output<typeof uploadSchema>['file'] = null;
      if (use === 'choose') {
        const parsed = uploadSchema.safeParse(input);
        if (!parsed.success) {
          sendResult(response, 400, {
            ok: false,
            error: { code: 'VALIDATION', key: 'error.host.badUpload' },
          });
          return;
        }
        callInput = parsed.data.input;
        upload = parsed.data.file;
      }
      const opened: Download[] = [];
      const ctx = { ...options.ctx, files: requestFileAccess(upload, opened) };
      const result = await dispatch(ctx, name, callInput, options.log);
      const [download] = opened;
      sendResult(response, 200, download === undefined ? result : { ...result, download });
      void changes.feed.check();
      return;
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      refuse(response, 405, 'error.host.badMethod');
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const secret = url.searchParams.get('s');
      if (secret !== null && launchSecret !== null && sameToken(secret, launchSecret)) {
        launchSecret = null;
        response.writeHead(303, {
          location: '/',
          'set-cookie': `${sessionCookie}=${session}; HttpOnly; SameSite=Strict; Path=/`,
          'cache-control': 'no-store',
          'referrer-policy': 'no-referrer',
        });
        response.end();
        return;
      }
      if (!sameToken(cookieOf(request, sessionCookie), session)) {
        send(
          response,
          401,
          // Before any session there is no chosen language: both, French first.
          `<!doctype html><html lang="fr"><meta charset="utf-8"><title>DPO Desk</title><p>${translate('fr', 'host.openLaunchAddress')}</p><p lang="en">${translate('en', 'host.openLaunchAddress')}</p></html>`,
          mimeTypes['.html'] ?? 'text/html',
        );
        return;
      }
      send(response, 200, page, mimeTypes['.html'] ?? 'text/html');
      return;
    }
    if (url.pathname === '/events') {
      if (!sameToken(cookieOf(request, sessionCookie), session)) {
        refuse(response, 401, 'error.host.badSession');
        return;
      }
      changes.open(response);
      return;
    }
    if (url.pathname === '/dpo-bridge.js') {
      send(response, 200, bridgeScript(), mimeTypes['.js'] ?? 'text/javascript');
      return;
    }
    const file = normalize(join(rendererDir, path));
    if (!file.startsWith(rendererDir + sep)) {
      send(response, 404, 'Introuvable', 'text/plain; charset=utf-8');
      return;
    }
    try {
      const content = await readFile(file);
      send(response, 200, content, mimeTypes[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(response, 404, 'Introuvable', 'text/plain; charset=utf-8');
    }
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      (options.log ?? console.error)(error);
      if (!response.headersSent) {
        sendResult(response, 500, {
          ok: false,
          error: { code: 'INTERNAL', key: 'error.host.internal' },
        });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${String(port)}`;
  return {
    url: `${origin}/?s=${printedSecret}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        changes.close();
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
