import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiFailure } from '../../shared/api/errors';
import { SCHEMA_VERSION } from './migrations/index';

/**
 * Decides, without writing a byte, whether Banso may open a database file: a refused file stays as
 * it was, byte for byte, its -wal and -shm included. Opening a SQLite file (even read-only) can create
 * a -shm and closing it checkpoints the -wal, so a file whose state is in doubt is read from a copy.
 */
export type Probe = { kind: 'new' } | { kind: 'existing'; version: number };

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const untouched = (file: string) => `ファイルは変更していません（${file}）。`;

export function probeDatabase(file: string, nativeBinding?: string): Probe {
  const dir = path.dirname(file);
  if (!fs.existsSync(file)) {
    assertFolderWritable(dir);
    return { kind: 'new' };
  }
  const st = fs.statSync(file);
  if (!st.isFile()) throw new ApiFailure('DB_INVALID', `データベースの場所にファイルではないものがあります。${untouched(file)}`);
  if (st.size === 0) {
    throw new ApiFailure(
      'DB_EMPTY',
      `データベースファイルが空（0バイト）です。前回の保存中に中断したか、別のプログラムが書き換えた可能性があります。バックアップがあれば戻してください。新しく始める場合は、このファイルを別の場所に移してから伴走を起動し直してください。${untouched(file)}`,
    );
  }
  const header = readHeader(file);
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new ApiFailure('DB_INVALID', `このファイルはデータベースではないため開けません。伴走のデータフォルダーに別のファイルが置かれていないか確認してください。${untouched(file)}`);
  }
  if (!plausibleHeader(header)) throw corrupt(file);
  if ((st.mode & 0o200) === 0) {
    throw new ApiFailure('DB_READONLY', `データベースファイルが読み取り専用になっているため、入力を保存できません。ファイルのプロパティで「読み取り専用」を外してから起動し直してください。${untouched(file)}`);
  }
  assertFolderWritable(dir);
  const wal = `${file}-wal`;
  const walPending = fs.existsSync(wal) && fs.statSync(wal).size > 0;
  // Without a pending -wal the header is the whole truth; a version-0 file may be someone else's database.
  const headerVersion = header.readUInt32BE(60);
  const { version, userTables } = walPending || headerVersion === 0 ? readCopy(file, walPending ? wal : undefined, nativeBinding) : { version: headerVersion, userTables: true };
  if (version > SCHEMA_VERSION) {
    throw new ApiFailure(
      'DB_NEWER_VERSION',
      `このデータベースは新しいバージョンの伴走で作成されています（形式 ${version}、このアプリは ${SCHEMA_VERSION} まで対応）。アプリを更新してから開いてください。${untouched(file)}`,
    );
  }
  if (version === 0 && userTables) throw new ApiFailure('DB_INVALID', `このファイルは伴走のデータベースではありません（別のアプリのデータベースです）。${untouched(file)}`);
  return version === 0 ? { kind: 'new' } : { kind: 'existing', version };
}

export const corrupt = (file: string) =>
  new ApiFailure('DB_CORRUPT', `データベースファイルが壊れているため開けません。バックアップがあれば戻してください。伴走のサポートに連絡する場合は、このファイルを添えてください。${untouched(file)}`);

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    fs.readSync(fd, buf, 0, 100, 0);
    return buf;
  } finally {
    fs.closeSync(fd);
  }
}

/** The fixed fields of the 100-byte SQLite header (page size, format versions, payload fractions). */
function plausibleHeader(h: Buffer): boolean {
  const pageSize = h.readUInt16BE(16);
  const sizeOk = pageSize === 1 || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) === 0);
  const formatOk = [1, 2].includes(h[18] ?? 0) && [1, 2].includes(h[19] ?? 0);
  return sizeOk && formatOk && h[21] === 64 && h[22] === 32 && h[23] === 32;
}

/** Reads the version and whether there are tables from a copy (the -wal included), then deletes the copy. */
function readCopy(file: string, wal: string | undefined, nativeBinding?: string): { version: number; userTables: boolean } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-probe-'));
  try {
    const copy = path.join(tmp, 'probe.sqlite');
    fs.copyFileSync(file, copy);
    if (wal) fs.copyFileSync(wal, `${copy}-wal`);
    const db = new Database(copy, nativeBinding ? { nativeBinding } : {});
    try {
      const version = Number(db.pragma('user_version', { simple: true }));
      const row = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").get() as { n: number };
      return { version, userTables: row.n > 0 };
    } finally {
      db.close();
    }
  } catch (e) {
    if (e instanceof ApiFailure) throw e;
    throw corrupt(file);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The folder must take the -wal and -shm files SQLite writes beside the database. */
function assertFolderWritable(dir: string): void {
  const refuse = () =>
    new ApiFailure('DB_READONLY', `データフォルダーに書き込めないため、入力を保存できません（${dir}）。フォルダーの書き込み権限を確認するか、別のフォルダーを BANSO_DATA_DIR に指定して起動し直してください。何も変更していません。`);
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw refuse();
  }
  if (!st.isDirectory() || (st.mode & 0o200) === 0) throw refuse();
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw refuse();
  }
}
