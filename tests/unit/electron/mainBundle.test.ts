import { describe, expect, it, onTestFinished } from 'vitest';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The bundled Electron main process, run under plain Node with a stand-in `electron` module: the
 * window's security settings, the session's locks, and the one IPC channel (typed, zod-checked, refusing
 * other pages). The real window is covered by tests/e2e/electron.spec.ts where the binary exists.
 */
describe('Electron main bundle', () => {
  it('locks the window down and serves the typed API over one IPC channel', async () => {
    // Inside the checkout, so the bundle's external modules (better-sqlite3 …) resolve from node_modules.
    fs.mkdirSync(path.join(root, '.cache'), { recursive: true });
    const out = fs.mkdtempSync(path.join(root, '.cache', 'main-bundle-'));
    onTestFinished(() => fs.rmSync(out, { recursive: true, force: true }));
    const { buildElectron } = (await import(path.join(root, 'scripts/build-electron.mjs'))) as { buildElectron: (dir: string) => Promise<void> };
    const cwd = process.cwd();
    process.chdir(root);
    try {
      await buildElectron(out);
    } finally {
      process.chdir(cwd);
    }
    const script = `
      require(${JSON.stringify(path.join(root, 'tests/unit/electron/electronStub.cjs'))});
      require(${JSON.stringify(path.join(out, 'main.cjs'))});
      setTimeout(async () => {
        const rec = globalThis.__electron;
        const call = rec.ipc['banso:api'];
        // The back end starts in its own process: wait for it to answer.
        for (let i = 0; i < 100 && !(await call({ senderFrame: { url: 'file://' + ${JSON.stringify(root)} + '/dist/renderer/index.html' } }, 'getAppInfo', {})).ok; i++) await new Promise((r) => setTimeout(r, 100));
        const own = { senderFrame: { url: 'file://' + ${JSON.stringify(root)} + '/dist/renderer/index.html' } };
        const nav = { prevented: 0 };
        const contents = { on: (e, f) => e !== 'devtools-opened' && f({ preventDefault: () => nav.prevented++ }), setWindowOpenHandler: (f) => { nav.open = f({ url: 'https://example.com/' }); } };
        rec.appHandlers['web-contents-created']({}, contents);
        let permission;
        rec.session.permission(null, 'geolocation', (v) => { permission = v; });
        let cancelled;
        rec.session.request({ url: 'https://example.com/x.js' }, (r) => { cancelled = r.cancel; });
        let headers;
        rec.session.headers({ responseHeaders: {} }, (r) => { headers = r.responseHeaders; });
        const result = {
          prefs: rec.windows[0].webPreferences,
          loaded: rec.loaded,
          list: await call(own, 'listClients', {}),
          foreign: await call({ senderFrame: { url: 'https://evil.example/' } }, 'listClients', {}),
          bad: await call(own, 'createClient', { name: 42 }),
          unknown: await call(own, 'dropEverything', {}),
          nav, permission, cancelled, csp: headers['Content-Security-Policy'],
        };
        process.stdout.write(JSON.stringify(result));
        rec.backend.kill();
        process.exit(0);
      }, 500);`;
    // The store and the handlers live in the back end's process: the main bundle never loads them,
    // so no import, export or Excel parse can block the window.
    const mainJs = fs.readFileSync(path.join(out, 'main.cjs'), 'utf8');
    expect(mainJs).not.toMatch(/better-sqlite3|pdf-lib|exceljs|dispatch\(/);
    expect(fs.readFileSync(path.join(out, 'backend.cjs'), 'utf8')).toContain('better-sqlite3');
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, STUB_APP_PATH: root, STUB_DATA: tempDir() } });
    expect(r.stderr).not.toMatch(/Error/);
    const res = JSON.parse(r.stdout) as Record<string, unknown> & { prefs: Record<string, unknown>; list: { ok: boolean; value: { total: number } }; foreign: { error: { code: string } }; bad: { error: { code: string; message: string } }; unknown: { error: { code: string } }; nav: { prevented: number; open: { action: string } } };
    expect(res.prefs).toMatchObject({ contextIsolation: true, nodeIntegration: false, sandbox: true, webSecurity: true, plugins: false, devTools: true });
    expect(res.loaded).toBe(path.join(root, 'dist', 'renderer', 'index.html'));
    expect(res.list.ok).toBe(true);
    expect(res.list.value.total).toBe(3); // the demo clients
    expect(res.foreign.error.code).toBe('UNAUTHORIZED');
    expect(res.bad.error.code).toBe('BAD_INPUT');
    expect(res.bad.error.message).toContain('name');
    expect(res.unknown.error.code).toBe('UNKNOWN_METHOD');
    expect(res.nav.prevented).toBeGreaterThanOrEqual(2); // will-navigate, will-redirect, will-attach-webview
    expect(res.nav.open).toEqual({ action: 'deny' });
    expect(res.permission).toBe(false);
    expect(res.cancelled).toBe(true);
    expect(res.csp).toEqual([expect.stringContaining("default-src 'none'")]);
  }, 120_000);
});
