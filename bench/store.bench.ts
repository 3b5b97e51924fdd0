import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../electron/store/db';
import { createClientsRepo } from '../electron/store/clients';
import { createApplicationsRepo } from '../electron/store/applications';
import { createHandlers } from '../electron/api/handlers';
import { startBridge } from '../electron/bridge/server';
import { median, timeIt, type BenchResult } from './stats';

const PROGRAMS = [
  ['jizokuka', 'jizokuka-17'],
  ['keieiKakushin', 'keiei-kakushin-r2'],
  ['monozukuri', 'monozukuri-20'],
] as const;

/** Builds a database of `clients` clients with `perClient` applications each, with realistic text. */
export function buildLargeDb(file: string, clients = 1000, perClient = 10): void {
  const db = openDatabase(file);
  const para = '当社は地域の工務店として、住宅の新築とリフォームを手がけてきた。'.repeat(20);
  const now = Date.now();
  db.transaction(() => {
    const ic = db.prepare('INSERT INTO clients (id, name, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const ia = db.prepare(`INSERT INTO applications (id, client_id, program_id, template_id, kobo_kai, title, status, content, financial_plan, expenses, origins, revision, created_at, updated_at)
      VALUES (?, ?, ?, ?, '第1回', ?, 'draft', ?, '{"years":[]}', '[]', '{}', 0, ?, ?)`);
    for (let c = 0; c < clients; c++) {
      const id = randomUUID();
      const t = new Date(now - c * 60_000).toISOString();
      const name = `株式会社サンプル${c}`;
      ic.run(id, name, JSON.stringify({ name, representative: '山田 太郎', legalForm: 'hojin', industry: '製造業', prefecture: '埼玉県', employeeCount: 10, capitalYen: null, foundedYear: 1990, fiscalYearEndMonth: 3, advisor: `指導員${c % 5}`, notes: '' }), t, t);
      for (let a = 0; a < perClient; a++) {
        const [p, tid] = PROGRAMS[a % 3]!;
        ia.run(randomUUID(), id, p, tid, `申請${a}`, JSON.stringify({ gaiyo: { body: para }, tsuyomi: { body: para } }), t, t);
      }
    }
  })();
  db.close();
}

export async function storeBenchmarks(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-'));
  const file = path.join(dir, 'banso.sqlite');
  buildLargeDb(file);
  // Cold-ish: open the file and list the first page, as the app does at start.
  const openList = await timeIt(15, () => {
    const db = openDatabase(file);
    createClientsRepo(db).list('', 0, 100);
    createApplicationsRepo(db).list(undefined, 0, 100);
    db.close();
  });

  const db = openDatabase(file);
  const clients = createClientsRepo(db);
  const applications = createApplicationsRepo(db);
  const search = await timeIt(30, () => clients.list('サンプル99', 0, 100));
  const handlers = createHandlers({ db, clients, applications, templates: { templates: [], errors: [] }, info: { version: 'bench', dbPath: file, dataDir: dir, schemaVersion: 1 } }, 'http');
  const bridge = await startBridge({ handlers, rendererDir: dir, log: () => undefined });
  const target = applications.list(undefined, 0, 1).items[0]!.id;
  let revision = applications.get(target).revision;
  const text = 'リフォーム専門店の認知度を高めるため、チラシとウェブサイトを刷新する。'.repeat(30);
  const save = async () => {
    const res = await fetch(`${bridge.origin}/api/saveSection`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bridge.token}` },
      body: JSON.stringify({ id: target, sectionId: 'gaiyo', values: { body: text + revision }, baseRevision: revision }),
    });
    const json = (await res.json()) as { ok: boolean; value: { revision: number } };
    if (!json.ok) throw new Error('save failed');
    revision = json.value.revision;
  };
  await timeIt(20, save); // warm up
  const saves = await timeIt(300, save); // synchronous = FULL, as the app runs: durable through a power cut
  db.pragma('synchronous = NORMAL'); // for comparison only: what durability costs
  const savesNormal = await timeIt(300, save);
  await bridge.close();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    { name: 'open DB (1,000 clients / 10,000 applications) + first page', value: median(openList), unit: 'ms', target: 50, note: 'median of 15' },
    { name: 'client search (LIKE) on 1,000 clients', value: median(search), unit: 'ms', note: 'median of 30' },
    { name: 'autosave round trip (HTTP → handler → SQLite commit → reply), synchronous=FULL', value: median(saves), unit: 'ms', target: 5, note: 'median of 300, ~1,000-char section' },
    { name: 'the same with synchronous=NORMAL (not used; the cost of durability)', value: median(savesNormal), unit: 'ms', note: 'median of 300' },
  ];
}
