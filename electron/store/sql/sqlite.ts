import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database, Statement } from 'better-sqlite3';
import os from 'node:os';
import { Mutex } from './mutex';
import { localEvents } from './events';
import type { ChangeEvent, Param, Row, SqlStore } from './types';

/**
 * The embedded backend: one better-sqlite3 connection. Calls are synchronous underneath; a mutex keeps
 * a transaction's statements together (BEGIN IMMEDIATE … COMMIT), so another request's statement never
 * lands inside it and no read sees a transaction's uncommitted state.
 */
const toSqlite = (p: readonly Param[]) => p.map((x) => (typeof x === 'boolean' ? (x ? 1 : 0) : x instanceof Uint8Array ? Buffer.from(x.buffer, x.byteOffset, x.byteLength) : x));

interface Frame {
  depth: number;
  open: boolean;
  /** Changes to announce once the outermost transaction commits. */
  events: ChangeEvent[];
}

export function sqliteStore(db: Database): SqlStore {
  const cache = new Map<string, Statement>();
  const stmt = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const mutex = new Mutex();
  const als = new AsyncLocalStorage<Frame>();
  const events = localEvents();
  const frame = () => {
    const f = als.getStore();
    return f?.open ? f : undefined;
  };
  /** Inside a transaction: run now (the lock is held); outside: wait for any running transaction. */
  const call = <T>(fn: () => T): Promise<T> => (frame() ? Promise.resolve(fn()) : mutex.run(fn));
  const changes = db.prepare('SELECT total_changes() AS n').pluck(true);

  return {
    dialect: 'sqlite',
    lock: '',
    user: os.userInfo().username,
    all: <T = Row>(sql: string, params: readonly Param[] = []) => call(() => stmt(sql).all(...toSqlite(params)) as T[]),
    get: <T = Row>(sql: string, params: readonly Param[] = []) => call(() => stmt(sql).get(...toSqlite(params)) as T | undefined),
    run: (sql: string, params: readonly Param[] = []) => call(() => ({ changes: stmt(sql).run(...toSqlite(params)).changes })),
    async tx<T>(fn: () => Promise<T>): Promise<T> {
      const outer = frame();
      if (outer) {
        const name = `sp${outer.depth}`;
        db.exec(`SAVEPOINT ${name}`);
        const inner: Frame = { depth: outer.depth + 1, open: true, events: outer.events };
        try {
          const out = await als.run(inner, fn);
          db.exec(`RELEASE ${name}`);
          return out;
        } catch (e) {
          db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
          throw e;
        } finally {
          inner.open = false;
        }
      }
      const f: Frame = { depth: 1, open: true, events: [] };
      const out = await mutex.run(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const r = await als.run(f, fn);
          db.exec('COMMIT');
          return r;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        } finally {
          f.open = false;
        }
      });
      for (const e of f.events) events.emit(e);
      return out;
    },
    async publish(e) {
      const f = frame();
      if (f) f.events.push(e);
      else events.emit(e);
    },
    subscribe: (fn) => events.on(fn),
    changeStamp: () => `${String(changes.get())}|${String(db.pragma('data_version', { simple: true }))}`,
    async close() {
      await mutex.run(() => {
        if (db.open) db.close();
      });
    },
  };
}
