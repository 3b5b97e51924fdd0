import path from 'node:path';
import { SCHEMA_VERSION } from '../store/migrations/index';
import { openDatabase } from '../store/db';
import { acquireDataDirLock } from './instanceLock';
import { createClientsRepo } from '../store/clients';
import { createApplicationsRepo } from '../store/applications';
import { createHandlers, type Handlers, type TemplateSet } from '../api/handlers';
import { loadTemplateSet } from '../templates/loadTemplates';
import { seedDemo } from '../demo/seed';
import { DB_FILE_NAME } from './paths';
import { warmUpPdfWriter } from '../export/pdf/index';
import { warmUpDashboards } from './warmUp';
import type { AppInfo } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import { failingHandlers } from '../api/failing';
import { sqliteStore } from '../store/sql/sqlite';
import type { SqlStore } from '../store/sql/types';
import { describeUrl, openPostgres } from '../store/postgres/open';
import { PG_SCHEMA_VERSION } from '../store/postgres/migrations';
import { whoAmI } from '../store/people';
import { dbPackSource, filePackSource } from '../rounds/packSource';

export interface ServicesOptions {
  dataDir: string;
  appRoot: string;
  version: string;
  transport: AppInfo['transport'];
  /** 'demo' seeds the three demo cases into an empty database; 'empty' starts with nothing. */
  seed: 'demo' | 'empty';
  nativeBinding?: string;
  /** postgres://… : the chamber's shared database instead of this PC's SQLite file. */
  databaseUrl?: string;
  /** The chamber's server went away (false) or came back (true). */
  onStatus?: (online: boolean) => void;
  log?: (msg: string) => void;
}

export interface Services {
  sql: SqlStore;
  handlers: Handlers;
  templates: TemplateSet;
  /** The SQLite file, or where the chamber's server is (never its password). */
  dbPath: string;
  close(): Promise<void>;
}

/** Where the data is, as the screens name it. */
export const dataLocation = (opts: Pick<ServicesOptions, 'dataDir' | 'databaseUrl'>) => (opts.databaseUrl ? describeUrl(opts.databaseUrl) : path.join(opts.dataDir, DB_FILE_NAME));

/**
 * After start, when the dashboards are made ready (electron/app/warmUp.ts): the portfolio once the window's
 * first screen (the client list) has been served, the 採択後 reports after it.
 */
const PORTFOLIO_WARM_UP_MS = 500;
const AFTERCARE_WARM_UP_MS = 3000;

/** Opens the store (SQLite file or chamber server), loads the templates, seeds demo data on first start, and builds the handlers. */
export async function openServices(opts: ServicesOptions): Promise<Services> {
  const log = opts.log ?? ((m: string) => console.error(m));
  const dbPath = dataLocation(opts);
  const chamber = !!opts.databaseUrl;
  let sql: SqlStore;
  let release = () => {};
  if (opts.databaseUrl) {
    sql = await openPostgres({ connectionString: opts.databaseUrl, onStatus: (up, error) => {
      log(up ? '[banso] database server reachable again' : `[banso] database server unreachable: ${error ?? ''}`);
      opts.onStatus?.(up);
    } });
  } else {
    const lock = acquireDataDirLock(opts.dataDir);
    try {
      sql = sqliteStore(openDatabase(dbPath, { nativeBinding: opts.nativeBinding }));
    } catch (e) {
      lock.release();
      throw e;
    }
    release = () => lock.release();
  }
  try {
    // A chamber's rounds made in the app live in its database; a single advisor's, in the data folder.
    const templates = loadTemplateSet(opts.appRoot, chamber ? null : opts.dataDir);
    const packs = chamber ? dbPackSource(sql) : filePackSource(opts.dataDir);
    await packs.sync(templates);
    for (const e of templates.errors) log(`[banso] template refused: ${e.file} at ${e.path}: ${e.message}`);
    const clients = createClientsRepo(sql);
    const applications = createApplicationsRepo(sql);
    if (opts.seed === 'demo') await seedDemo({ sql, clients, applications, templates, appRoot: opts.appRoot });
    const me = await whoAmI(sql);
    const handlers = createHandlers(
      {
        sql,
        clients,
        applications,
        templates,
        packs,
        me,
        info: { version: opts.version, dbPath, dataDir: opts.dataDir, schemaVersion: chamber ? PG_SCHEMA_VERSION : SCHEMA_VERSION, backend: sql.dialect, user: me },
      },
      opts.transport,
    );
    // Fonts and harfbuzz load on first use (~0.3–0.8 s): do it once the window is up, so the first export is
    // quick — in the PDF worker thread where there is one (electron/export/pdf/index.ts), so saves are not held up.
    const warm = setTimeout(() => void warmUpPdfWriter().catch((e: unknown) => log(`[banso] PDF warm-up failed: ${String(e)}`)), 3000);
    warm.unref();
    // The dashboards too, soon after start (the client list comes first: it is what the window opens on).
    const warmDashboards = [setTimeout(() => void warmUpDashboards(handlers, log, 'getPortfolio'), PORTFOLIO_WARM_UP_MS), setTimeout(() => void warmUpDashboards(handlers, log, 'getAftercareOverview'), AFTERCARE_WARM_UP_MS)];
    for (const t of warmDashboards) t.unref();
    return {
      sql,
      handlers,
      templates,
      dbPath,
      close: async () => {
        clearTimeout(warm);
        warmDashboards.forEach(clearTimeout);
        await sql.close();
        release();
      },
    };
  } catch (e) {
    await sql.close().catch(() => undefined);
    release();
    throw e;
  }
}

export interface OpenedOrFailed {
  handlers: Handlers;
  services?: Services;
  failure?: ApiFailure;
  dbPath: string;
}

/**
 * Like openServices, but any failure to start yields handlers that report why, so the window always
 * shows a screen saying what happened and what to do (never a silent exit). Nothing is written.
 */
export async function openServicesOrFailure(opts: ServicesOptions): Promise<OpenedOrFailed> {
  const dbPath = dataLocation(opts);
  try {
    const services = await openServices(opts);
    return { handlers: services.handlers, services, dbPath: services.dbPath };
  } catch (e) {
    const failure =
      e instanceof ApiFailure
        ? e
        : new ApiFailure('INTERNAL', `伴走を起動できませんでした（${e instanceof Error ? e.message : String(e)}）。データフォルダー ${opts.dataDir} を確認し、解決しない場合はこの画面の内容をサポートに伝えてください。`);
    (opts.log ?? console.error)(`[banso] start-up refused (${failure.code}): ${failure.message}`);
    return { handlers: failingHandlers(failure), failure, dbPath };
  }
}
