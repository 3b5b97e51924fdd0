// Bundles the Electron main process, the back end and the preload (CommonJS, as Electron loads them).
// `node scripts/build-electron.mjs` writes dist-electron/; tests import buildElectron(outdir).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };

export async function buildElectron(outdir = 'dist-electron') {
  const external = ['electron', 'better-sqlite3', 'subset-font', 'harfbuzzjs', '@pdf-lib/fontkit', 'exceljs'];
  await build({ ...common, entryPoints: ['electron/main.ts'], outfile: `${outdir}/main.cjs`, external });
  // The back end (store + handlers) runs in Electron's utilityProcess, off the window's main process.
  // PDFs are made in a worker thread beside it (electron/export/pdf/worker.ts), so saves never wait for one.
  await build({ ...common, entryPoints: ['electron/backend.ts'], outfile: `${outdir}/backend.cjs`, external, define: { __BANSO_PDF_WORKER__: JSON.stringify('pdfWorker.cjs') } });
  await build({ ...common, entryPoints: ['electron/export/pdf/worker.ts'], outfile: `${outdir}/pdfWorker.cjs`, external });
  // The sandboxed preload may only require('electron').
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: `${outdir}/preload.cjs`, external: ['electron'] });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildElectron();
