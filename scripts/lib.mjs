// Helpers shared by start.mjs and serve.mjs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Runs a command with its output on stderr (so stdout stays free for the browser-mode URL). */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 2, 2], ...opts });
  return r.status === 0;
}

export function buildRenderer() {
  return run(process.execPath, [require.resolve('vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
}

export function rendererBuilt() {
  return fs.existsSync('dist/renderer/index.html');
}

/** Starts browser mode (electron/serve.ts under tsx), passing its output through. */
export function startServe(args) {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'electron/serve.ts', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}
