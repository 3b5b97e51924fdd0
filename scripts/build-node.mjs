// Bundles the Node entry points of browser mode and the CLI (ES modules) into dist-node/, so starting
// them transpiles nothing: `npm run serve` and `npm run cli` run these bundles (rebuilt when a source is
// newer). `node scripts/build-node.mjs` builds; tests import buildNode() and nodeBundleStale().
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// pdfWorker: the PDF writer's worker thread (electron/export/pdf/worker.ts), loaded from beside the bundle.
const ENTRIES = { serve: 'electron/serve.ts', cli: 'electron/cli/main.ts', pdfWorker: 'electron/export/pdf/worker.ts' };
const SOURCES = ['electron', 'shared', 'package.json'];
export const NODE_OUT = 'dist-node';

/** Native and wasm-loading packages stay outside the bundle (resolved from node_modules at run time). */
const external = ['electron', 'better-sqlite3', 'subset-font', 'harfbuzzjs', '@pdf-lib/fontkit', 'exceljs', 'pg', 'pg-native'];

/** How every Node bundle is built (tests and benches build their harnesses the same way). */
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external,
  // The PDF writer starts its worker from this file, beside the bundle (electron/export/pdf/index.ts).
  define: { __BANSO_PDF_WORKER__: JSON.stringify('pdfWorker.mjs') },
  // Bundled CommonJS code may require(): give it a real require in the ES module.
  banner: { js: "import { createRequire as __bansoCreateRequire } from 'node:module'; const require = __bansoCreateRequire(import.meta.url);" },
};

export async function buildNode(outdir = NODE_OUT) {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    await build({ ...nodeBundleOptions, entryPoints: [entry], outfile: path.join(outdir, `${name}.mjs`) });
  }
}

function newest(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of fs.readdirSync(p)) if (e !== 'node_modules') m = Math.max(m, newest(path.join(p, e)));
  return m;
}

/** A bundle older than any source file (or missing) is stale. */
export function nodeBundleStale(outdir = NODE_OUT) {
  const built = Object.keys(ENTRIES).map((n) => path.join(outdir, `${n}.mjs`));
  if (!built.every((f) => fs.existsSync(f))) return true;
  const oldest = Math.min(...built.map((f) => fs.statSync(f).mtimeMs));
  return SOURCES.some((s) => fs.existsSync(s) && newest(s) > oldest);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildNode();
