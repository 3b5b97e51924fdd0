/** Builds what bench:ui runs: the Node bundle (scripts/build-node.mjs → dist-node/) and the renderer (into a temp folder). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export async function buildNodeBundle(root: string): Promise<string> {
  const { buildNode } = (await import(pathToFileURL(path.join(root, 'scripts', 'build-node.mjs')).href)) as { buildNode: (outdir?: string) => Promise<void> };
  const cwd = process.cwd();
  process.chdir(root); // the build script names its entries relative to the checkout
  try {
    await buildNode();
  } finally {
    process.chdir(cwd);
  }
  return path.join(root, 'dist-node', 'serve.mjs');
}

export function buildRenderer(root: string, outDir: string): void {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error('bench:ui: building the renderer failed (see above)');
}

export interface ChunkSizes {
  /** The entry script index.html loads (raw and gzip bytes). */
  main: { bytes: number; gzip: number };
  /** The entry with the scripts index.html preloads for it: what is evaluated before the first screen. */
  startup: { bytes: number; gzip: number; files: number };
  /** Every script the build wrote. */
  scripts: number;
  allJsBytes: number;
}

export function chunkSizes(outDir: string): ChunkSizes {
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('bench:ui: no entry script in index.html');
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const read = (f: string) => fs.readFileSync(path.join(outDir, f));
  const main = read(entry);
  const startup = [entry, ...preloads].map(read);
  const js = fs.readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
  const allJsBytes = js.reduce((n, f) => n + fs.statSync(path.join(outDir, 'assets', f)).size, 0);
  return {
    main: { bytes: main.length, gzip: gzipSync(main).length },
    startup: { bytes: startup.reduce((n, b) => n + b.length, 0), gzip: startup.reduce((n, b) => n + gzipSync(b).length, 0), files: startup.length },
    scripts: js.length,
    allJsBytes,
  };
}
