/**
 * pdf.js behind a small interface, for the print preview. This module is only ever loaded with a
 * dynamic import (PreviewView), so pdf.js stays out of the start-up bundle. Its worker is one of our
 * own assets (script-src / worker-src 'self'); nothing else is fetched: our PDFs embed their fonts
 * (Noto Sans JP subsets, CID TrueType with Identity-H), so no CMaps, standard fonts or wasm decoders.
 */
import { getDocument, GlobalWorkerOptions, RenderingCancelledException, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Page size in PDF points (1/72 inch). */
export interface PageSize {
  width: number;
  height: number;
}

export interface RenderRequest {
  pageNumber: number;
  canvas: HTMLCanvasElement;
  /** Width the page takes on screen, in CSS pixels. */
  cssWidth: number;
  /** Device pixels per CSS pixel (window.devicePixelRatio). */
  pixelRatio: number;
}

export interface RenderJob {
  /** The page's size on screen in CSS pixels, once drawn; undefined if cancelled. */
  done: Promise<PageSize | undefined>;
  cancel(): void;
}

export interface PreviewPdf {
  pageCount: number;
  pageSize(pageNumber: number): Promise<PageSize>;
  render(req: RenderRequest): RenderJob;
  destroy(): Promise<void>;
}

/** Keep each canvas below this many device pixels (memory; very large canvases fail to draw). */
const MAX_CANVAS_PIXELS = 16_000_000;

export async function openPreviewPdf(bytes: Uint8Array): Promise<PreviewPdf> {
  const task = getDocument({ data: bytes, useSystemFonts: false, useWasm: false, enableXfa: false, stopAtErrors: false });
  const doc: PDFDocumentProxy = await task.promise;
  return {
    pageCount: doc.numPages,
    async pageSize(pageNumber) {
      const vp = (await doc.getPage(pageNumber)).getViewport({ scale: 1 });
      return { width: vp.width, height: vp.height };
    },
    render({ pageNumber, canvas, cssWidth, pixelRatio }) {
      let cancelled = false;
      let cancelTask: (() => void) | undefined;
      const done = (async (): Promise<PageSize | undefined> => {
        const page = await doc.getPage(pageNumber);
        if (cancelled) return undefined;
        const base = page.getViewport({ scale: 1 });
        const cssScale = cssWidth / base.width;
        const cssHeight = base.height * cssScale;
        const ratio = Math.min(pixelRatio, Math.sqrt(MAX_CANVAS_PIXELS / (cssWidth * cssHeight)));
        const viewport = page.getViewport({ scale: cssScale * ratio });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = `${cssWidth}px`;
        canvas.style.height = `${cssHeight}px`;
        const rendering = page.render({ canvas, viewport });
        cancelTask = () => rendering.cancel();
        try {
          await rendering.promise;
        } catch (e) {
          if (e instanceof RenderingCancelledException) return undefined;
          throw e;
        }
        return cancelled ? undefined : { width: cssWidth, height: cssHeight };
      })();
      return {
        done,
        cancel() {
          cancelled = true;
          cancelTask?.();
        },
      };
    },
    destroy: () => task.destroy(),
  };
}
