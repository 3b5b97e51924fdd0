import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../electron/api/dispatch';
import type { Handlers } from '../electron/api/handlers';
import { openDatabase } from '../electron/store/db';
import { sqliteStore } from '../electron/store/sql/sqlite';
import { openPostgres } from '../electron/store/postgres/open';
import type { SqlStore } from '../electron/store/sql/types';
import { createClientsRepo } from '../electron/store/clients';
import { createApplicationsRepo } from '../electron/store/applications';
import { loadTemplates } from '../electron/templates/loadTemplates';
import { NO_POSTGRES, benchHandlers, benchPostgres, benchSchema, buildLargeStore } from './benchStore';
import { median, percentile, timeIt, type BenchResult } from './stats';

/**
 * Chamber mode under load (issue 13): 20 advisors autosaving at once (one save every THINK_MS each) —
 * 10,000 saves in all, four
 * advisors on each of five applications, each on a section of their own, every 25th save sent on a
 * stale revision on purpose — then every acknowledged save is looked for (the stored text is each
 * advisor's last acknowledged one; the change log holds exactly one entry per acknowledged save) and no
 * stale write may have landed. PostgreSQL: each advisor is a machine of its own (its own pool of 2);
 * SQLite: the same load on one file through one process (one advisor's PC). Then the dashboard of a
 * chamber of 5,000 clients / 50,000 applications on each.
 */
const ADVISORS = 20;
const SAVES = 10_000;
const APPS = 5;
const STALE_EVERY = 25;
/**
 * Pause between one advisor's saves. The editor autosaves 600 ms after typing stops, so a person sends
 * at most ~1.7 saves a second; 100 ms is six times that, for all 20 at once (about 180 saves/s offered).
 */
const THINK_MS = 100;

interface Store {
  /** One per simulated advisor: a PostgreSQL pool each, or the one SQLite store shared. */
  open(): Promise<SqlStore>;
  where: { dataDir: string; dbPath: string };
  label: string;
  close(): Promise<void>;
}

