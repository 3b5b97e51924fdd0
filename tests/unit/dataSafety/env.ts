import path from 'node:path';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers, type Handlers } from '../../../electron/api/handlers';
import { createClientsRepo } from '../../../electron/store/clients';
import { createApplicationsRepo } from '../../../electron/store/applications';
import { openDatabase } from '../../../electron/store/db';
import type { ApiError } from '../../../shared/api/errors';
import { demo, templates } from '../demoFixtures';
import { tempDir } from '../helpers';

/** A database with the real templates, and the three demo applications' clients and data when asked. */
export function realEnv() {
  const file = path.join(tempDir(), 'banso.sqlite');
  const db = openDatabase(file);
  const clients = createClientsRepo(db);
  const applications = createApplicationsRepo(db);
  const handlers = createHandlers({ db, clients, applications, templates: { templates, errors: [] }, info: { version: 'test', dbPath: file, dataDir: path.dirname(file), schemaVersion: 3 } }, 'http');
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
  /** Restores a demo application (and its client) as it ships. */
  const withDemo = (templateId: string) => {
    const d = demo(templateId);
    if (!clients.exists(d.client.id)) clients.restore(d.client);
    return { ...d, application: applications.restore(d.application) };
  };
  return { db, file, clients, applications, handlers, call, fail, withDemo };
}
