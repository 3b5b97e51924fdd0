/**
 * How long the back end's event loop (where saves are answered) is blocked while the PDF writer warms
 * up and while it makes a PDF: perf_hooks.monitorEventLoopDelay around warmUpPdfWriter() and
 * renderPdf(), in a bundle built as dist-node/ is (so the export worker is used where the checkout has
 * one). `tsx bench/pdfEventLoop.bench.ts [--root DIR]` compares another checkout; `npm run bench` runs it too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median, type BenchResult } from './stats';

const HARNESS = `
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { renderPdf, warmUpPdfWriter } from './electron/export/pdf/index';
import { sampleDocument } from './electron/export/pdf/sampleDoc';

async function measure(fn) {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const t = performance.now();
  await fn();
  const ms = performance.now() - t;
  // A block is recorded when the loop turns again: let it turn before the histogram stops.
  await new Promise((r) => setTimeout(r, 20));
  h.disable();
  return { ms, maxDelay: h.max / 1e6, p99Delay: h.percentile(99) / 1e6 };
}
const idle = await measure(() => new Promise((r) => setTimeout(r, 300)));
const warm = await measure(() => warmUpPdfWriter());
const renders = [];
for (let i = 0; i < 7; i++) renders.push(await measure(() => renderPdf(sampleDocument(8, { watermark: '下書き' }))));
const large = [];
for (let i = 0; i < 3; i++) large.push(await measure(() => renderPdf(sampleDocument(40, { watermark: '下書き' }))));
process.stdout.write(JSON.stringify({ idle, warm, renders, large }));
process.exit(0);
`;

interface Measured {
  ms: number;
  maxDelay: number;
  p99Delay: number;
}

/** Builds the harness (and the worker, where the checkout has one) the way scripts/build-node.mjs builds dist-node/. */
async function buildHarness(root: string): Promise<string> {
  const out = path.join(root, '.cache', 'bench-pdf-event-loop');
  fs.mkdirSync(out, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'esm' as const,
    target: 'node20',
    logLevel: 'warning' as const,
    external: ['electron', 'better-sqlite3', 'subset-font', 'harfbuzzjs', '@pdf-lib/fontkit', 'exceljs', 'pg', 'pg-native'],
    define: { __BANSO_PDF_WORKER__: JSON.stringify('pdfWorker.mjs') },
    banner: { js: "import { createRequire as __bansoCreateRequire } from 'node:module'; const require = __bansoCreateRequire(import.meta.url);" },
  };
  await build({ ...common, stdin: { contents: HARNESS, resolveDir: root, sourcefile: 'harness.ts', loader: 'ts' }, outfile: path.join(out, 'harness.mjs') });
  const worker = path.join(root, 'electron', 'export', 'pdf', 'worker.ts');
  if (fs.existsSync(worker)) await build({ ...common, entryPoints: [worker], outfile: path.join(out, 'pdfWorker.mjs') });
  return path.join(out, 'harness.mjs');
}

export async function pdfEventLoopBenchmarks(root = process.cwd(), runs = 5): Promise<BenchResult[]> {
  const harness = await buildHarness(root);
  const idle: Measured[] = [];
  const warm: Measured[] = [];
  const render: Measured[] = [];
  const large: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [harness], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`PDF event-loop harness failed:\n${r.stderr}`);
    const res = JSON.parse(r.stdout) as { idle: Measured; warm: Measured; renders: Measured[]; large: Measured[] };
    idle.push(res.idle);
    warm.push(res.warm);
    render.push(...res.renders.slice(1)); // the first render after warm-up still compiles a little
    large.push(...res.large);
  }
  const worker = fs.existsSync(path.join(path.dirname(harness), 'pdfWorker.mjs')) ? 'in the export worker' : 'on the back end thread';
  return [
    { name: 'event loop, idle (noise floor of the two below)', value: median(idle.map((w) => w.maxDelay)), unit: 'ms', note: `median of ${runs}` },
    { name: `PDF warm-up: longest event-loop block (${worker})`, value: median(warm.map((w) => w.maxDelay)), unit: 'ms', target: 50, note: `median of ${runs}; the warm-up took ${median(warm.map((w) => w.ms)).toFixed(0)} ms` },
    { name: `PDF export (sample plan, 8 sections): longest event-loop block (${worker})`, value: median(render.map((w) => w.maxDelay)), unit: 'ms', target: 50, note: `median of ${render.length}; the render took ${median(render.map((w) => w.ms)).toFixed(0)} ms` },
    { name: `PDF export (sample plan, 40 sections): longest event-loop block (${worker})`, value: median(large.map((w) => w.maxDelay)), unit: 'ms', target: 50, note: `median of ${large.length}; the render took ${median(large.map((w) => w.ms)).toFixed(0)} ms` },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--root');
  const root = i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]!) : process.cwd();
  const { report } = await import('./stats');
  report(await pdfEventLoopBenchmarks(root));
}
