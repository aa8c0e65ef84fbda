import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { apiNames } from '../../shared/api';
import type { Result } from '../../shared/errors';
import { contentSecurityPolicy } from '../app/security';
import type { Context } from '../services/context';
import { dispatch } from '../services/dispatch';

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
const maxBodyBytes = 2 * 1024 * 1024;

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

/** The bridge gives the page the same `window.dpo` shape as the preload, over fetch. */
function bridgeScript(): string {
  return `(() => {
  const token = document.querySelector('meta[name="dpo-host-token"]').content;
  const names = ${JSON.stringify(apiNames)};
  const dpo = {};
  for (const name of names) {
    const [ns, method] = name.split('.');
    dpo[ns] = dpo[ns] || {};
    dpo[ns][method] = async (input) => {
      try {
        const response = await fetch('/api/' + name, {
          method: 'POST',
          headers: { 'content-type': 'application/json', '${tokenHeader}': token },
          body: JSON.stringify(input === undefined ? {} : input),
        });
        return await response.json();
      } catch (error) {
        return { ok: false, error: { code: 'INTERNAL', message: String(error) } };
      }
    };
  }
  window.dpo = Object.freeze(dpo);
})();
`;
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

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  send(response, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function refuse(response: ServerResponse, status: number, message: string): void {
  sendResult(response, status, { ok: false, error: { code: 'UNAUTHORIZED', message } });
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(32).toString('hex');
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

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    // DNS rebinding: only the literal loopback address we listen on is accepted.
    if (request.headers.host !== origin.slice('http://'.length)) {
      refuse(response, 403, 'Hôte refusé.');
      return;
    }
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      refuse(response, 403, 'Origine refusée.');
      return;
    }
    const url = new URL(request.url ?? '/', origin);

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') {
        refuse(response, 405, 'Méthode refusée.');
        return;
      }
      if (!sameToken(request.headers[tokenHeader], token)) {
        refuse(response, 401, 'Jeton absent ou invalide.');
        return;
      }
      const body = await readBody(request);
      if (body === null) {
        sendResult(response, 413, {
          ok: false,
          error: { code: 'VALIDATION', message: 'Requête trop volumineuse.' },
        });
        return;
      }
      let input: unknown;
      try {
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        sendResult(response, 400, {
          ok: false,
          error: { code: 'VALIDATION', message: 'Corps JSON invalide.' },
        });
        return;
      }
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      sendResult(response, 200, await dispatch(options.ctx, name, input, options.log));
      return;
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      refuse(response, 405, 'Méthode refusée.');
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      send(response, 200, page, mimeTypes['.html'] ?? 'text/html');
      return;
    }
    if (url.pathname === '/dpo-bridge.js') {
      send(response, 200, bridgeScript(), mimeTypes['.js'] ?? 'text/javascript');
      return;
    }
    const file = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
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
          error: { code: 'INTERNAL', message: 'Erreur interne inattendue.' },
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
    url: `${origin}/`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
