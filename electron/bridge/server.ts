import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../api/handlers';
import { dispatch } from '../api/dispatch';
import { serveStatic } from './static';

export interface BridgeOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
  log?: (msg: string) => void;
}

export interface Bridge {
  url: string; // to open, token included
  origin: string;
  token: string;
  server: http.Server;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(json);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from((header ?? '').replace(/^Bearer\s+/i, ''));
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the same handlers behind a loopback-only HTTP bridge. API calls are
 * `POST /api/<method>` with a JSON body and `Authorization: Bearer <token>`; the token is random
 * per start. Requests whose Host is not the loopback address are refused (DNS rebinding).
 */
export function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const log = opts.log ?? ((m: string) => console.error(m));
  let allowedHosts: Set<string> = new Set();

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 403, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Host not allowed' } });
      const url = req.url ?? '/';
      if (url.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'BAD_INPUT', message: 'Use POST' } });
        if (!tokenMatches(req.headers.authorization, token)) {
          return send(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: '認証トークンがありません。起動時に表示されたURLから開き直してください。' } });
        }
        const method = decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : {};
        } catch {
          return send(res, 400, { ok: false, error: { code: 'BAD_INPUT', message: '入力が正しくありません（JSONとして読めません）' } });
        }
        const result = await dispatch(opts.handlers, method, input, log);
        return send(res, result.ok ? 200 : result.error.code === 'UNKNOWN_METHOD' ? 404 : result.error.code === 'INTERNAL' ? 500 : 400, result);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: { code: 'BAD_INPUT', message: 'Use GET' } });
      serveStatic(opts.rendererDir, url, res);
    } catch (e) {
      log(`[banso] bridge error: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: '内部エラーが発生しました。' } });
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/#token=${token}`,
        origin,
        token,
        server,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
