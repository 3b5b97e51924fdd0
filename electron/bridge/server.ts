import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../api/handlers';
import type { ErrorCode } from '../../shared/api/errors';
import { dispatch } from '../api/dispatch';
import { serveStatic } from './static';
import { DEFAULT_MAX_BODY_BYTES, readBody } from './body';
import { originAllowed, ownOrigins, safeDecode } from './requestGuards';

export interface BridgeOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
  log?: (msg: string) => void;
  /** Largest request body read; larger ones get 413 (default 64 MiB). */
  maxBodyBytes?: number;
}

export interface Bridge {
  url: string; // to open, token included
  origin: string;
  token: string;
  server: http.Server;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(json);
}

const failure = (code: ErrorCode, message: string) => ({ ok: false, error: { code, message } });

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from((header ?? '').replace(/^Bearer\s+/i, ''));
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

/**
 * Browser mode: the same handlers behind a loopback-only HTTP bridge. API calls are
 * `POST /api/<method>` with a JSON body and `Authorization: Bearer <token>`; the token is random
 * per start. Requests whose Host is not the loopback address are refused (DNS rebinding), and API
 * calls whose Origin is another site's (403). A body over the limit gets 413 and a malformed `%`
 * escape in the path 400, both as JSON; the connection is never just reset.
 */
export function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const log = opts.log ?? ((m: string) => console.error(m));
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let allowedHosts: Set<string> = new Set();
  let allowedOrigins: Set<string> = new Set();

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 403, failure('UNAUTHORIZED', 'Host not allowed'));
      const url = req.url ?? '/';
      if (url.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, failure('BAD_INPUT', 'Use POST'));
        if (!originAllowed(req.headers, allowedOrigins)) return send(res, 403, failure('UNAUTHORIZED', '他のサイトからの呼び出しは受け付けません。'));
        if (!tokenMatches(req.headers.authorization, token)) {
          return send(res, 401, failure('UNAUTHORIZED', '認証トークンがありません。起動時に表示されたURLから開き直してください。'));
        }
        const method = safeDecode(url.slice('/api/'.length).split('?')[0] ?? '');
        if (method === undefined) return send(res, 400, failure('BAD_INPUT', 'URLの「%」の書き方が正しくありません。'));
        const body = await readBody(req, maxBody);
        if (!body.ok) {
          const mib = Math.floor(maxBody / (1024 * 1024));
          const limit = mib >= 1 ? `${mib} MB` : `${maxBody} バイト`;
          return send(res, 413, failure('BAD_INPUT', `送信するデータが大きすぎます（上限 ${limit}）。ファイルや図を小さくしてから、もう一度お試しください。`), { connection: 'close' });
        }
        let input: unknown;
        try {
          input = body.text ? JSON.parse(body.text) : {};
        } catch {
          return send(res, 400, failure('BAD_INPUT', '入力が正しくありません（JSONとして読めません）'));
        }
        const result = await dispatch(opts.handlers, method, input, log);
        return send(res, result.ok ? 200 : result.error.code === 'UNKNOWN_METHOD' ? 404 : result.error.code === 'INTERNAL' ? 500 : 400, result);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, failure('BAD_INPUT', 'Use GET'));
      serveStatic(opts.rendererDir, url, res);
    } catch (e) {
      log(`[banso] bridge error: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) send(res, 500, failure('INTERNAL', '内部エラーが発生しました。'));
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      allowedOrigins = ownOrigins(port);
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/#token=${token}`,
        origin,
        token,
        server,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections(); // a window's long poll (waitForChanges) must not hold the stop
          }),
      });
    });
  });
}
