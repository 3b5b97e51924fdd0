import { test, expect, _electron as electron } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Electron binary, if this machine has it (it is downloaded on first use; offline machines lack it). */
function electronBinary(): string | undefined {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return undefined;
  const bin = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(bin) ? bin : undefined;
}

function nativeBinding(): string | undefined {
  const version = (require('electron/package.json') as { version: string }).version;
  const file = path.resolve('.cache', 'electron-native', version, 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
}

const bin = electronBinary();
const binding = nativeBinding();

test('Electron window opens locked down, with the client list', async () => {
  test.skip(!bin, 'Electron binary not present on this machine (it cannot be downloaded here); run `npm start` once on a networked machine to fetch it.');
  test.skip(!binding, 'better-sqlite3 has not been built for Electron yet; `npm start` builds it once (needs Electron headers from the network).');
  fs.existsSync('dist-electron/main.cjs') || test.skip(true, 'Electron main not built: run `npm run build`.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-electron-'));
  const app = await electron.launch({ executablePath: bin!, args: ['.'], env: { ...process.env, BANSO_DATA_DIR: dataDir, BANSO_NATIVE_BINDING: binding! } });
  try {
    const win = await app.firstWindow();
    await expect(win.getByRole('heading', { name: '事業者' })).toBeVisible();
    expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await win.evaluate(() => Object.keys((window as unknown as { api?: object }).api ?? {}))).toEqual(['invoke']);
    // No Node in the page (nodeIntegration off, sandbox on); the preload's world is separate (contextIsolation).
    expect(await win.evaluate(() => typeof (globalThis as unknown as { process?: unknown }).process)).toBe('undefined');
    // Navigation away is blocked.
    await win.evaluate(() => { window.location.href = 'https://example.com/'; });
    await expect(win.getByRole('heading', { name: '事業者' })).toBeVisible();
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
