import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getOrganisationSettings } from '../../db/settings';
import { startHost, tokenHeader, type RunningHost } from '../../electron/host/server';
import { openContext, type OpenedContext } from '../../electron/services/open';
import { useTempDir, validSettings } from '../helpers/temp';

const tempDir = useTempDir();
let host: RunningHost | null = null;
let opened: OpenedContext | null = null;

afterEach(async () => {
  await host?.close();
  await opened?.close();
  host = null;
  opened = null;
});

async function start() {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head></head><body></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  opened = await openContext(join(dir, 'dpo-desk.sqlite'), { actor: 'test' });
  host = await startHost({ ctx: opened.ctx, rendererDir, log: () => undefined });
  return { host, ctx: opened.ctx };
}

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Raw HTTP, so the Host and Origin headers are exactly what an attacker could send. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function apiCall(
  running: RunningHost,
  name: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return send(running.port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: {
      'content-type': 'application/json',
      host: `127.0.0.1:${String(running.port)}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

/** Opens the address printed at launch, as the user does: its secret becomes a session cookie. */
async function session(running: RunningHost): Promise<string> {
  const exchange = await send(running.port, {
    path: new URL(running.url).pathname + new URL(running.url).search,
    headers: { host: `127.0.0.1:${String(running.port)}` },
  });
  expect(exchange.status).toBe(303);
  expect(exchange.headers.location).toBe('/');
  const setCookie = String(exchange.headers['set-cookie'] ?? '');
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  return setCookie.split(';')[0] ?? '';
}

describe('the browser host', () => {
  it('hands the page (and its token) only to whoever opened the address printed at launch, once', async () => {
    const { host: running } = await start();
    const hostHeader = { host: `127.0.0.1:${String(running.port)}` };
    // Any local process asking for "/" gets no token.
    const anonymous = await send(running.port, { path: '/', headers: hostHeader });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).not.toContain(running.token);
    // It says what to do, in French and in English (no language is chosen yet).
    expect(anonymous.body).toContain('Ouvrez l’adresse affichée au lancement de l’hôte');
    expect(anonymous.body).toContain(
      '<p lang="en">Open the address printed when the host was launched (it works only once).</p>',
    );
    const cookie = await session(running);
    expect(
      (await send(running.port, { path: '/', headers: { ...hostHeader, cookie } })).body,
    ).toContain(running.token);
    // The secret serves once: a second process replaying it gets nothing.
    const replay = await send(running.port, {
      path: new URL(running.url).pathname + new URL(running.url).search,
      headers: hostHeader,
    });
    expect(replay.status).toBe(401);
    expect(replay.body).not.toContain(running.token);
    const forged = await send(running.port, {
      path: '/',
      headers: { ...hostHeader, cookie: `dpo-session=${'a'.repeat(64)}` },
    });
    expect(forged.status).toBe(401);
  });

  it('answers 400 to a malformed address and refuses an oversized body before reading it', async () => {
    const { host: running, ctx } = await start();
    const hostHeader = { host: `127.0.0.1:${String(running.port)}` };
    expect((await send(running.port, { path: '/%E0%A4%A', headers: hostHeader })).status).toBe(400);
    expect(
      (await send(running.port, { method: 'POST', path: '/api/%ZZ', headers: hostHeader })).status,
    ).toBe(400);
    // Announced too large: refused from Content-Length, nothing read.
    const announced = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: running.port,
          method: 'POST',
          path: '/api/settings.save',
          headers: {
            ...hostHeader,
            [tokenHeader]: running.token,
            'content-type': 'application/json',
            'content-length': String(100 * 1024 * 1024),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{');
    });
    expect(announced).toBe(413);
    // Streamed without a length: refused once past the limit.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: running.port,
          method: 'POST',
          path: '/api/settings.save',
          headers: { ...hostHeader, [tokenHeader]: running.token, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', () => undefined);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 60 && req.write(chunk)) sent++;
        if (sent < 60) req.once('drain', pump);
      };
      pump();
      setTimeout(() => reject(new Error('no answer')), 20_000).unref();
    });
    expect(streamed).toBe(413);
    expect(await getOrganisationSettings(ctx.db)).toBeNull();
  });

  it('listens on 127.0.0.1 and serves the page with a per-launch token and the bridge', async () => {
    const { host: running } = await start();
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?s=[0-9a-f]{64}$/);
    const cookie = await session(running);
    const page = await send(running.port, {
      path: '/',
      headers: { host: `127.0.0.1:${String(running.port)}`, cookie },
    });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="dpo-host-token" content="${running.token}" />`);
    expect(page.body).toContain('<script src="/dpo-bridge.js"></script>');
    const bridge = await send(running.port, {
      path: '/dpo-bridge.js',
      headers: { host: `127.0.0.1:${String(running.port)}` },
    });
    expect(bridge.body).toContain('"settings.save"');
    expect(bridge.body).not.toContain(running.token);
  });

  it('listens on loopback only: not reachable at any other address of the machine', async () => {
    const { host: running } = await start();
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && !address.internal && address.family === 'IPv4')
      .map((address) => address?.address ?? '');
    for (const address of others) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: running.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => {
          resolve(false);
        });
      });
      // A server bound to all interfaces would answer here.
      expect(reached, address).toBe(false);
    }
  });

  it('gives a different token at each launch', async () => {
    const first = (await start()).host.token;
    await host?.close();
    await opened?.close();
    const second = (await start()).host.token;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).not.toBe(first);
  });

  it('answers the contract with the token, through the same validation', async () => {
    const { host: running, ctx } = await start();
    const saved = await apiCall(running, 'settings.save', validSettings, {
      [tokenHeader]: running.token,
    });
    expect(saved.status).toBe(200);
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, value: { siren: '732829320' } });
    const invalid = await apiCall(
      running,
      'settings.save',
      { ...validSettings, siren: '1' },
      { [tokenHeader]: running.token },
    );
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await getOrganisationSettings(ctx.db))?.siren).toBe('732829320');
  });

  it('streams the changes of each committed write to an open page, and to nobody else', async () => {
    const { host: running } = await start();
    const hostHeader = { host: `127.0.0.1:${String(running.port)}` };
    expect((await send(running.port, { path: '/events', headers: hostHeader })).status).toBe(401);
    const cookie = await session(running);
    const heard = await new Promise<string>((resolve, reject) => {
      const stream = request(
        {
          host: '127.0.0.1',
          port: running.port,
          path: '/events',
          headers: { ...hostHeader, cookie },
        },
        (res) => {
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('data:')) {
              stream.destroy();
              resolve(text);
            }
          });
          // Once the stream is open, a write from another caller.
          void apiCall(running, 'settings.save', validSettings, { [tokenHeader]: running.token });
        },
      );
      stream.on('error', reject);
      stream.end();
    });
    const data = heard.split('\n').find((line) => line.startsWith('data: ')) ?? '';
    expect(JSON.parse(data.slice('data: '.length))).toEqual({ topics: ['letters', 'settings'] });
  });

  it('refuses a call without the token, or with a wrong one, and writes nothing', async () => {
    const { host: running, ctx } = await start();
    const without = await apiCall(running, 'settings.save', validSettings);
    expect(without.status).toBe(401);
    expect(JSON.parse(without.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await apiCall(running, 'settings.save', validSettings, {
      [tokenHeader]: 'a'.repeat(64),
    });
    expect(wrong.status).toBe(401);
    expect(await getOrganisationSettings(ctx.db)).toBeNull();
  });

  it('refuses another origin and another host name (DNS rebinding)', async () => {
    const { host: running, ctx } = await start();
    const origin = await apiCall(running, 'settings.save', validSettings, {
      [tokenHeader]: running.token,
      origin: 'http://evil.example',
    });
    expect(origin.status).toBe(403);
    const rebound = await apiCall(running, 'settings.save', validSettings, {
      [tokenHeader]: running.token,
      host: `evil.example:${String(running.port)}`,
    });
    expect(rebound.status).toBe(403);
    const page = await send(running.port, {
      path: '/',
      headers: { host: `localhost:${String(running.port)}` },
    });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(running.token);
    expect(await getOrganisationSettings(ctx.db)).toBeNull();
  });

  it('serves only the renderer folder', async () => {
    const { host: running } = await start();
    const hostHeader = { host: `127.0.0.1:${String(running.port)}` };
    expect((await send(running.port, { path: '/assets/app.js', headers: hostHeader })).status).toBe(
      200,
    );
    expect((await send(running.port, { path: '/../secret.txt', headers: hostHeader })).status).toBe(
      404,
    );
    expect(
      (await send(running.port, { path: '/%2e%2e/secret.txt', headers: hostHeader })).status,
    ).toBe(404);
    expect(
      (await send(running.port, { path: '/api/settings.get', headers: hostHeader })).status,
    ).toBe(405);
  });

  it('answers malformed JSON with VALIDATION', async () => {
    const { host: running } = await start();
    const reply = await send(running.port, {
      method: 'POST',
      path: '/api/settings.save',
      headers: { host: `127.0.0.1:${String(running.port)}`, [tokenHeader]: running.token },
      body: '{pas du json',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('files through the browser host', () => {
  it('takes the file the browser chose with the call, and sends a stored document back to open', async () => {
    const { host: running, ctx } = await start();
    const { emptyProcessor } = await import('../../shared/schemas/processor');
    const saved = await apiCall(
      running,
      'processors.save',
      { processor: { ...emptyProcessor(), name: 'Hébergeur' } },
      { [tokenHeader]: running.token },
    );
    const id = (JSON.parse(saved.body) as { value: { id: string } }).value.id;
    const content = Buffer.from('%PDF-1.4\ncontrat');
    const attached = await apiCall(
      running,
      'processors.attachContract',
      {
        input: { id },
        file: { name: 'contrat.pdf', size: content.length, base64: content.toString('base64') },
      },
      { [tokenHeader]: running.token },
    );
    expect(JSON.parse(attached.body)).toMatchObject({
      ok: true,
      value: { contractDocument: { fileName: 'contrat.pdf', size: content.length } },
    });
    const opened = await apiCall(
      running,
      'processors.openContract',
      { id },
      { [tokenHeader]: running.token },
    );
    expect(JSON.parse(opened.body)).toEqual({
      ok: true,
      value: { fileName: 'contrat.pdf' },
      download: {
        fileName: 'contrat.pdf',
        mimeType: 'application/pdf',
        base64: content.toString('base64'),
      },
    });

    const tooBig = await apiCall(
      running,
      'processors.attachContract',
      { input: { id }, file: { name: 'gros.pdf', size: 30 * 1024 * 1024 } },
      { [tokenHeader]: running.token },
    );
    expect(JSON.parse(tooBig.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unreadable = await apiCall(
      running,
      'processors.attachContract',
      { input: { id }, file: { name: 'illisible.pdf', size: 10, unreadable: true } },
      { [tokenHeader]: running.token },
    );
    expect(JSON.parse(unreadable.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const rows = await ctx.db.selectFrom('attachment').select('file_name').execute();
    expect(rows).toEqual([{ file_name: 'contrat.pdf' }]);
  });
});
