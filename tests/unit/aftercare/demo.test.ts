import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { createApplicationsRepo } from '../../../electron/store/applications';
import { createClientsRepo } from '../../../electron/store/clients';
import { openDatabase } from '../../../electron/store/db';
import { seedDemo } from '../../../electron/demo/seed';
import type { AftercareOverview } from '../../../shared/aftercare/overview';
import type { AftercareState } from '../../../shared/api/aftercareContract';
import { tempDir } from '../helpers';
import { templates } from './fixtures';

/** The demo as a new user meets it: B社's もの補助 第18次, adopted two years ago, with actuals and a 返還 estimate. */
describe('demo data', () => {
  it('B社 is listed at risk on 2026-11-30 with its estimate, and its 採択後 view has the two recorded years', async () => {
    const file = path.join(tempDir(), 'banso.sqlite');
    const db = openDatabase(file);
    const clients = createClientsRepo(db);
    const applications = createApplicationsRepo(db);
    const set = { templates, errors: [] };
    expect(seedDemo({ db, clients, applications, templates: set, appRoot: path.resolve(__dirname, '../../..') })).toBe(true);
    const handlers = createHandlers({ db, clients, applications, templates: set, info: { version: 'test', dbPath: file, dataDir: path.dirname(file), schemaVersion: 6 } }, 'http');
    const call = async <T>(m: keyof typeof handlers, input: unknown): Promise<T> => {
      const r = await dispatch(handlers, m, input, () => undefined);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as T;
    };
    const o = await call<AftercareOverview>('getAftercareOverview', { today: '2026-11-30' });
    expect(o.atRisk.map((x) => [x.clientName, x.totalYen, x.fixedYen])).toEqual([['B縫製株式会社', 7_117_647, 2_500_000]]);
    expect(o.atRisk[0]?.firstHint).toBe('2027年3月31日までに事業場内最低賃金（時給）を1,171円以上に（+11円）');
    const s = await call<AftercareState>('getAftercare', { applicationId: o.atRisk[0]!.applicationId, today: '2026-11-30' });
    expect(s.report.years.filter((y) => y.entered).map((y) => y.year)).toEqual([0, 1, 2]);
    expect(s.report.currentYear).toBe(3);
    db.close();
  });
});
