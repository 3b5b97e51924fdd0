import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/store/db';
import { sqliteStore } from '../electron/store/sql/sqlite';
import { openPostgres } from '../electron/store/postgres/open';
import type { SqlStore } from '../electron/store/sql/types';
import { dispatch } from '../electron/api/dispatch';
import { diffText } from '../shared/review/diff';
import { NO_POSTGRES, benchHandlers, benchPostgres, benchSchema, buildLargeStore } from './benchStore';
import { median, timeIt, type BenchResult } from './stats';
import { reviewHtmlBenchmarks } from './reviewHtml.bench';

/** The dashboard (getPortfolio through the dispatcher) over a store of 1,000 clients / 10,000 applications spread over the pipeline. */
async function dashboard(sql: SqlStore, where: { dataDir: string; dbPath: string }): Promise<number[]> {
  // Statuses, dates and advisors spread over the applications, so the statistics have work to do.
  await buildLargeStore(sql, { pipeline: true });
  const handlers = await benchHandlers(sql, where);
  const portfolio = async () => {
    const r = await dispatch(handlers, 'getPortfolio', { today: '2026-11-24' });
    if (!r.ok) throw new Error(r.error.message);
  };
  await timeIt(3, portfolio);
  return timeIt(15, portfolio);
}

async function postgresDashboard(): Promise<BenchResult> {
  const name = 'dashboard on PostgreSQL: 1,000 clients / 10,000 applications, query + statistics';
  const server = await benchPostgres();
  if (!server) return { name, value: Number.NaN, unit: 'ms', note: NO_POSTGRES };
  const schema = await benchSchema(server);
  const sql = await openPostgres({ connectionString: schema.url });
  try {
    const times = await dashboard(sql, { dataDir: os.tmpdir(), dbPath: 'PostgreSQL (bench schema)' });
    return { name, value: median(times), unit: 'ms', target: 200, note: `median of 15, through the API dispatcher; ${server.where}` };
  } finally {
    await sql.close();
    await schema.drop();
  }
}

/** Dashboard over 1,000 clients / 10,000 applications (query + statistics), and a 20,000-character diff. */
export async function reviewBenchmarks(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-pf-'));
  const file = path.join(dir, 'banso.sqlite');
  const sql = sqliteStore(openDatabase(file));
  const times = await dashboard(sql, { dataDir: dir, dbPath: file });
  await sql.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const onPostgres = await postgresDashboard();

  const sentence = (i: number) => `当社は第${i}期に地域の工務店として新築とリフォームを手がけ、顧客満足度の向上に努めてきた。`;
  let a = '';
  for (let i = 0; a.length < 20_000; i++) a += sentence(i);
  a = a.slice(0, 20_000);
  // 20% of the sentences rewritten, a few inserted and deleted.
  const b = a
    .split('。')
    .map((s, i) => (i % 5 === 0 ? `${s.replace('新築とリフォーム', '断熱改修と水回り工事')}（見直し）` : i % 37 === 0 ? '' : s))
    .join('。');
  const diffs = await timeIt(30, () => diffText(a, b));
  return [
    { name: 'dashboard: 1,000 clients / 10,000 applications, query + statistics', value: median(times), unit: 'ms', target: 200, note: 'median of 15, through the API dispatcher' },
    onPostgres,
    { name: 'diff of two 20,000-character versions (20% rewritten)', value: median(diffs), unit: 'ms', target: 50, note: 'median of 30' },
    ...(await reviewHtmlBenchmarks()),
  ];
}
