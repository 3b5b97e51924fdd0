/**
 * Runs PDF jobs in one worker thread (worker.ts), started on first use and kept while the process
 * lives; it holds the process open only while a job is pending (so the CLI exits when done). A worker
 * that dies fails its pending jobs (the next job starts a new one); one that cannot start at all (its
 * modules do not load here) fails them with WorkerStartError, and the caller renders on its own thread.
 */
import { Worker } from 'node:worker_threads';
import type { DocModel } from '../../../shared/export/docModel';
import type { RenderPdfOptions, RenderPdfResult } from './document';
import type { FromPdfWorker, PdfJob, ToPdfWorker } from './workerProtocol';

type Job = { resolve: (r: RenderPdfResult | undefined) => void; reject: (e: Error) => void };

export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

export class PdfWorkerClient {
  private worker: Worker | undefined;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  /** Why the worker could not start, once it could not: callers render on their own thread from then on. */
  unavailable: string | undefined;
  /** Jobs the worker answered (for tests and the bench). */
  done = 0;

  constructor(private readonly file: string) {}

  private start(): Worker {
    const w = new Worker(this.file);
    let ready = false;
    w.on('message', (msg: FromPdfWorker) => {
      if ('ready' in msg) {
        ready = true;
        return;
      }
      const job = this.jobs.get(msg.id);
      if (!job) return;
      this.jobs.delete(msg.id);
      if (this.jobs.size === 0) w.unref();
      this.done++;
      if (msg.ok) job.resolve(msg.result);
      else {
        const err = new Error(msg.message);
        if (msg.stack) err.stack = msg.stack;
        job.reject(err);
      }
    });
    const fail = (err: Error) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      if (!ready) this.unavailable = err.message;
      const reason = ready ? err : new WorkerStartError(`PDF worker could not start: ${err.message}`);
      for (const job of this.jobs.values()) job.reject(reason);
      this.jobs.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`PDF worker stopped (exit code ${code})`)));
    w.unref();
    return w;
  }

  private post(msg: PdfJob): Promise<RenderPdfResult | undefined> {
    if (this.unavailable) return Promise.reject(new WorkerStartError(this.unavailable));
    let w = this.worker;
    if (!w) {
      try {
        w = this.worker = this.start();
      } catch (e) {
        this.unavailable = e instanceof Error ? e.message : String(e);
        return Promise.reject(new WorkerStartError(this.unavailable));
      }
    }
    const id = this.nextId++;
    const worker = w;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...msg, id } satisfies ToPdfWorker);
    });
  }

  async render(doc: DocModel, opts: RenderPdfOptions): Promise<RenderPdfResult> {
    const r = await this.post({ kind: 'render', doc, opts });
    if (!r) throw new Error('PDF worker returned no result');
    return r;
  }

  async warmUp(): Promise<void> {
    await this.post({ kind: 'warm' });
  }

  /** Stops the worker (pending jobs fail). */
  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    for (const job of this.jobs.values()) job.reject(new Error('PDF worker stopped'));
    this.jobs.clear();
    if (w) await w.terminate();
  }
}
