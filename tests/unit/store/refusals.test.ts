import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { openDatabase } from '../../../electron/store/db';
import { openServicesOrFailure } from '../../../electron/app/services';
import { root } from '../demoFixtures';
import { tempDir } from '../helpers';

const hashes = (file: string) =>
  Object.fromEntries(['', '-wal', '-shm'].map((s) => [s || 'db', fs.existsSync(file + s) ? createHash('sha256').update(fs.readFileSync(file + s)).digest('hex') : null]));

/** A database left as a crashed process leaves it: WAL mode, changes still in the -wal, no -shm. */
function crashedWith(file: string, change: (db: Database.Database) => void) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  change(db);
  const copy = `${file}.copy`;
  fs.copyFileSync(file, copy);
  fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  db.close();
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
  fs.renameSync(copy, file);
  fs.renameSync(`${copy}-wal`, `${file}-wal`);
}

const open = (dir: string) => openServicesOrFailure({ dataDir: dir, appRoot: root, version: 'test', transport: 'http', seed: 'empty', log: () => undefined });

describe('a database Banso must not open is refused, byte for byte untouched (-wal and -shm included)', () => {
  it.each([
    ['a newer version whose user_version is still in the -wal', (db: Database.Database) => { db.exec('CREATE TABLE banso_meta (key TEXT PRIMARY KEY, value TEXT)'); db.pragma('user_version = 999'); }, 'DB_NEWER_VERSION'],
    ["someone else's database with pending changes", (db: Database.Database) => { db.exec("CREATE TABLE invoices (n); INSERT INTO invoices VALUES (1)"); }, 'DB_INVALID'],
  ])('%s', async (_name, change, code) => {
    const dir = tempDir();
    const file = path.join(dir, 'banso.sqlite');
    crashedWith(file, change);
    const before = hashes(file);
    expect(before['-wal']).not.toBeNull();
    const r = await open(dir);
    expect(r.failure?.code).toBe(code);
    expect(hashes(file)).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'banso.lock'))).toBe(false);
  });

  it.each([
    ['a zero-byte file (never re-seeded with demo data)', () => Buffer.alloc(0), 'DB_EMPTY', '0バイト'],
    ['garbage after a SQLite header', () => Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(8192, 0x5a)]), 'DB_CORRUPT', '壊れている'],
    ['a text file', () => Buffer.from('これはメモです'), 'DB_INVALID', 'データベースではない'],
  ])('%s', async (_name, bytes, code, words) => {
    const dir = tempDir();
    const file = path.join(dir, 'banso.sqlite');
    fs.writeFileSync(file, bytes());
    const before = hashes(file);
    const r = await openServicesOrFailure({ dataDir: dir, appRoot: root, version: 'test', transport: 'http', seed: 'demo', log: () => undefined });
    expect(r.failure?.code).toBe(code);
    expect(r.failure?.message).toContain(words);
    expect(hashes(file)).toEqual(before);
  });

  it('a read-only file is refused at start (not 内部エラー at every save)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'banso.sqlite');
    openDatabase(file).close();
    fs.chmodSync(file, 0o444);
    const before = hashes(file);
    const r = await open(dir);
    expect(r.failure?.code).toBe('DB_READONLY');
    expect(r.failure?.message).toContain('読み取り専用');
    expect(hashes(file)).toEqual(before);
  });

  it('a read-only folder is refused with its path', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'data');
    fs.mkdirSync(data);
    fs.chmodSync(data, 0o555);
    try {
      const r = await open(data);
      expect(r.failure?.code).toBe('DB_READONLY');
      expect(r.failure?.message).toContain(data);
      expect(fs.readdirSync(data)).toEqual([]);
    } finally {
      fs.chmodSync(data, 0o755);
    }
  });

  it('a database held by another program is refused with DB_LOCKED, not a hang or a crash', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'banso.sqlite');
    openDatabase(file).close();
    const other = new Database(file);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    try {
      const r = await open(dir);
      expect(r.failure?.code).toBe('DB_LOCKED');
    } finally {
      other.exec('COMMIT');
      other.close();
    }
  });
});

describe('two copies on one data folder', () => {
  it('the second is refused while the first runs; a lock left by a dead process is taken over', async () => {
    const dir = tempDir();
    const first = await open(dir);
    expect(first.failure).toBeUndefined();
    const second = await open(dir);
    expect(second.failure?.code).toBe('DB_IN_USE');
    expect(second.failure?.message).toContain('別の伴走');
    await first.services?.close();
    // A lock file from a process that is gone (kill -9) does not block the next start.
    fs.writeFileSync(path.join(dir, 'banso.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), startedAt: 'x' }));
    const third = await open(dir);
    expect(third.failure).toBeUndefined();
    await third.services?.close();
    expect(fs.existsSync(path.join(dir, 'banso.lock'))).toBe(false);
  });
});
