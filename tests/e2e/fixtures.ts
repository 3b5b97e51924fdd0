import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';


export interface BansoServer {
  url: string;
  dataDir: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Browser mode as `npm run serve` runs it: the pre-built Node bundle. Each test run builds its own copy
 * (inside the checkout, so node_modules resolve), so it always matches the sources and parallel runs do
 * not overwrite each other's.
 */
let bundle: Promise<string> | undefined;
function serveBundle(): Promise<string> {
  bundle ??= (async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const dir = path.join(root, '.cache', `e2e-node-${process.pid}`);
    const { buildNode } = (await import(pathToFileURL(path.join(root, 'scripts/build-node.mjs')).href)) as { buildNode: (dir: string) => Promise<void> };
    await buildNode(dir);
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    return path.join(dir, 'serve.mjs');
  })();
  return bundle;
}

/** Starts browser mode on a random port with its own data directory; resolves with the printed URL. */
export async function startServer(opts: { dataDir?: string; empty?: boolean; databaseUrl?: string; demo?: boolean } = {}): Promise<BansoServer> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'banso-e2e-'));
  const args = [...(opts.empty ? ['--empty'] : []), ...(opts.demo ? ['--demo'] : []), ...(opts.databaseUrl ? ['--database-url', opts.databaseUrl] : [])];
  const proc = spawn(process.execPath, [await serveBundle(), '--port', '0', ...args], {
    env: { ...process.env, BANSO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in time. stderr:\n${stderr}`)), 30_000);
    const rl = createInterface({ input: proc.stdout! });
    rl.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    proc.once('exit', (code) => reject(new Error(`browser mode exited with ${code}. stderr:\n${stderr}`)));
  });
  return {
    url,
    dataDir,
    proc,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

export const test = base.extend<{ server: BansoServer }>({
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Clicks `button` and keeps the file it downloads (as .json, beside Playwright's copy); returns its path. */
export async function download(page: Page, button: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = `${await d.path()}.json`;
  fs.copyFileSync(await d.path(), file);
  return file;
}

/** A section's button in the wizard's list of 項目. */
export const sectionButton = (page: Page, name: RegExp) => page.getByRole('navigation', { name: '項目' }).getByRole('button', { name });
