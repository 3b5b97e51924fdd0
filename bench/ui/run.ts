/**
 * `npm run bench:ui`: what an advisor waits for, measured in browser mode with Playwright in Chromium
 * (never a test: figures are printed, nothing is asserted). On (a) a fresh demo data folder and (b) a
 * generated chamber (5,000 clients / 50,000 applications), each run starts `node dist-node/serve.mjs`
 * and times start → URL, the client list, the portfolio (payload, long tasks), its 担当 filter, the
 * wizard, a paste of 20,000 characters and typing at the end of them. Median of the runs.
 *
 *   npm run bench:ui -- [--runs 5] [--only demo|chamber] [--clients 5000] [--per-client 10]
 *                       [--database-url postgres://…] [--root DIR] [--json FILE] [--no-cjk-fonts]
 *
 * --database-url: the chamber run uses that database (passed to the server as BANSO_DATABASE_URL) and
 * generates nothing — load the chamber into it first. --root DIR: measure another checkout (e.g. a copy
 * of an older commit) with this bench; given twice, the two checkouts' runs alternate, so a busy
 * machine slows both alike (before → after). --no-cjk-fonts: the browser sees none of this machine's
 * Japanese fonts (as on a PC without them), so the bundled font draws the UI.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { BROWSER_ARGS, requireBrowser } from '../../tests/e2e/browser';
import { median, report, type BenchResult } from '../stats';
import { buildNodeBundle, buildRenderer, chunkSizes } from './build';
import { fillChamber } from './chamber';
import { fontconfigWithoutCjk } from './fonts';
import { runOnce, type RunFigures, type Target } from './scenarios';
import { startServe } from './server';

interface Options {
  runs: number;
  only?: 'demo' | 'chamber';
  clients: number;
  perClient: number;
  databaseUrl?: string;
  /** Checkouts to measure; with more than one, their runs alternate (a busy machine slows them alike). */
  roots: string[];
  json?: string;
  keystrokes: number;
  /** Run the browser as on a machine without Japanese fonts (the bundled font must draw everything). */
  noCjkFonts: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 5, clients: 5000, perClient: 10, roots: [], keystrokes: 60, noCjkFonts: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') o.runs = Number(next());
    else if (a === '--only') {
      const v = next();
      if (v !== 'demo' && v !== 'chamber') throw new Error('--only takes demo or chamber');
      o.only = v;
    } else if (a === '--clients') o.clients = Number(next());
    else if (a === '--per-client') o.perClient = Number(next());
    else if (a === '--database-url') o.databaseUrl = next();
    else if (a === '--root') o.roots.push(path.resolve(next()));
    else if (a === '--json') o.json = path.resolve(next());
    else if (a === '--keystrokes') o.keystrokes = Number(next());
    else if (a === '--no-cjk-fonts') o.noCjkFonts = true;
    else throw new Error(`Unknown option ${a}. Usage: npm run bench:ui -- [--runs N] [--only demo|chamber] [--clients N] [--per-client N] [--database-url URL] [--root DIR] [--json FILE] [--no-cjk-fonts]`);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs needs a whole number ≥ 1');
  if (o.roots.length === 0) o.roots.push(process.cwd());
  return o;
}

interface Dataset {
  name: string;
  /** A fresh data folder for this dataset (its database copied in where generated). */
  prepare(): string;
  empty: boolean;
  databaseUrl?: string;
}

