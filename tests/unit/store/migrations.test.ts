import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { migrate, openDatabase } from '../../../electron/store/db';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/store/migrations/index';
import { ApiFailure } from '../../../shared/api/errors';
import { tempDir } from '../helpers';

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('database file', () => {
  it('runs every migration from an empty file and records the version', () => {
    const file = path.join(tempDir(), 'banso.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['applications', 'banso_meta', 'clients']));
    db.close();
  });

  it('migration versions are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('reopening an up-to-date database changes nothing', () => {
    const file = path.join(tempDir(), 'banso.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const file = path.join(tempDir(), 'banso.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE banso_meta (key TEXT PRIMARY KEY, value TEXT)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = sha(file);
    expect(() => openDatabase(file)).toThrowError(ApiFailure);
    try {
      openDatabase(file);
    } catch (e) {
      expect((e as ApiFailure).code).toBe('DB_NEWER_VERSION');
      expect((e as ApiFailure).message).toContain('新しいバージョン');
    }
    expect(sha(file)).toBe(before);
  });

  it('refuses a file that is not a database and leaves it untouched', () => {
    const file = path.join(tempDir(), 'banso.sqlite');
    fs.writeFileSync(file, '事業計画書のメモ — not a database\n'.repeat(100));
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/データベースではない/);
    expect(sha(file)).toBe(before);
  });

  it("refuses another program's SQLite database", () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    raw.close();
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/伴走のデータベースではありません/);
    expect(sha(file)).toBe(before);
  });

  it('a failing migration leaves the database at its old version (one transaction)', () => {
    const file = path.join(tempDir(), 'banso.sqlite');
    const db = new Database(file);
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', up: () => { throw new Error('boom'); } }];
    expect(() => migrate(db, 0, broken)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table'").get()).toEqual({ n: 0 });
    migrate(db, 0);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('upgrades a version-1 database with data to the current version, keeping every row', () => {
    const file = path.join(tempDir(), 'banso.sqlite');
    const v1 = new Database(file);
    migrate(v1, 0, MIGRATIONS.slice(0, 1));
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.prepare("INSERT INTO clients (id, name, data, created_at, updated_at) VALUES ('c1', 'A社', '{\"name\":\"A社\",\"advisor\":\"田中\"}', 't', 't')").run();
    v1.prepare(`INSERT INTO applications (id, client_id, program_id, template_id, kobo_kai, title, status, content, financial_plan, expenses, origins, created_at, updated_at)
      VALUES ('a1', 'c1', 'jizokuka', 'jizokuka-17', '第17回', '販路開拓', 'submitted', '{"s":{"f":"本文😀"}}', '{"years":[]}', '[]', '{}', 't', 't')`).run();
    v1.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const row = db.prepare('SELECT title, status, content, advisor, pipeline FROM applications WHERE id = ?').get('a1');
    expect(row).toEqual({ title: '販路開拓', status: 'submitted', content: '{"s":{"f":"本文😀"}}', advisor: '', pipeline: '{}' });
    db.close();
  });
});
