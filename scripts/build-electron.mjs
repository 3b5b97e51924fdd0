// Bundles the Electron main process and preload (CommonJS, as Electron loads them).
// `node scripts/build-electron.mjs` writes dist-electron/; tests import buildElectron(outdir).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };

export async function buildElectron(outdir = 'dist-electron') {
  await build({ ...common, entryPoints: ['electron/main.ts'], outfile: `${outdir}/main.cjs`, external: ['electron', 'better-sqlite3', 'subset-font', 'harfbuzzjs', '@pdf-lib/fontkit'] });
  // The sandboxed preload may only require('electron').
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: `${outdir}/preload.cjs`, external: ['electron'] });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildElectron();
