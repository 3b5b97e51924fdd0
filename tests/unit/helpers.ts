import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db } from '../../electron/store/db';
import { createClientsRepo } from '../../electron/store/clients';
import { createApplicationsRepo } from '../../electron/store/applications';
import { createHandlers, type Handlers } from '../../electron/api/handlers';
import { Template } from '../../shared/templates/template';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test. */
export function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-test-'));
  dirs.push(d);
  return d;
}

/** A small template for store/handler tests (the real ones are tested in tests/unit/templates). */
export const fixtureTemplate = (id: string, programId: 'jizokuka' | 'keieiKakushin', purposes: Record<string, string>) =>
  Template.parse({
    rules: { source: { note: 'test fixture' } },
    id,
    programId,
    name: `テスト様式 ${id}`,
    koboKai: '第1回',
    source: { note: 'test fixture' },
    criteria: [{ id: 'c1', title: '審査項目1', source: { note: 'test' } }],
    sections: [
      { id: 'kihon', title: '基本情報', fields: [{ id: 'keikakuKikan', kind: 'choice', label: '計画期間', options: [{ value: '3', label: '3年' }] }] },
      ...Object.entries(purposes).map(([sid, purpose]) => ({
        id: sid,
        title: `項目 ${sid}`,
        purpose,
        criteria: ['c1'],
        fields: [{ id: 'body', kind: 'text', label: '本文', maxChars: 1000 }],
      })),
    ],
  });

export interface TestEnv {
  db: Db;
  file: string;
  handlers: Handlers;
}

export function openTestEnv(file = path.join(tempDir(), 'banso.sqlite')): TestEnv {
  const db = openDatabase(file);
  const templates = {
    templates: [fixtureTemplate('jizokuka-t', 'jizokuka', { gaiyo: 'kigyoGaiyo', tsuyomi: 'tsuyomi' }), fixtureTemplate('keiei-t', 'keieiKakushin', { genjo: 'kigyoGaiyo', other: 'koka' })],
    errors: [],
  };
  const handlers = createHandlers(
    { db, clients: createClientsRepo(db), applications: createApplicationsRepo(db), templates, info: { version: 'test', dbPath: file, dataDir: path.dirname(file), schemaVersion: 1 } },
    'http',
  );
  afterEach(() => {
    if (db.open) db.close();
  });
  return { db, file, handlers };
}
