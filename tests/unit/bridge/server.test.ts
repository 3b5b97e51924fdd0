import { describe, expect, it, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { startBridge, type Bridge } from '../../../electron/bridge/server';
import { openTestEnv, tempDir } from '../helpers';

let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

let rendererDir = '';
async function start(opts: { maxBodyBytes?: number } = {}) {
  const { handlers } = await openTestEnv();
  rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>伴走</title>');
  bridge = await startBridge({ handlers, rendererDir, log: () => undefined, ...opts });
  return bridge;
}

/** A raw request (fetch would refuse or rewrite some of these headers and paths). */
function raw(b: Bridge, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: new URL(b.origin).port, path: opts.path, method: opts.method ?? 'POST', headers: opts.headers ?? {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(opts.method === 'GET' ? undefined : (opts.body ?? '{}'));
  });
}

const post = (b: Bridge, method: string, body: unknown, token: string | null = b.token) =>
  fetch(`${b.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('loopback bridge', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token in the fragment', async () => {
    const b = await start();
    expect(b.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(b.url).toBe(`${b.origin}/#token=${b.token}`);
    expect(b.token.length).toBeGreaterThanOrEqual(32);
    expect((b.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('refuses calls without the token (401) or with a wrong one', async () => {
    const b = await start();
    expect((await post(b, 'listClients', {}, null)).status).toBe(401);
    expect((await post(b, 'listClients', {}, 'x'.repeat(b.token.length))).status).toBe(401);
    expect((await post(b, 'listClients', {})).status).toBe(200);
  });

  it('runs the same handlers: POST /api/<method> with JSON', async () => {
    const b = await start();
    const res = await post(b, 'createClient', { name: '株式会社A工務店' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { name: '株式会社A工務店' } });
    const bad = await post(b, 'createClient', { name: 3 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await post(b, 'createClient', '{not json')).status).toBe(400);
    expect((await post(b, 'nope', {})).status).toBe(404);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const b = await start();
    const status = await new Promise<number>((resolve) => {
      const port = new URL(b.origin).port;
      const req = http.request({ host: '127.0.0.1', port, path: '/api/listClients', method: 'POST', headers: { host: 'evil.example:80', authorization: `Bearer ${b.token}` } }, (res) => resolve(res.statusCode ?? 0));
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('serves the renderer with a strict CSP, and no path escapes its folder', async () => {
    const b = await start();
    const res = await fetch(`${b.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.text()).toContain('伴走');
    const escape = await fetch(`${b.origin}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).not.toContain('root:');
    // A sibling folder whose name starts like the renderer's is outside it too.
    const sibling = `${rendererDir}-evil`;
    fs.mkdirSync(sibling);
    fs.writeFileSync(path.join(sibling, 'secret.txt'), 'SECRET');
    const side = await fetch(`${b.origin}/..%2f${path.basename(sibling)}%2fsecret.txt`);
    expect(await side.text()).not.toContain('SECRET');
    fs.rmSync(sibling, { recursive: true, force: true });
  });

  it('refuses API calls from a foreign Origin (403) but accepts its own origin and clients that send none', async () => {
    const b = await start();
    const port = new URL(b.origin).port;
    const auth = { authorization: `Bearer ${b.token}`, 'content-type': 'application/json' };
    const call = (headers: Record<string, string>) => raw(b, { path: '/api/listClients', headers: { ...auth, ...headers } });
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${Number(port) + 1}`, `https://127.0.0.1:${port}`, `http://127.0.0.1.evil.example:${port}`]) {
      const res = await call({ origin });
      expect(res.status, origin).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    // A browser marks a request from another site even where it leaves Origin out.
    expect((await call({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await call({ origin: b.origin, 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await call({ origin: b.origin, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await call({ origin: `http://localhost:${port}`, host: `localhost:${port}` })).status).toBe(200);
    expect((await call({})).status).toBe(200); // CLI and tests: no Origin, the token still required
    // A foreign page without the token is refused too, and GET stays 405.
    expect((await raw(b, { path: '/api/listClients', headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await raw(b, { method: 'GET', path: '/api/listClients', headers: auth })).status).toBe(405);
  });

  it('answers an oversize body with 413 and a JSON error instead of resetting the connection', async () => {
    const b = await start({ maxBodyBytes: 1024 });
    const big = JSON.stringify({ name: 'あ'.repeat(200_000) });
    // Streamed (no Content-Length known up front) …
    const streamed = await fetch(`${b.origin}/api/createClient`, {
      method: 'POST',
      headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('大きすぎ') } });
    // … and declared in Content-Length.
    const declared = await post(b, 'createClient', big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    // The bridge still answers afterwards, and nothing was created.
    const list = await post(b, 'listClients', {});
    expect(await list.json()).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('at the default limit (64 MiB) too, an oversize body gets 413, not a reset', async () => {
    const b = await start();
    const res = await fetch(`${b.origin}/api/createClient`, {
      method: 'POST',
      headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json' },
      body: new Blob([new Uint8Array(64 * 1024 * 1024 + 1)]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('answers a bad % escape with 400, in API and static paths alike', async () => {
    const b = await start();
    const api = await raw(b, { path: '/api/%E0%A4%A', headers: { authorization: `Bearer ${b.token}` } });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await raw(b, { method: 'GET', path: '/%E0%A4%A' })).status).toBe(400);
    expect((await raw(b, { method: 'GET', path: '/assets/%zz.js' })).status).toBe(400);
    expect((await fetch(`${b.origin}/`)).status).toBe(200);
  });

  it('addFollowUp for an unknown application is NOT_FOUND, not an internal error', async () => {
    const b = await start();
    const client = (await (await post(b, 'createClient', { name: '株式会社A工務店' })).json()) as { value: { id: string } };
    const res = await post(b, 'addFollowUp', { applicationId: '00000000-0000-4000-8000-000000000000', clientId: client.value.id, date: '2026-04-01' });
    expect(res.status).not.toBe(500);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('申請') } });
    // A visit not tied to an application still works; one tied to another client's application is refused.
    const free = await post(b, 'addFollowUp', { applicationId: null, clientId: client.value.id, date: '2026-04-01' });
    expect(await free.json()).toMatchObject({ ok: true, value: { applicationId: null } });
    const app = (await (await post(b, 'createApplication', { clientId: client.value.id, programId: 'jizokuka', templateId: 'jizokuka-t' })).json()) as { value: { id: string } };
    const tied = await post(b, 'addFollowUp', { applicationId: app.value.id, clientId: client.value.id, date: '2026-04-02' });
    expect(await tied.json()).toMatchObject({ ok: true, value: { applicationId: app.value.id } });
    const other = (await (await post(b, 'createClient', { name: 'B縫製株式会社' })).json()) as { value: { id: string } };
    const crossed = await post(b, 'addFollowUp', { applicationId: app.value.id, clientId: other.value.id, date: '2026-04-03' });
    expect(await crossed.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
