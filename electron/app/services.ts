import path from 'node:path';
import { SCHEMA_VERSION } from '../store/migrations/index';
import { openDatabase, type Db } from '../store/db';
import { acquireDataDirLock } from './instanceLock';
import { createClientsRepo } from '../store/clients';
import { createApplicationsRepo } from '../store/applications';
import { createHandlers, type Handlers, type TemplateSet } from '../api/handlers';
import { loadTemplateSet } from '../templates/loadTemplates';
import { seedDemo } from '../demo/seed';
import { DB_FILE_NAME } from './paths';
import { warmUpPdfWriter } from '../export/pdf/index';
import type { AppInfo } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import { failingHandlers } from '../api/failing';

export interface ServicesOptions {
  dataDir: string;
  appRoot: string;
  version: string;
  transport: AppInfo['transport'];
  /** 'demo' seeds the three demo cases into an empty database; 'empty' starts with nothing. */
  seed: 'demo' | 'empty';
  nativeBinding?: string;
  log?: (msg: string) => void;
}

export interface Services {
  db: Db;
  handlers: Handlers;
  templates: TemplateSet;
  dbPath: string;
  close(): void;
}

/** Opens the database, loads the templates, seeds demo data on first start, and builds the handlers. */
export function openServices(opts: ServicesOptions): Services {
  const log = opts.log ?? ((m: string) => console.error(m));
  const dbPath = path.join(opts.dataDir, DB_FILE_NAME);
  const lock = acquireDataDirLock(opts.dataDir);
  let db: Db;
  try {
    db = openDatabase(dbPath, { nativeBinding: opts.nativeBinding });
  } catch (e) {
    lock.release();
    throw e;
  }
  const templates = loadTemplateSet(opts.appRoot, opts.dataDir);
  for (const e of templates.errors) log(`[banso] template refused: ${e.file} at ${e.path}: ${e.message}`);
  const clients = createClientsRepo(db);
  const applications = createApplicationsRepo(db);
  if (opts.seed === 'demo') seedDemo({ db, clients, applications, templates, appRoot: opts.appRoot });
  const handlers = createHandlers(
    { db, clients, applications, templates, info: { version: opts.version, dbPath, dataDir: opts.dataDir, schemaVersion: SCHEMA_VERSION } },
    opts.transport,
  );
  // Fonts and harfbuzz load on first use (~0.8 s): do it once the window is up, so the first export is quick.
  const warm = setTimeout(() => void warmUpPdfWriter().catch((e: unknown) => log(`[banso] PDF warm-up failed: ${String(e)}`)), 3000);
  warm.unref();
  return {
    db,
    handlers,
    templates,
    dbPath,
    close: () => {
      clearTimeout(warm);
      if (db.open) db.close();
      lock.release();
    },
  };
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
export function openServicesOrFailure(opts: ServicesOptions): OpenedOrFailed {
  const dbPath = path.join(opts.dataDir, DB_FILE_NAME);
  try {
    const services = openServices(opts);
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
