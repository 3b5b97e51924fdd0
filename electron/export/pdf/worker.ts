/**
 * The PDF worker (node:worker_threads): fonts, harfbuzz and every render live here, so the back end's
 * event loop — where saves are answered — never waits for a PDF. Bundled as its own file next to the
 * back end (scripts/build-node.mjs: dist-node/pdfWorker.mjs; scripts/build-electron.mjs:
 * dist-electron/pdfWorker.cjs); index.ts starts it.
 */
import { parentPort } from 'node:worker_threads';
import { renderPdfHere, warmUpHere } from './document';
import type { FromPdfWorker, ToPdfWorker } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('pdf/worker.ts runs as a worker thread only');

async function handle(msg: ToPdfWorker): Promise<void> {
  try {
    if (msg.kind === 'warm') {
      await warmUpHere();
      port!.postMessage({ id: msg.id, ok: true } satisfies FromPdfWorker);
      return;
    }
    // A font given as bytes arrives as a Uint8Array; subset-font needs a Buffer.
    const fonts = msg.opts.fonts ? { regular: Buffer.from(msg.opts.fonts.regular), bold: Buffer.from(msg.opts.fonts.bold) } : undefined;
    const result = await renderPdfHere(msg.doc, fonts ? { ...msg.opts, fonts } : msg.opts);
    port!.postMessage({ id: msg.id, ok: true, result } satisfies FromPdfWorker, [result.bytes.buffer as ArrayBuffer]);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    port!.postMessage({ id: msg.id, ok: false, message: err.message, ...(err.stack ? { stack: err.stack } : {}) } satisfies FromPdfWorker);
  }
}

port.on('message', (msg: ToPdfWorker) => void handle(msg));
port.postMessage({ ready: true } satisfies FromPdfWorker);
