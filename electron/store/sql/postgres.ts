import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { ApiFailure } from '../../../shared/api/errors';
import { localEvents } from './events';
import { ChangeEventSchema } from './changeEvent';
import type { ChangeEvent, Param, Row, SqlStore } from './types';

/**
 * The chamber's backend: a PostgreSQL pool. `?` placeholders become $1…; a transaction holds one
 * client from BEGIN to COMMIT and its guard reads lock their rows (FOR UPDATE), so two advisors on two
 * machines cannot both pass a revision check for the same part. Changes are announced by the database
 * (a trigger on change_log NOTIFYs, delivered at commit) and heard on a connection of their own that
 * LISTENs and reconnects.
 * A server that cannot be reached is the OFFLINE failure: nothing was committed, nothing acknowledged.
 */
const { Pool, Client, types } = pg;
// bigint (count(*), sums, yen) as a JS number: Banso's counts and amounts fit in 2^53.
types.setTypeParser(20, (v) => Number(v));

export const CHANGES_CHANNEL = 'banso_changes';

export function placeholders(sql: string): string {
  let i = 0;
  let out = '';
  let quoted = false;
  for (const c of sql) {
    if (c === "'") quoted = !quoted;
    out += c === '?' && !quoted ? `$${++i}` : c;
  }
  return out;
}
const toPg = (p: readonly Param[]) => p.map((x) => (x instanceof Uint8Array ? Buffer.from(x.buffer, x.byteOffset, x.byteLength) : x));

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

/** True when the error says the server is gone or unreachable (not that a statement was wrong). */
export function isConnectionError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable|Connection refused/i.test(e.message);
}

export const OFFLINE_MESSAGE = '商工会議所のデータベースサーバーに接続できません。保存していない入力は画面に残っています。接続が戻ると保存します。';
const offline = () => new ApiFailure('OFFLINE', OFFLINE_MESSAGE);

/** PostgreSQL's refusal of a privilege, in the user's words. */
export function isPermissionError(e: unknown): boolean {
  return e instanceof Error && (e as { code?: unknown }).code === '42501';
}

interface Frame {
  client: pg.PoolClient;
  depth: number;
  open: boolean;
}

export interface PgOptions {
  connectionString: string;
  /** Told when the server goes away and comes back (the status bar says so). */
  onStatus?: (online: boolean, error?: string) => void;
  max?: number;
  /** Listen for other connections' changes (off for one-shot tools such as migrate-to). */
  listen?: boolean;
  /** Extra pool settings (TLS). */
  ssl?: pg.PoolConfig['ssl'];
}

export interface PostgresStore extends SqlStore {
  pool: pg.Pool;
}

export function postgresStore(opts: PgOptions): PostgresStore {
  const pool = new Pool({
    connectionString: opts.connectionString,
    max: opts.max ?? 10,
    connectionTimeoutMillis: 5000,
    statement_timeout: 30_000,
    application_name: 'banso',
    ...(opts.ssl !== undefined ? { ssl: opts.ssl } : {}),
  });
  let online = true;
  const status = (up: boolean, error?: string) => {
    if (up === online) return;
    online = up;
    opts.onStatus?.(up, error);
  };
  pool.on('error', (e) => status(false, e.message)); // an idle client lost: the next query reconnects

  const als = new AsyncLocalStorage<Frame>();
  const frame = () => {
    const f = als.getStore();
    return f?.open ? f : undefined;
  };
  const cache = new Map<string, string>();
  const text = (sql: string) => {
    let t = cache.get(sql);
    if (t === undefined) {
      t = placeholders(sql);
      cache.set(sql, t);
    }
    return t;
  };
  const query = async (sql: string, params: readonly Param[]): Promise<pg.QueryResult> => {
    const q: Pick<pg.PoolClient, 'query'> = frame()?.client ?? pool;
    try {
      const r = await q.query(text(sql), toPg(params));
      status(true);
      return r;
    } catch (e) {
      if (isConnectionError(e)) {
        status(false, (e as Error).message);
        throw offline();
      }
      throw e;
    }
  };

  const events = localEvents();
  let listener: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const listen = async () => {
    if (closed) return;
    const c = new Client({ connectionString: opts.connectionString, application_name: 'banso-listen', ...(opts.ssl !== undefined ? { ssl: opts.ssl } : {}) });
    const again = () => {
      if (listener !== c || closed) return;
      listener = undefined;
      void c.end().catch(() => undefined);
      retry = setTimeout(() => void listen(), 1000);
      retry.unref();
    };
    listener = c;
    c.on('error', again);
    c.on('end', again);
    c.on('notification', (n) => {
      if (n.channel !== CHANGES_CHANNEL || !n.payload) return;
      try {
        const e = ChangeEventSchema.safeParse(JSON.parse(n.payload));
        if (e.success) events.emit(e.data);
      } catch {
        /* not ours */
      }
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch {
      again();
    }
  };
  if (opts.listen !== false) void listen();

  const user = (() => {
    try {
      return decodeURIComponent(new URL(opts.connectionString).username) || process.env.PGUSER || 'postgres';
    } catch {
      return 'postgres';
    }
  })();

  const store: PostgresStore = {
    dialect: 'postgres',
    lock: ' FOR UPDATE',
    user,
    pool,
    all: async <T = Row>(sql: string, params: readonly Param[] = []) => (await query(sql, params)).rows as T[],
    get: async <T = Row>(sql: string, params: readonly Param[] = []) => (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params: readonly Param[] = []) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
    async tx<T>(fn: () => Promise<T>): Promise<T> {
      const outer = frame();
      if (outer) {
        const name = `sp${outer.depth}`;
        await outer.client.query(`SAVEPOINT ${name}`);
        const inner: Frame = { client: outer.client, depth: outer.depth + 1, open: true };
        try {
          const out = await als.run(inner, fn);
          await outer.client.query(`RELEASE SAVEPOINT ${name}`);
          return out;
        } catch (e) {
          await outer.client.query(`ROLLBACK TO SAVEPOINT ${name}`);
          throw e;
        } finally {
          inner.open = false;
        }
      }
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (e) {
        if (isConnectionError(e)) {
          status(false, (e as Error).message);
          throw offline();
        }
        throw e;
      }
      const f: Frame = { client, depth: 1, open: true };
      let broken = false;
      // A checked-out client has no listener of the pool's: a server dropping it must not be an uncaught error.
      const onError = (e: Error) => {
        broken = true;
        status(false, e.message);
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const out = await als.run(f, fn);
        f.open = false;
        await client.query('COMMIT');
        status(true);
        return out;
      } catch (e) {
        f.open = false;
        await client.query('ROLLBACK').catch(() => (broken = true));
        if (isConnectionError(e)) {
          broken = true;
          status(false, (e as Error).message);
          throw offline();
        }
        throw e;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    // The change_log trigger notifies (electron/store/postgres/migrations.ts): nothing to send here.
    publish: async (_e: ChangeEvent) => undefined,
    subscribe: (fn) => events.on(fn),
    changeStamp: () => null,
    async close() {
      if (closed) return;
      closed = true;
      if (retry) clearTimeout(retry);
      const l = listener;
      listener = undefined;
      await l?.end().catch(() => undefined);
      await pool.end();
    },
  };
  return store;
}
