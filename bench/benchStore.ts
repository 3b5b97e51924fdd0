import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Param, SqlStore } from '../electron/store/sql/types';
import { describeUrl } from '../electron/store/postgres/open';
import { PG_SCHEMA_VERSION } from '../electron/store/postgres/migrations';
import { SCHEMA_VERSION } from '../electron/store/migrations/index';
import { createClientsRepo } from '../electron/store/clients';
import { createApplicationsRepo } from '../electron/store/applications';
import { whoAmI } from '../electron/store/people';
import { createHandlers, type Handlers } from '../electron/api/handlers';
import { dbPackSource, filePackSource } from '../electron/rounds/packSource';
import type { Template } from '../shared/templates/template';
import { postgresAvailable, startTempCluster, type TempCluster } from '../tests/support/pgCluster';

/**
 * The stores the benches run on: this PC's SQLite file (always), and the chamber's PostgreSQL when a
 * server is at hand — BANSO_BENCH_DATABASE_URL, or a temporary local one when PostgreSQL is installed
 * (tests/support/pgCluster.ts), started durable (fsync on), so its commits are flushed as SQLite's
 * synchronous=FULL ones are. The notes say which settings the figures were measured with.
 */
export interface BenchServer {
  url: string;
  /** What the figures were measured on, for the notes. */
  where: string;
}

let server: Promise<BenchServer | undefined> | undefined;
let cluster: TempCluster | undefined;

export const NO_POSTGRES = 'skipped: no PostgreSQL (set BANSO_BENCH_DATABASE_URL, or install postgresql)';

async function settings(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const v = (name: string) => c.query(`SHOW ${name}`).then((r) => String(Object.values(r.rows[0] as object)[0]));
    const fsync = await v('fsync');
    const durable = fsync === 'on' ? '' : ' — commits not flushed to disk: a lower bound';
    return `PostgreSQL ${(await v('server_version')).split(' ')[0]}, fsync=${fsync}, synchronous_commit=${await v('synchronous_commit')}${durable}`;
  } finally {
    await c.end();
  }
}

async function start(): Promise<BenchServer | undefined> {
  const given = process.env.BANSO_BENCH_DATABASE_URL?.trim();
  if (given) return { url: given, where: `${describeUrl(given)}, ${await settings(given)}` };
  if (!postgresAvailable()) return undefined;
  cluster = await startTempCluster({ durable: true }); // fsync on: commits as durable as SQLite's synchronous=FULL
  return { url: cluster.url, where: `temporary local server, ${await settings(cluster.url)}` };
}

/** The bench server (started once), or undefined when there is none. */
export function benchPostgres(): Promise<BenchServer | undefined> {
  return (server ??= start());
}

/** Stops the temporary server, if one was started. */
export function stopBenchPostgres(): void {
  cluster?.stop();
  cluster = undefined;
  server = undefined;
}

/** A schema of its own on the bench server (never touching what a given database holds), and the URL whose connections use it. */
export async function benchSchema(s: BenchServer): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: s.url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const u = new URL(s.url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: s.url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

const PROGRAMS = [
  ['jizokuka', 'jizokuka-17'],
  ['keieiKakushin', 'keiei-kakushin-r2'],
  ['monozukuri', 'monozukuri-20'],
] as const;
const STATUSES = ['draft', 'ownerReview', 'ready', 'submitted', 'adopted', 'rejected'] as const;

/** Inserts `rows` (each a list of `width` values) into `head` (…VALUES) in statements of `batch` rows. */
async function insertMany(sql: SqlStore, head: string, width: number, rows: Param[][], batch = 100): Promise<void> {
  const one = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += batch) {
    const part = rows.slice(i, i + batch);
    await sql.run(`${head} ${part.map(() => one).join(', ')}`, part.flat());
  }
}

export interface LargeStoreOptions {
  clients?: number;
  perClient?: number;
  /**
   * Spread the applications over the pipeline (statuses, dates, advisors) so the dashboard's statistics
   * have work to do. Submitted and adopted applications are locked: not for the autosave bench.
   */
  pipeline?: boolean;
}

/** Fills a store with `clients` clients of `perClient` applications each, with realistic text (one transaction). */
export async function buildLargeStore(sql: SqlStore, opts: LargeStoreOptions = {}): Promise<void> {
  const { clients = 1000, perClient = 10, pipeline = false } = opts;
  const para = '当社は地域の工務店として、住宅の新築とリフォームを手がけてきた。'.repeat(20);
  const now = Date.now();
  const clientRows: Param[][] = [];
  const appRows: Param[][] = [];
  let n = 0;
  for (let c = 0; c < clients; c++) {
    const id = randomUUID();
    const t = new Date(now - c * 60_000).toISOString();
    const name = `株式会社サンプル${c}`;
    const advisor = `指導員${c % 5}`;
    const data = { name, representative: '山田 太郎', corporateNumber: '', legalForm: 'hojin', industry: '製造業', prefecture: '埼玉県', employeeCount: 10, capitalYen: null, foundedYear: 1990, fiscalYearEndMonth: 3, advisor, notes: '' };
    clientRows.push([id, name, advisor, JSON.stringify(data), t, t]);
    for (let a = 0; a < perClient; a++, n++) {
      const [p, tid] = PROGRAMS[a % 3]!;
      const status = pipeline ? STATUSES[n % 6]! : 'draft';
      const dates = pipeline ? { readyAt: '2026-05-10', submittedAt: '2026-06-01', resultAt: '2026-09-01' } : {};
      appRows.push([randomUUID(), id, p, tid, '第1回', `申請${a}`, status, JSON.stringify({ gaiyo: { body: para }, tsuyomi: { body: para } }), '{"years":[]}', '[]', '{}', 0, t, t, pipeline ? `指導員${n % 5}` : '', JSON.stringify({ dates, history: [] })]);
    }
  }
  await sql.tx(async () => {
    await insertMany(sql, 'INSERT INTO clients (id, name, advisor, data, created_at, updated_at) VALUES', 6, clientRows);
    await insertMany(
      sql,
      'INSERT INTO applications (id, client_id, program_id, template_id, kobo_kai, title, status, content, financial_plan, expenses, origins, revision, created_at, updated_at, advisor, pipeline) VALUES',
      16,
      appRows,
    );
  });
}

/**
 * The handlers over a store, wired as electron/app/services.ts wires them (without its start-up work:
 * the demo seed, and the PDF warm-up that would run in the middle of a timing).
 */
export async function benchHandlers(sql: SqlStore, where: { dataDir: string; dbPath: string }, templates: Template[] = []): Promise<Handlers> {
  const me = await whoAmI(sql);
  const chamber = sql.dialect === 'postgres';
  return createHandlers(
    {
      sql,
      clients: createClientsRepo(sql),
      applications: createApplicationsRepo(sql),
      templates: { templates, errors: [] },
      packs: chamber ? dbPackSource(sql) : filePackSource(where.dataDir),
      me,
      info: { version: 'bench', dbPath: where.dbPath, dataDir: where.dataDir, schemaVersion: chamber ? PG_SCHEMA_VERSION : SCHEMA_VERSION, backend: sql.dialect, user: me },
    },
    'http',
  );
}
