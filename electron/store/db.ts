import Database from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/errors';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations/index';
import { corrupt, probeDatabase } from './probe';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to better_sqlite3.node built for Electron's ABI (Electron only). */
  nativeBinding?: string;
}

/**
 * Opens (or creates) the Banso database: WAL, foreign keys on, every commit synced to disk
 * (synchronous = FULL: an acknowledged save survives a power cut, not only a crash), migrations in one
 * transaction. A file Banso must not open (not SQLite, someone else's database, written by a newer
 * Banso, empty, damaged, read-only, held by another program) is refused by `probeDatabase` before it
 * is opened, and stays as it was, byte for byte.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const probe = probeDatabase(file, opts.nativeBinding);
  let db: Db;
  try {
    db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  } catch (e) {
    throw sqliteFailure(e, file);
  }
  try {
    db.pragma('busy_timeout = 1000'); // another program holding the file: say so after a second, not five
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    migrate(db, probe.kind === 'new' ? 0 : probe.version);
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (e) {
    db.close();
    throw sqliteFailure(e, file);
  }
}

/** An error SQLite raised while opening, as the screen the user sees (or the error as it was). */
function sqliteFailure(e: unknown, file: string): unknown {
  if (e instanceof ApiFailure || !(e instanceof Error)) return e;
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new ApiFailure('DB_LOCKED', `データベースを別のプログラムが使用中のため開けません。ほかに伴走やデータベースのツールが開いていないか確認し、閉じてから起動し直してください。ファイルは変更していません（${file}）。`);
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new ApiFailure('DB_READONLY', `データベースに書き込めないため開けません。ファイルとフォルダーの書き込み権限を確認してください（${file}）。`);
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return corrupt(file);
  return e;
}

/**
 * A write transaction that takes the write lock at BEGIN (BEGIN IMMEDIATE), so two writers queue on
 * the busy timeout instead of failing half-way with "database is locked". Nested calls are savepoints.
 */
export function immediate<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** Runs every migration above `from` in one transaction, then records the version. */
export function migrate(db: Db, from: number, migrations: readonly Migration[] = MIGRATIONS): void {
  const pending = migrations.filter((m) => m.version > from);
  const target = migrations[migrations.length - 1]?.version ?? SCHEMA_VERSION;
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.prepare("INSERT OR REPLACE INTO banso_meta (key, value) VALUES ('app', 'banso')").run();
    db.pragma(`user_version = ${target}`);
  })();
}
