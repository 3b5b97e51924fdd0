import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject, onTestFinished } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../electron/store/db';
import { sqliteStore } from '../../electron/store/sql/sqlite';
import type { SqlStore } from '../../electron/store/sql/types';
import { openPostgres } from '../../electron/store/postgres/open';
import { createClientsRepo, type ClientsRepo } from '../../electron/store/clients';
import { createApplicationsRepo, type ApplicationsRepo } from '../../electron/store/applications';
import { createHandlers, type Handlers, type TemplateSet } from '../../electron/api/handlers';
import { whoAmI } from '../../electron/store/people';
import { filePackSource, dbPackSource } from '../../electron/rounds/packSource';
import { dispatch } from '../../electron/api/dispatch';
import type { ApiError } from '../../shared/api/errors';
import type { Template } from '../../shared/templates/template';
import { tempDir } from './tempDir';

/**
 * The store the tests run on: this PC's SQLite file, or the chamber's PostgreSQL (a schema of its own
 * per test on the server globalSetup.ts provides). `BACKENDS` lists what this machine can run: the
 * store suite repeats its tests on each (describe.each(BACKENDS)).
 */
export type Backend = 'sqlite' | 'postgres';
export const PG_URL = inject('pgUrl');
export const BACKENDS: Backend[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestStore {
  backend: Backend;
  sql: SqlStore;
  /** The SQLite connection (SQLite only): for tests of the file itself. */
  db?: Database;
  file: string;
  dataDir: string;
  /** The connection string of this test's schema (PostgreSQL only): a second "machine" connects with it. */
  url?: string;
}

/** Runs `fn` when the current test ends (or, outside a test, when the file's tests end). */
export function cleanup(fn: () => unknown): void {
  try {
    onTestFinished(async () => void (await fn()));
  } catch {
    afterAll(async () => void (await fn()));
  }
}

let admin: pg.Pool | undefined;
afterAll(async () => {
  await admin?.end();
  admin = undefined;
});
const adminPool = () => (admin ??= new pg.Pool({ connectionString: PG_URL, max: 2 }));

/** A fresh, empty schema on the test server, and the URL whose connections use it. */
export async function freshSchema(): Promise<string> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await adminPool().query(`CREATE SCHEMA ${schema}`);
  cleanup(() => adminPool().query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export async function openTestStore(backend: Backend = 'sqlite', file?: string): Promise<TestStore> {
  const dataDir = file ? path.dirname(file) : tempDir();
  if (backend === 'postgres') {
    const url = await freshSchema();
    const sql = await openPostgres({ connectionString: url });
    cleanup(() => sql.close());
    return { backend, sql, file: url, dataDir, url };
  }
  const f = file ?? path.join(dataDir, 'banso.sqlite');
  const db = openDatabase(f);
  const sql = sqliteStore(db);
  cleanup(() => sql.close());
  return { backend, sql, db, file: f, dataDir };
}

export interface TestEnv extends TestStore {
  clients: ClientsRepo;
  applications: ApplicationsRepo;
  handlers: Handlers;
  templates: TemplateSet;
  /** Calls through the dispatcher (argument parsing included); throws "CODE: message" when refused. */
  call<T = unknown>(method: keyof Handlers, input: unknown): Promise<T>;
  /** The refusal a call gets; throws when it is not refused. */
  fail(method: keyof Handlers, input: unknown): Promise<ApiError>;
}

/** Handlers over a test store with the given templates (as the app builds them in electron/app/services.ts). */
export async function envOf(store: TestStore, templates: Template[] | TemplateSet): Promise<TestEnv> {
  const set: TemplateSet = Array.isArray(templates) ? { templates: [...templates], errors: [] } : templates; // a copy: rounds made in a test stay in it
  const clients = createClientsRepo(store.sql);
  const applications = createApplicationsRepo(store.sql);
  const me = await whoAmI(store.sql);
  const handlers = createHandlers(
    {
      sql: store.sql,
      clients,
      applications,
      templates: set,
      packs: store.backend === 'postgres' ? dbPackSource(store.sql) : filePackSource(store.dataDir),
      me,
      info: { version: 'test', dbPath: store.file, dataDir: store.dataDir, schemaVersion: 1, backend: store.sql.dialect, user: me },
    },
    'http',
  );
  const call = async <T>(m: keyof Handlers, input: unknown): Promise<T> => {
    const r = await dispatch(handlers, m, input, () => undefined);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const fail = async (m: keyof Handlers, input: unknown): Promise<ApiError> => {
    const r = await dispatch(handlers, m, input, () => undefined);
    if (r.ok) throw new Error(`expected ${m} to be refused`);
    return r.error;
  };
  return { ...store, clients, applications, handlers, templates: set, call, fail };
}

/** A test environment on a fresh store of the given backend. */
export async function openEnv(templates: Template[] | TemplateSet, backend: Backend = 'sqlite', file?: string): Promise<TestEnv> {
  return envOf(await openTestStore(backend, file), templates);
}
