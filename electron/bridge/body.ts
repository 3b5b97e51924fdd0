import type http from 'node:http';

/** The largest request body the bridge reads (an application package with its figures fits well within). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too-large' };

/** True when the request announces a body larger than `max` (no need to read it to refuse it). */
export function declaredTooLarge(req: http.IncomingMessage, max: number): boolean {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > max;
}

/**
 * Reads the body as UTF-8 up to `max` bytes. Past the limit it stops collecting and resolves with
 * `too-large`, leaving the rest unread: the caller answers 413 with `Connection: close`, and Node
 * closes the socket once that answer is flushed (so the client reads a 413, not a reset).
 */
export function readBody(req: http.IncomingMessage, max: number): Promise<BodyResult> {
  if (declaredTooLarge(req, max)) return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= max) {
        chunks.push(c);
        return;
      }
      req.off('data', onData);
      req.pause();
      chunks.length = 0;
      resolve({ ok: false, reason: 'too-large' });
    };
    req.on('data', onData);
    req.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}
