import Database from 'better-sqlite3';
import fs from 'node:fs';
import { ApiFailure } from '../../shared/api/errors';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations/index';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to better_sqlite3.node built for Electron's ABI (Electron only). */
  nativeBinding?: string;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * Opens (or creates) the Banso database: WAL, foreign keys on, migrations in one transaction.
 * Refuses, without touching the file, a file that is not SQLite, a SQLite file that is not Banso's,
 * and a database written by a newer Banso.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (exists) assertSqliteHeader(file);
  const db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      throw new ApiFailure(
        'DB_NEWER_VERSION',
        `このデータベースは新しいバージョンの伴走で作成されています（形式 ${version}、このアプリは ${SCHEMA_VERSION} まで対応）。アプリを更新してから開いてください。ファイルは変更していません。`,
      );
    }
    if (exists && version === 0 && hasUserTables(db)) {
      throw new ApiFailure('DB_INVALID', 'このファイルは伴走のデータベースではありません。ファイルは変更していません。');
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, version);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function assertSqliteHeader(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    fs.readSync(fd, buf, 0, 16, 0);
    if (buf.toString('latin1') !== SQLITE_MAGIC) {
      throw new ApiFailure('DB_INVALID', 'このファイルはデータベースではないため開けません。ファイルは変更していません。');
    }
  } finally {
    fs.closeSync(fd);
  }
}

function hasUserTables(db: Db): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").get() as { n: number };
  return row.n > 0;
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