async function load(store: Store): Promise<BenchResult[]> {
  const setup = await store.open();
  const clients = createClientsRepo(setup);
  const applications = createApplicationsRepo(setup);
  const apps: string[] = [];
  for (let i = 0; i < APPS; i++) {
    const c = await clients.create({ name: `負荷試験の事業者${i}`, advisor: `指導員${i}` });
    apps.push((await applications.create({ clientId: c.id, programId: 'jizokuka', templateId: 'jizokuka-17', koboKai: '第17回', title: `計画${i}` })).id);
  }
  const advisors: { handlers: Handlers; sql: SqlStore }[] = [];
  for (let i = 0; i < ADVISORS; i++) {
    const sql = await store.open();
    advisors.push({ sql, handlers: await benchHandlers(sql, store.where) });
  }
  const latencies: number[] = [];
  let acked = 0;
  let refused = 0;
  let unexpected = 0;
  const perAdvisor = SAVES / ADVISORS;
  const last: { body: string; count: number }[] = [];
  const text = '販路開拓の取組として、地域の住宅展示会に出展し、見積依頼の受付をウェブで一本化する。'.repeat(6);
  const t0 = performance.now();
  await Promise.all(
    advisors.map(async ({ handlers }, i) => {
      const id = apps[i % APPS]!;
      const sectionId = `s${i}`;
      let revision = 0;
      let ok = 0;
      let body = '';
      await new Promise((r) => setTimeout(r, (i * THINK_MS) / ADVISORS)); // not all in step
      for (let k = 0; k < perAdvisor; k++) {
        await new Promise((r) => setTimeout(r, THINK_MS));
        const stale = k % STALE_EVERY === STALE_EVERY - 1 && revision > 0;
        const value = stale ? `STALE ${i}/${k}` : `${text}（指導員${i}の${k}回目）`;
        const t = performance.now();
        const r = await dispatch(handlers, 'saveSection', { id, sectionId, values: { body: value }, baseRevision: stale ? revision - 1 : revision }, () => undefined);
        const ms = performance.now() - t;
        if (r.ok) {
          latencies.push(ms);
          revision = (r.value as { revision: number }).revision;
          body = value;
          ok++;
          acked++;
          if (stale) unexpected++; // a stale base must never be accepted
        } else if (stale && r.error.code === 'CONFLICT') refused++;
        else unexpected++;
      }
      last[i] = { body, count: ok };
    }),
  );
  const wall = performance.now() - t0;

  // Every acknowledged save is there: the last text of each section, one change-log entry per save.
  let lost = 0;
  let overwritten = 0;
  for (let i = 0; i < ADVISORS; i++) {
    const a = await applications.get(apps[i % APPS]!);
    if (a.content[`s${i}`]?.body !== last[i]!.body) lost++;
    const logged = await setup.all<{ parts: string }>('SELECT parts FROM change_log WHERE application_id = ?', [apps[i % APPS]!]);
    const mine = logged.filter((r) => (JSON.parse(r.parts) as string[]).includes(`section:s${i}`)).length;
    if (mine !== last[i]!.count) lost += Math.abs(mine - last[i]!.count);
    if (JSON.stringify(a.content).includes('STALE')) overwritten++;
  }
  for (const a of advisors) if (a.sql !== setup) await a.sql.close();
  if (advisors.every((a) => a.sql !== setup)) await setup.close();
  const p = (q: number) => percentile(latencies, q);
  const note = `${ADVISORS} advisors × ${perAdvisor} saves, ${THINK_MS} ms apart (${APPS} applications, a section each), ${(acked / (wall / 1000)).toFixed(0)} saves/s; ${refused} stale saves refused, ${unexpected} unexpected results`;
  return [
    { name: `${store.label}: load test, p95 save (20 advisors, 10,000 autosaves)`, value: p(95), unit: 'ms', target: 20, note: `p50 ${p(50).toFixed(1)} ms, p99 ${p(99).toFixed(1)} ms; ${note}` },
    { name: `${store.label}: load test, acknowledged saves lost`, value: lost, unit: 'saves', target: 0, note: `${acked} acknowledged` },
    { name: `${store.label}: load test, stale writes that landed (silent overwrites)`, value: overwritten + unexpected, unit: 'writes', target: 0, note: `${refused} of ${ADVISORS * Math.floor(perAdvisor / STALE_EVERY)} stale saves refused with CONFLICT` },
  ];
}

