import path from 'node:path';
import { SCHEMA_VERSION } from '../store/migrations/index';
import { openDatabase, type Db } from '../store/db';
import { createClientsRepo } from '../store/clients';
import { createApplicationsRepo } from '../store/applications';
import { createHandlers, type Handlers, type TemplateSet } from '../api/handlers';
import { loadTemplates } from '../templates/loadTemplates';
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
  const db = openDatabase(dbPath, { nativeBinding: opts.nativeBinding });
  const templates = loadTemplates(path.join(opts.appRoot, 'templates'));
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
      db.close();
    },
  };
}

export interface OpenedOrFailed {
  handlers: Handlers;
  services?: Services;
  failure?: ApiFailure;
  dbPath: string;
}

/** Like openServices, but a database Banso must not touch yields handlers that report why. */
export function openServicesOrFailure(opts: ServicesOptions): OpenedOrFailed {
  try {
    const services = openServices(opts);
    return { handlers: services.handlers, services, dbPath: services.dbPath };
  } catch (e) {
    if (e instanceof ApiFailure && (e.code === 'DB_NEWER_VERSION' || e.code === 'DB_INVALID')) {
      return { handlers: failingHandlers(e), failure: e, dbPath: path.join(opts.dataDir, DB_FILE_NAME) };
    }
    throw e;
  }
}
