import { describe, expect, it, onTestFinished } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fork, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { tempDir } from '../helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A build folder inside the checkout, so the bundles' external modules resolve from node_modules. */
function buildDir(prefix: string): string {
  fs.mkdirSync(path.join(root, '.cache'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, '.cache', prefix));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function inRoot<T>(fn: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(root); // the build scripts name their entries relative to the checkout
  try {
    return await fn();
  } finally {
    process.chdir(cwd);
  }
}

/**
 * From source (this test run) PDFs are made on the calling thread; the bundles make them in a worker
 * thread beside the bundle, so the back end keeps answering while a PDF is made. Both bundles are
 * checked here: dist-node (browser mode, CLI) and dist-electron's back end.
 */
describe('PDF worker', () => {
  it('renders in the worker of the Node bundle, with the same result and errors as on the thread', async () => {
    const out = buildDir('pdf-worker-node-');
    const { buildNode, nodeBundleOptions } = (await import(pathToFileURL(path.join(root, 'scripts/build-node.mjs')).href)) as {
      buildNode: (dir: string) => Promise<void>;
      nodeBundleOptions: Record<string, unknown>;
    };
    const harness = `
      import { renderPdf, warmUpPdfWriter, pdfWriterStatus } from './electron/export/pdf/index';
      import { sampleDocument } from './electron/export/pdf/sampleDoc';
      const ticks = [];
      const timer = setInterval(() => ticks.push(Date.now()), 1);
      await warmUpPdfWriter();
      const res = await renderPdf(sampleDocument(3, { watermark: '下書き' }));
      let error = '';
      try {
        await renderPdf({ meta: { title: 't', author: 'a', createdAt: new Date() }, blocks: [{ type: 'image', data: new Uint8Array([1, 2, 3]), format: 'png', caption: '図2' }] });
      } catch (e) { error = e.message; }
      clearInterval(timer);
      process.stdout.write(JSON.stringify({ head: Buffer.from(res.bytes.subarray(0, 5)).toString('latin1'), pages: res.pageCount, anchors: res.anchors instanceof Map, error, status: pdfWriterStatus(), ticks: ticks.length }));
    `;
    await inRoot(async () => {
      await buildNode(out);
      await build({ ...nodeBundleOptions, stdin: { contents: harness, resolveDir: root, sourcefile: 'harness.ts', loader: 'ts' }, outfile: path.join(out, 'harness.mjs') });
    });
    expect(fs.existsSync(path.join(out, 'pdfWorker.mjs'))).toBe(true);
    const r = spawnSync(process.execPath, [path.join(out, 'harness.mjs')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).not.toContain('[banso]');
    expect(r.status).toBe(0);
    const res = JSON.parse(r.stdout) as { head: string; pages: number; anchors: boolean; error: string; status: { where: string; workerJobs: number }; ticks: number };
    expect(res.head).toBe('%PDF-');
    expect(res.pages).toBeGreaterThanOrEqual(3);
    expect(res.anchors).toBe(true);
    expect(res.error).toMatch(/image 1 \(図2\) is not a valid PNG/);
    expect(res.status).toEqual({ where: 'worker', workerJobs: 3 });
    // The event loop kept turning while fonts were parsed and pages laid out elsewhere.
    expect(res.ticks).toBeGreaterThan(0);
  });

  it('makes PDFs in the worker beside the Electron back end (backend.cjs + pdfWorker.cjs)', async () => {
    const out = buildDir('pdf-worker-electron-');
    const { buildElectron } = (await import(pathToFileURL(path.join(root, 'scripts/build-electron.mjs')).href)) as { buildElectron: (dir: string) => Promise<void> };
    await inRoot(() => buildElectron(out));
    expect(fs.existsSync(path.join(out, 'pdfWorker.cjs'))).toBe(true);
    expect(fs.readFileSync(path.join(out, 'backend.cjs'), 'utf8')).toContain('"pdfWorker.cjs"');
    const config = { dataDir: tempDir(), appRoot: root, version: 'test', seed: 'demo' };
    const child = fork(path.join(out, 'backend.cjs'), [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    child.send({ type: 'start', config }); // as electron/main.ts starts it (settings by message, never in the environment)
    onTestFinished(() => void child.kill());
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const replies = new Map<number, (v: { ok: boolean; value?: unknown }) => void>();
    const ready = new Promise<void>((resolve) =>
      child.on('message', (m: { type: string; id?: number; result?: { ok: boolean; value?: unknown } }) => {
        if (m.type === 'ready') resolve();
        if (m.type === 'result' && m.id !== undefined) replies.get(m.id)?.(m.result!);
      }),
    );
    let next = 1;
    const call = (method: string, input: unknown) =>
      new Promise<{ ok: boolean; value?: unknown }>((resolve) => {
        const id = next++;
        replies.set(id, resolve);
        child.send({ type: 'call', id, method, input });
      });
    await ready;
    const list = (await call('listApplications', {})) as { ok: boolean; value: { items: { id: string }[] } };
    const pdf = (await call('exportApplication', { id: list.value.items[0]!.id, format: 'pdf' })) as { ok: boolean; value: { base64: string } };
    child.send({ type: 'shutdown' });
    expect(pdf.ok).toBe(true);
    expect(Buffer.from(pdf.value.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(stderr).not.toContain('PDFs are made on the back end');
  });
});
