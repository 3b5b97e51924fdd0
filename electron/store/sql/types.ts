/**
 * The one SQL surface the repositories use, implemented twice: better-sqlite3 (the embedded default,
 * one advisor) and PostgreSQL (a chamber's shared server). Statements are written once, in the common
 * subset of both dialects, with `?` placeholders (rewritten to $1… for PostgreSQL). Every call is async.
 *
 * Transactions: `tx(fn)` runs `fn` in one write transaction; every call made on the store while `fn`
 * runs (awaited from it, in any repository) joins that transaction — the store routes it there through
 * the async context, so repositories need not pass a transaction handle around. Nested calls are
 * savepoints. Writes that read first (revision guards) append `lock` to the SELECT: FOR UPDATE on
 * PostgreSQL; SQLite holds the database's write lock from BEGIN IMMEDIATE.
 */
export type Param = string | number | null | Uint8Array | boolean;
export type Row = Record<string, unknown>;

export interface Sql {
  readonly dialect: 'sqlite' | 'postgres';
  /** Appended to a SELECT inside `tx` to lock the rows it reads (FOR UPDATE / nothing). */
  readonly lock: string;
  all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  run(sql: string, params?: readonly Param[]): Promise<{ changes: number }>;
  /**
   * A write transaction: nothing of it is visible or acknowledged until it commits; a thrown error rolls
   * it back. Never await anything but the store inside it (no export, no file read): it holds a lock.
   */
  tx<T>(fn: () => Promise<T>): Promise<T>;
}

/** Who changed an application's part, for the others who have it open (PostgreSQL: LISTEN/NOTIFY). */
export interface ChangeEvent {
  applicationId: string;
  parts: string[];
  revision: number;
  user: string;
  at: string;
}

/** The store's connection as a whole: the SQL surface, who writes, what changed, and shutdown. */
export interface SqlStore extends Sql {
  /** Who writes: the PostgreSQL login (chamber) or the local user name (SQLite). */
  readonly user: string;
  /** Tells this process's subscribers that an application changed, at commit (PostgreSQL: its trigger tells every machine). */
  publish(e: ChangeEvent): Promise<void>;
  /** Called with every change published by any connection once committed; returns an unsubscribe. */
  subscribe(fn: (e: ChangeEvent) => void): () => void;
  /** A value that changes whenever anything was committed (SQLite only; null = always look). */
  changeStamp(): string | null;
  close(): Promise<void>;
}