async function dashboard(sql: SqlStore, where: Store['where'], label: string): Promise<BenchResult[]> {
  await buildLargeStore(sql, { clients: 5000, perClient: 10, pipeline: true });
  // The shipped templates: the 採択後 dashboard computes a report for each adopted application of a round with aftercare rules.
  const handlers = await benchHandlers(sql, where, loadTemplates(path.join(process.cwd(), 'templates')).templates);
  const applications = createApplicationsRepo(sql);
  const drafts = (await sql.all<{ id: string }>("SELECT id FROM applications WHERE status = 'draft' LIMIT 20")).map((r) => r.id);
  let bytes = 0;
  const open = async () => {
    const r = await dispatch(handlers, 'getPortfolio', { today: '2026-11-24' }, () => undefined);
    if (!r.ok) throw new Error(r.error.message);
    bytes = JSON.stringify(r.value).length;
  };
  const cold = await timeIt(1, open); // the first look after start: every row read
  // Then as in a chamber at work: between two looks, advisors autosave (20 saves) and one application moves on.
  let k = 0;
  const between = async () => {
    for (const id of drafts) {
      const a = await applications.get(id);
      await applications.saveSection(id, 'gaiyo', { body: `自動保存 ${k++}` }, a.revision);
    }
    const p = await dispatch(handlers, 'getPipeline', { applicationId: drafts[k % drafts.length]! }, () => undefined);
    if (p.ok) {
      const st = p.value as { revision: number; next: { to: string }[] };
      const to = st.next.find((n) => n.to === 'ownerReview' || n.to === 'draft')?.to;
      if (to) await dispatch(handlers, 'moveApplication', { applicationId: drafts[k % drafts.length]!, to, on: '2026-11-24', baseRevision: st.revision }, () => undefined);
    }
  };
  let aftercareBytes = 0;
  const aftercare = async () => {
    const r = await dispatch(handlers, 'getAftercareOverview', { today: '2026-11-24' }, () => undefined);
    if (!r.ok) throw new Error(r.error.message);
    aftercareBytes = JSON.stringify(r.value).length;
  };
  const aftercareCold = await timeIt(1, aftercare);
  const warm: number[] = [];
  const aftercareWarm: number[] = [];
  for (let i = 0; i < 5; i++) {
    await between();
    warm.push((await timeIt(1, open))[0]!);
    aftercareWarm.push((await timeIt(1, aftercare))[0]!);
  }
  const adopted = (await sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM applications WHERE status = 'adopted'"))!.n;
  return [
    { name: `${label}: 採択後 dashboard (getAftercareOverview) at 50,000 applications`, value: median(aftercareWarm), unit: 'ms', target: 300, note: `median of 5 looks after the same changes; ${Number(adopted).toLocaleString('en')} adopted applications; first look after start ${aftercareCold[0]!.toFixed(0)} ms (every report computed once); payload ${(aftercareBytes / 1024).toFixed(0)} KB` },
    { name: `${label}: dashboard (getPortfolio) at 5,000 clients / 50,000 applications`, value: median(warm), unit: 'ms', target: 300, note: `median of 5 looks, each after 20 autosaves and a stage change; first look after start ${cold[0]!.toFixed(0)} ms; payload ${(bytes / 1024).toFixed(0)} KB (target < 200 KB)` },
  ];
}

export async function chamberBenchmarks(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  // SQLite beside it: one file, one process.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-chamber-'));
  const file = path.join(dir, 'banso.sqlite');
  const shared = sqliteStore(openDatabase(file));
  out.push(...(await load({ open: async () => shared, where: { dataDir: dir, dbPath: file }, label: 'SQLite', close: () => shared.close() })));
  await shared.close();
  const dashFile = path.join(dir, 'dashboard.sqlite');
  const dash = sqliteStore(openDatabase(dashFile));
  out.push(...(await dashboard(dash, { dataDir: dir, dbPath: dashFile }, 'SQLite')));
  await dash.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const server = await benchPostgres();
  if (!server) return [...out, { name: 'PostgreSQL: load test', value: Number.NaN, unit: 'ms', note: NO_POSTGRES }];
  const schema = await benchSchema(server);
  try {
    const stores: SqlStore[] = [];
    out.push(
      ...(await load({
        open: async () => {
          const s = await openPostgres({ connectionString: schema.url, max: 2 });
          stores.push(s);
          return s;
        },
        where: { dataDir: os.tmpdir(), dbPath: `PostgreSQL (${server.where})` },
        label: 'PostgreSQL',
        close: async () => undefined,
      })),
    );
    const dashSchema = await benchSchema(server);
    const pg = await openPostgres({ connectionString: dashSchema.url });
    try {
      out.push(...(await dashboard(pg, { dataDir: os.tmpdir(), dbPath: 'PostgreSQL' }, 'PostgreSQL')));
    } finally {
      await pg.close();
      await dashSchema.drop();
    }
  } finally {
    await schema.drop();
  }
  return out;
}

// `npx tsx bench/chamber.bench.ts`: this bench alone.
if (process.argv[1]?.endsWith('chamber.bench.ts')) {
  const { report } = await import('./stats');
  const { stopBenchPostgres } = await import('./benchStore');
  try {
    report(await chamberBenchmarks());
  } finally {
    stopBenchPostgres();
  }
}