async function api<T>(url: string, method: string, input: unknown): Promise<T> {
  const u = new URL(url);
  const token = /token=([^&]+)/.exec(u.hash)?.[1] ?? '';
  const res = await fetch(`${u.origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
  const json = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!json.ok) throw new Error(`${method}: ${json.error?.message}`);
  return json.value;
}

/** A draft (editable) application with a multi-line text field, and that field (from the template's own file). */
async function findTarget(root: string, url: string): Promise<Target> {
  const list = await api<{ items: { id: string; templateId: string; status: string }[] }>(url, 'listApplications', { offset: 0, limit: 200 });
  for (const a of list.items.filter((x) => x.status === 'draft')) {
    const file = path.join(root, 'templates', a.templateId, 'template.json');
    if (!fs.existsSync(file)) continue;
    const t = JSON.parse(fs.readFileSync(file, 'utf8')) as { sections: { id: string; fields: { id: string; kind: string; multiline?: boolean }[] }[] };
    for (const s of t.sections) {
      const f = s.fields.find((x) => x.kind === 'text' && x.multiline !== false);
      if (f) return { applicationId: a.id, sectionId: s.id, fieldId: f.id };
    }
  }
  throw new Error('bench:ui: no application with a multi-line text field');
}

/** The generated chamber, cached per size and schema in .cache/bench-ui/. */
async function chamberFile(o: Options, root: string, bundle: string, rendererDir: string): Promise<string> {
  const cacheDir = path.join(root, '.cache', 'bench-ui');
  fs.mkdirSync(cacheDir, { recursive: true });
  // The app creates its own schema: start it once on an empty folder.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-ui-schema-'));
  const s = await startServe({ root, bundle, dataDir: dir, rendererDir, empty: true });
  await s.stop();
  const schemaFile = path.join(dir, 'banso.sqlite');
  const { default: Database } = await import('better-sqlite3');
  const probe = new Database(schemaFile, { readonly: true });
  const version = probe.pragma('user_version', { simple: true }) as number;
  const columns = (probe.prepare("SELECT group_concat(name || ':' || sql, ';') AS s FROM sqlite_master WHERE type = 'table'").get() as { s: string }).s;
  probe.close();
  const key = `${o.clients}x${o.perClient}-v${version}-${hash(columns)}`;
  const file = path.join(cacheDir, `chamber-${key}.sqlite`);
  if (!fs.existsSync(file)) {
    const t = performance.now();
    console.error(`bench:ui: generating a chamber of ${o.clients} clients / ${o.clients * o.perClient} applications …`);
    fillChamber(schemaFile, root, { clients: o.clients, perClient: o.perClient });
    fs.copyFileSync(schemaFile, `${file}.tmp`);
    fs.renameSync(`${file}.tmp`, file);
    console.error(`bench:ui: generated in ${((performance.now() - t) / 1000).toFixed(1)} s (${(fs.statSync(file).size / 1e6).toFixed(0)} MB, kept in ${path.relative(root, file)})`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return file;
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}

const maxOf = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);

function summarize(name: string, starts: number[], runs: RunFigures[]): BenchResult[] {
  const m = (pick: (r: RunFigures) => number | null) => {
    const xs = runs.map(pick).filter((x): x is number => x !== null && !Number.isNaN(x));
    return xs.length ? median(xs) : NaN;
  };
  const range = (pick: (r: RunFigures) => number | null) => {
    const xs = runs.map(pick).filter((x): x is number => x !== null && !Number.isNaN(x));
    return xs.length ? `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}` : 'n/a';
  };
  const n = `median of ${runs.length}`;
  return [
    { name: `[${name}] start → URL (node dist-node/serve.mjs)`, value: median(starts), unit: 'ms', target: 800, note: `${n}, ${Math.min(...starts).toFixed(0)}–${Math.max(...starts).toFixed(0)}` },
    { name: `[${name}] navigation → client list painted`, value: m((r) => r.clientListPainted), unit: 'ms', target: 500, note: `${n}, ${range((r) => r.clientListPainted)}` },
    { name: `[${name}] navigation → client list painted in its font`, value: m((r) => r.clientListWithFonts), unit: 'ms', target: 500, note: `${n}, ${range((r) => r.clientListWithFonts)}` },
    { name: `[${name}] API responses before the client list`, value: m((r) => r.clientListApiBytes / 1024), unit: 'KB', note: `${n}; ${runs[0]?.clientListApiCalls.join(', ') ?? ''}` },
    { name: `[${name}] font files loaded for the client list`, value: m((r) => r.clientListFontFiles), unit: 'files', note: n },
    { name: `[${name}] longest task while the client list loads`, value: m((r) => maxOf(r.clientListLongTasks)), unit: 'ms', note: `${n}; tasks > 50 ms: ${m((r) => r.clientListLongTasks.length)}` },
    { name: `[${name}] click → portfolio painted (first look, ~1 s after start)`, value: m((r) => r.portfolioPainted), unit: 'ms', target: 500, note: `${n}, ${range((r) => r.portfolioPainted)}` },
    { name: `[${name}] click → portfolio painted in its font`, value: m((r) => r.portfolioWithFonts), unit: 'ms', note: n },
    { name: `[${name}] longest task while the portfolio loads`, value: m((r) => maxOf(r.portfolioLongTasks)), unit: 'ms', target: 100, note: `${n}; tasks > 50 ms: ${m((r) => r.portfolioLongTasks.length)}` },
    { name: `[${name}] getPortfolio payload`, value: m((r) => (r.portfolioPayload === null ? null : r.portfolioPayload / 1024)), unit: 'KB', target: 200, note: n },
    { name: `[${name}] 担当 filter → painted`, value: m((r) => r.filterMs), unit: 'ms', target: 100, note: `${n}, ${range((r) => r.filterMs)}; longest task ${m((r) => maxOf(r.filterLongTasks)).toFixed(0)} ms` },
    { name: `[${name}] portfolio opened again later → painted`, value: m((r) => r.portfolioAgainPainted), unit: 'ms', target: 500, note: `${n}, ${range((r) => r.portfolioAgainPainted)}; longest task ${m((r) => maxOf(r.portfolioAgainLongTasks)).toFixed(0)} ms` },
    { name: `[${name}] 担当 filter later → painted`, value: m((r) => r.filterAgainMs), unit: 'ms', target: 100, note: `${n}, ${range((r) => r.filterAgainMs)}` },
    { name: `[${name}] click → wizard painted`, value: m((r) => r.wizardPainted), unit: 'ms', note: `${n}, ${range((r) => r.wizardPainted)}; font files by then: ${m((r) => r.wizardFontFiles)}` },
    { name: `[${name}] paste 20,000 characters → painted`, value: m((r) => r.pasteMs), unit: 'ms', note: `${n}, ${range((r) => r.pasteMs)}; longest task ${m((r) => maxOf(r.pasteLongTasks)).toFixed(0)} ms` },
    { name: `[${name}] keystroke → painted at 20,000 characters, p95`, value: m((r) => r.typingP95), unit: 'ms', target: 50, note: `${n}; max ${m((r) => r.typingMax).toFixed(0)} ms; longest task ${m((r) => maxOf(r.typingLongTasks)).toFixed(0)} ms` },
  ];
}

interface Checkout {
  root: string;
  label: string;
  bundle: string;
  rendererDir: string;
  sizes: ReturnType<typeof chunkSizes>;
}

async function prepareCheckout(root: string, label: string): Promise<Checkout> {
  const bundle = await buildNodeBundle(root);
  const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-ui-renderer-'));
  buildRenderer(root, rendererDir);
  return { root, label, bundle, rendererDir, sizes: chunkSizes(rendererDir) };
}

/** The datasets of one checkout: the demo, and the chamber (generated) or the given database. */
async function datasetsOf(o: Options, c: Checkout): Promise<Dataset[]> {
  const out: Dataset[] = [];
  if (o.only !== 'chamber') out.push({ name: 'demo', empty: false, prepare: () => fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-ui-demo-')) });
  if (o.only === 'demo') return out;
  if (o.databaseUrl) {
    out.push({ name: `database ${new URL(o.databaseUrl).host}`, empty: true, databaseUrl: o.databaseUrl, prepare: () => fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-ui-pg-')) });
    return out;
  }
  const file = await chamberFile(o, c.root, c.bundle, c.rendererDir);
  out.push({
    name: `chamber ${o.clients}/${o.clients * o.perClient}`,
    empty: true,
    prepare: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-ui-chamber-'));
      fs.copyFileSync(file, path.join(dir, 'banso.sqlite'));
      return dir;
    },
  });
  return out;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const found = requireBrowser();
  console.error(`bench:ui: ${o.roots.join(', ')} in ${found.label}${o.noCjkFonts ? ' without Japanese system fonts' : ''}, ${os.cpus().length} cores`);
  const checkouts: Checkout[] = [];
  for (const root of o.roots) checkouts.push(await prepareCheckout(root, o.roots.length > 1 ? path.basename(root) : ''));
  const sets = await Promise.all(checkouts.map((c) => datasetsOf(o, c)));

  const env = o.noCjkFonts ? { ...process.env, FONTCONFIG_FILE: fontconfigWithoutCjk() } : process.env;
  const browser = await chromium.launch({ ...(found.channel ? { channel: found.channel } : { executablePath: found.executablePath }), args: BROWSER_ARGS, env });
  const results: BenchResult[] = checkouts.flatMap((c) => [
    {
      name: `${c.label ? `${c.label} ` : ''}renderer: entry chunk`,
      value: c.sizes.main.bytes / 1024,
      unit: 'KB',
      note: `${(c.sizes.main.gzip / 1024).toFixed(0)} KB gzip; ${c.sizes.scripts} scripts, ${(c.sizes.allJsBytes / 1024).toFixed(0)} KB in all`,
    },
    {
      name: `${c.label ? `${c.label} ` : ''}renderer: scripts loaded before the first screen`,
      value: c.sizes.startup.bytes / 1024,
      unit: 'KB',
      note: `${c.sizes.startup.files} files, ${(c.sizes.startup.gzip / 1024).toFixed(0)} KB gzip`,
    },
  ]);
  const raw: Record<string, { starts: number[]; runs: RunFigures[] }> = {};
  try {
    for (let d = 0; d < sets[0]!.length; d++) {
      const runs = checkouts.map((c, k) => {
        const set = sets[k]![d]!;
        const dataDir = set.prepare();
        return { c, set, dataDir, serve: { root: c.root, bundle: c.bundle, dataDir, rendererDir: c.rendererDir, empty: set.empty, ...(set.databaseUrl ? { databaseUrl: set.databaseUrl } : {}) }, target: undefined as Target | undefined, starts: [] as number[], figures: [] as RunFigures[] };
      });
      // Warm-up start (not counted): the demo seeds its data; the OS caches the files.
      for (const r of runs) {
        const first = await startServe(r.serve);
        r.target = await findTarget(r.c.root, first.url);
        await first.stop();
      }
      for (let i = 0; i < o.runs; i++) {
        for (const r of runs) {
          const s = await startServe(r.serve);
          r.starts.push(s.startMs);
          try {
            r.figures.push(await runOnce(browser, s.url, r.target!, { keystrokes: o.keystrokes }));
          } finally {
            await s.stop();
          }
        }
        console.error(`bench:ui: ${runs[0]!.set.name} run ${i + 1}/${o.runs} done`);
      }
      for (const r of runs) {
        const name = `${r.c.label ? `${r.c.label} ` : ''}${r.set.name}`;
        raw[name] = { starts: r.starts, runs: r.figures };
        results.push(...summarize(name, r.starts, r.figures));
        fs.rmSync(r.dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    for (const c of checkouts) fs.rmSync(c.rendererDir, { recursive: true, force: true });
  }
  report(results);
  if (o.json) fs.writeFileSync(o.json, JSON.stringify({ roots: o.roots, sizes: checkouts.map((c) => ({ root: c.root, ...c.sizes })), results, raw }, null, 2));
}

await main();
