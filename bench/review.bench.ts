import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/store/db';
import { createClientsRepo } from '../electron/store/clients';
import { createApplicationsRepo } from '../electron/store/applications';
import { createHandlers } from '../electron/api/handlers';
import { dispatch } from '../electron/api/dispatch';
import { diffText } from '../shared/review/diff';
import { buildLargeDb } from './store.bench';
import { median, timeIt, type BenchResult } from './stats';
import { reviewHtmlBenchmarks } from './reviewHtml.bench';

const STATUSES = ['draft', 'ownerReview', 'ready', 'submitted', 'adopted', 'rejected'];

/** Dashboard over 1,000 clients / 10,000 applications (query + statistics), and a 20,000-character diff. */
export async function reviewBenchmarks(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-pf-'));
  const file = path.join(dir, 'banso.sqlite');
  buildLargeDb(file);
  const db = openDatabase(file);
  // Spread the applications over the pipeline with dates, so the statistics have work to do.
  db.prepare(`UPDATE applications SET status = json_extract(?, '$[' || (rowid % 6) || ']'),
    advisor = '指導員' || (rowid % 5), pipeline = json_object('dates', json_object('readyAt', '2026-05-10', 'submittedAt', '2026-06-01', 'resultAt', '2026-09-01'), 'history', json_array())`).run(JSON.stringify(STATUSES));
  const handlers = createHandlers({ db, clients: createClientsRepo(db), applications: createApplicationsRepo(db), templates: { templates: [], errors: [] }, info: { version: 'bench', dbPath: file, dataDir: dir, schemaVersion: 2 } }, 'http');
  const portfolio = () => dispatch(handlers, 'getPortfolio', { today: '2026-11-24' });
  await timeIt(3, portfolio);
  const times = await timeIt(15, portfolio);
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });

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
    { name: 'diff of two 20,000-character versions (20% rewritten)', value: median(diffs), unit: 'ms', target: 50, note: 'median of 30' },
    ...(await reviewHtmlBenchmarks()),
  ];
}
