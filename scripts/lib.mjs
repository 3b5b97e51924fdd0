// Helpers shared by start.mjs and serve.mjs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Runs a command with its output on stderr (so stdout stays free for the browser-mode URL). */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 2, 2], ...opts });
  return r.status === 0;
}

export function buildRenderer() {
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  return run(process.execPath, [vite, 'build', '--logLevel', 'warn']);
}

export function rendererBuilt() {
  return fs.existsSync('dist/renderer/index.html');
}

/** Opens a URL in the user's browser; silently does nothing where there is none. */
function openInBrowser(url) {
  const [cmd, args] = process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    spawn(cmd, args, { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
  } catch {
    /* no browser here: the URL is printed */
  }
}

/** The Node bundles (dist-node/: browser mode, CLI), rebuilt only when a source is newer. */
export async function ensureNodeBundle() {
  const { buildNode, nodeBundleStale } = await import('./build-node.mjs');
  if (nodeBundleStale()) await buildNode();
}

/** Starts browser mode (the pre-built bundle: nothing is transpiled at start), passing its output through; optionally opens the URL. */
export async function startServe(args, { open = false } = {}) {
  await ensureNodeBundle();
  const child = spawn(process.execPath, ['dist-node/serve.mjs', ...args], { stdio: ['inherit', 'pipe', 'inherit'] });
  let first = true;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (first && open && !process.env.CI) openInBrowser(String(chunk).split('\n')[0].trim());
    first = false;
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}
