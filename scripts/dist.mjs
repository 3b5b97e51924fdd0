// npm run dist: build, rebuild better-sqlite3 for Electron's ABI, package, then rebuild it for Node
// again so `npm test` keeps working in this checkout. Needs the network (Electron headers, binaries).
import { createRequire } from 'node:module';
import { run } from './lib.mjs';

const require = createRequire(import.meta.url);
const builder = require.resolve('electron-builder/cli.js');
const steps = [
  ['npm', ['run', 'build']],
  [process.execPath, [builder, 'install-app-deps']],
  [process.execPath, [builder, ...process.argv.slice(2)]],
];
let ok = true;
for (const [cmd, args] of steps) {
  if (!run(cmd, args)) {
    ok = false;
    break;
  }
}
run('npm', ['rebuild', 'better-sqlite3']);
if (!ok) console.error('Banso: packaging failed (see above).');
process.exit(ok ? 0 : 1);
