/** Messages between the back end and the PDF worker (worker.ts). Everything in them is structured-cloneable. */
import type { DocModel } from '../../../shared/export/docModel';
import type { RenderPdfOptions, RenderPdfResult } from './document';

export type PdfJob = { kind: 'warm' } | { kind: 'render'; doc: DocModel; opts: RenderPdfOptions };

export type ToPdfWorker = PdfJob & { id: number };

/** `ready` is posted once the worker's modules have loaded; errors before it mean it cannot run here. */
export type FromPdfWorker = { ready: true } | { id: number; ok: true; result?: RenderPdfResult } | { id: number; ok: false; message: string; stack?: string };
