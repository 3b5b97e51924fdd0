/**
 * PDF writer: renders the format-neutral DocModel (shared/export/docModel.ts) to an A4 PDF with our
 * own small layout engine on pdf-lib (document.ts). See README.md in this folder for how it lays out
 * and the traps.
 *
 * Where the back end runs from a bundle (dist-node/serve.mjs and cli.mjs, dist-electron/backend.cjs)
 * every render and the warm-up run in a worker thread (worker.ts, bundled beside it), so the back end's
 * event loop keeps answering saves while a PDF is made. Run from source (vitest, tsx) — or with
 * BANSO_PDF_IN_THREAD=1, or where the worker cannot start — they run on the calling thread.
 */
import type { DocModel } from '../../../shared/export/docModel';
import { renderPdfHere, warmUpHere, type RenderPdfOptions, type RenderPdfResult } from './document';
import { PdfWorkerClient, WorkerStartError } from './workerClient';

export type { RenderPdfOptions, RenderPdfResult } from './document';

/** The worker's file name beside the bundle; defined by scripts/build-node.mjs and build-electron.mjs. */
declare const __BANSO_PDF_WORKER__: string | undefined;

/** The bundled worker's path, or undefined when running from source (or told to stay in thread). */
function bundledWorkerFile(): string | undefined {
  if (process.env.BANSO_PDF_IN_THREAD === '1') return undefined;
  if (typeof __BANSO_PDF_WORKER__ === 'undefined' || typeof require !== 'function') return undefined;
  try {
    // ESM bundles get `require` from their banner (createRequire(import.meta.url)); CJS has its own: both resolve beside the bundle.
    return require.resolve(`./${__BANSO_PDF_WORKER__}`);
  } catch {
    report(`PDF worker ${__BANSO_PDF_WORKER__} is missing beside the bundle`);
    return undefined;
  }
}

let client: PdfWorkerClient | undefined | null = null;
let reported = false;

/** Says once (on the back end's log) that PDFs are made on this thread although a worker was meant to. */
function report(why: string): void {
  if (reported) return;
  reported = true;
  console.error(`[banso] ${why}; PDFs are made on the back end's own thread.`);
}

/** The worker client, or undefined where renders run on this thread. */
function workerClient(): PdfWorkerClient | undefined {
  if (client === null) {
    const file = bundledWorkerFile();
    client = file ? new PdfWorkerClient(file) : undefined;
  }
  return client?.unavailable ? undefined : client;
}

/** Runs `job` in the worker; where the worker cannot start, says so once and runs `here` instead. */
async function inWorker<T>(job: (c: PdfWorkerClient) => Promise<T>, here: () => Promise<T>): Promise<T> {
  const c = workerClient();
  if (!c) return here();
  try {
    return await job(c);
  } catch (e) {
    if (!(e instanceof WorkerStartError)) throw e;
    report(e.message);
    return here();
  }
}

export function renderPdf(doc: DocModel, opts: RenderPdfOptions = {}): Promise<RenderPdfResult> {
  return inWorker((c) => c.render(doc, opts), () => renderPdfHere(doc, opts));
}

/**
 * Loads and parses the fonts, starts harfbuzz and warms pdf-lib and the layout code (JIT) — in the
 * worker where there is one. Call once in the background at app start: the first export otherwise
 * pays ~0.5–1 s of start-up.
 */
export function warmUpPdfWriter(): Promise<void> {
  return inWorker((c) => c.warmUp(), warmUpHere);
}

/** Where PDFs are made now, and how many jobs the worker answered (tests, bench). */
export function pdfWriterStatus(): { where: 'worker' | 'thread'; workerJobs: number; unavailable?: string } {
  const c = workerClient();
  return c ? { where: 'worker', workerJobs: c.done } : { where: 'thread', workerJobs: client?.done ?? 0, ...(client?.unavailable ? { unavailable: client.unavailable } : {}) };
}

/** Stops the worker, if one runs (tests; a process that exits does not need it). */
export async function stopPdfWorker(): Promise<void> {
  await client?.stop();
}
