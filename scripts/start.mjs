// npm start: builds, then opens the Electron window. Where Electron's binary cannot be had (offline,
// locked-down network) or better-sqlite3 cannot be built for it, says so in one line and falls back
// to browser mode, so the main job always runs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildRenderer, run, startServe } from './lib.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

if (!buildRenderer() || !run(process.execPath, ['scripts/build-electron.mjs'])) {
  console.error('Banso: the build failed (see above).');
  process.exit(1);
}

function fallback(reason) {
  console.error(`Banso: Electron is not available here (${reason}); starting browser mode instead — open the URL below.`);
  void startServe(args, { open: true });
}

/** Electron's binary: resolving the package downloads it on first use; that can fail offline. */
function electronBinary() {
  const r = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] });
  const bin = (r.stdout ?? '').trim();
  if (r.status !== 0 || !bin || !fs.existsSync(bin)) return { error: 'its binary could not be downloaded' };
  return { bin };
}

/** better-sqlite3 built for Electron's ABI, kept apart from the Node build that tests use. */
function nativeBindingForElectron() {
  const version = require('electron/package.json').version;
  const dir = path.resolve('.cache', 'electron-native', version);
  const file = path.join(dir, 'better_sqlite3.node');
  if (fs.existsSync(file)) return { file };
  const work = path.join(dir, 'build');
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), work, { recursive: true });
  const ok = run(process.execPath, [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'], { cwd: work });
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!ok || !fs.existsSync(built)) return { error: 'better-sqlite3 could not be built for Electron' };
  fs.copyFileSync(built, file);
  fs.rmSync(work, { recursive: true, force: true });
  return { file };
}

const electron = electronBinary();
if (electron.error) fallback(electron.error);
else {
  const native = nativeBindingForElectron();
  if (native.error) fallback(native.error);
  else {
    const child = spawn(electron.bin, ['.'], { stdio: 'inherit', env: { ...process.env, BANSO_NATIVE_BINDING: native.file, BANSO_EMPTY: args.includes('--empty') ? '1' : process.env.BANSO_EMPTY ?? '' } });
    child.on('exit', (code) => process.exit(code ?? 0));
  }
}
