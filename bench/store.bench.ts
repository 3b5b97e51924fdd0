import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/store/db';
import { sqliteStore } from '../electron/store/sql/sqlite';
import { openPostgres } from '../electron/store/postgres/open';
import type { SqlStore } from '../electron/store/sql/types';
import { createClientsRepo } from '../electron/store/clients';
import { createApplicationsRepo } from '../electron/store/applications';
import { startBridge } from '../electron/bridge/server';
import { NO_POSTGRES, benchHandlers, benchPostgres, benchSchema, buildLargeStore } from './benchStore';
import { median, timeIt, type BenchResult } from './stats';

/**
 * Autosave as the browser mode does it: `POST /api/saveSection` over the loopback bridge, the handler's
 * write transaction committed on the store, the reply read. Each save names the revision the last one
 * returned, as the page does.
 */
async function autosaver(sql: SqlStore, where: { dataDir: string; dbPath: string }) {
  const handlers = await benchHandlers(sql, where);
  const bridge = await startBridge({ handlers, rendererDir: where.dataDir, log: () => undefined });
  const applications = createApplicationsRepo(sql);
  const target = (await applications.list(undefined, 0, 1)).items[0]!.id;
  let revision = (await applications.get(target)).revision;
  const text = 'リフォーム専門店の認知度を高めるため、チラシとウェブサイトを刷新する。'.repeat(30);
  const save = async () => {
    const res = await fetch(`${bridge.origin}/api/saveSection`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bridge.token}` },
      body: JSON.stringify({ id: target, sectionId: 'gaiyo', values: { body: text + revision }, baseRevision: revision }),
    });
    const json = (await res.json()) as { ok: boolean; value: { revision: number }; error?: { message: string } };
    if (!json.ok) throw new Error(`save failed: ${json.error?.message}`);
    revision = json.value.revision;
  };
  return { save, close: () => bridge.close() };
}

const AUTOSAVE = 'autosave round trip (HTTP → handler →';

async function postgresBenchmarks(): Promise<BenchResult[]> {
  const server = await benchPostgres();
  if (!server) return [{ name: `${AUTOSAVE} PostgreSQL commit → reply)`, value: Number.NaN, unit: 'ms', note: NO_POSTGRES }];
  const schema = await benchSchema(server);
  const sql = await openPostgres({ connectionString: schema.url });
  try {
    await buildLargeStore(sql);
    const clients = createClientsRepo(sql);
    const search = await timeIt(30, () => clients.list('サンプル99', 0, 100));
    const firstPage = await timeIt(15, async () => {
      await clients.list('', 0, 100);
      await createApplicationsRepo(sql).list(undefined, 0, 100);
    });
    const a = await autosaver(sql, { dataDir: os.tmpdir(), dbPath: 'PostgreSQL (bench schema)' });
    await timeIt(20, a.save); // warm up
    const saves = await timeIt(300, a.save);
    await a.close();
    return [
      { name: 'PostgreSQL: first page of clients + applications (1,000 / 10,000, open pool)', value: median(firstPage), unit: 'ms', note: `median of 15; ${server.where}` },
      { name: 'PostgreSQL: client search (LIKE) on 1,000 clients', value: median(search), unit: 'ms', note: 'median of 30' },
      { name: `${AUTOSAVE} PostgreSQL commit → reply)`, value: median(saves), unit: 'ms', target: 5, note: `median of 300, ~1,000-char section; ${server.where}` },
    ];
  } finally {
    await sql.close();
    await schema.drop();
  }
}

export async function storeBenchmarks(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-'));
  const file = path.join(dir, 'banso.sqlite');
  const build = sqliteStore(openDatabase(file));
  await buildLargeStore(build);
  await build.close();
  // Cold-ish: open the file and list the first page, as the app does at start.
  const openList = await timeIt(15, async () => {
    const sql = sqliteStore(openDatabase(file));
    await createClientsRepo(sql).list('', 0, 100);
    await createApplicationsRepo(sql).list(undefined, 0, 100);
    await sql.close();
  });

  const sql = sqliteStore(openDatabase(file));
  const clients = createClientsRepo(sql);
  const search = await timeIt(30, () => clients.list('サンプル99', 0, 100));
  const a = await autosaver(sql, { dataDir: dir, dbPath: file });
  await timeIt(20, a.save); // warm up
  const saves = await timeIt(300, a.save); // synchronous = FULL, as the app runs: durable through a power cut
  await sql.run('PRAGMA synchronous = NORMAL'); // for comparison only: what durability costs
  const savesNormal = await timeIt(300, a.save);
  await a.close();
  await sql.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    { name: 'open DB (1,000 clients / 10,000 applications) + first page', value: median(openList), unit: 'ms', target: 50, note: 'median of 15' },
    { name: 'client search (LIKE) on 1,000 clients', value: median(search), unit: 'ms', note: 'median of 30' },
    { name: `${AUTOSAVE} SQLite commit → reply), synchronous=FULL`, value: median(saves), unit: 'ms', target: 5, note: 'median of 300, ~1,000-char section' },
    { name: 'the same with synchronous=NORMAL (not used; the cost of durability)', value: median(savesNormal), unit: 'ms', note: 'median of 300' },
    ...(await postgresBenchmarks()),
  ];
}
