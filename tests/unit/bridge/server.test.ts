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
async function start() {
  const { handlers } = openTestEnv();
  rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>伴走</title>');
  bridge = await startBridge({ handlers, rendererDir, log: () => undefined });
  return bridge;
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
});
