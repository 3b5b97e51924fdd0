import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/demo/seed';
import type { AftercareOverview } from '../../../shared/aftercare/overview';
import type { AftercareState } from '../../../shared/api/aftercareContract';
import { BACKENDS, openEnv } from '../testStore';
import { templates } from './fixtures';

/** The demo as a new user meets it: B社's もの補助 第18次, adopted two years ago, with actuals and a 返還 estimate. */
describe.each(BACKENDS)('demo data (%s)', (backend) => {
  it('B社 is listed at risk on 2026-11-30 with its estimate, and its 採択後 view has the two recorded years', async () => {
    const { sql, clients, applications, templates: set, call } = await openEnv(templates, backend);
    expect(await seedDemo({ sql, clients, applications, templates: set, appRoot: path.resolve(__dirname, '../../..') })).toBe(true);
    const o = await call<AftercareOverview>('getAftercareOverview', { today: '2026-11-30' });
    expect(o.atRisk.map((x) => [x.clientName, x.totalYen, x.fixedYen])).toEqual([['B縫製株式会社', 7_117_647, 2_500_000]]);
    expect(o.atRisk[0]?.firstHint).toBe('2027年3月31日までに事業場内最低賃金（時給）を1,171円以上に（+11円）');
    const s = await call<AftercareState>('getAftercare', { applicationId: o.atRisk[0]!.applicationId, today: '2026-11-30' });
    expect(s.report.years.filter((y) => y.entered).map((y) => y.year)).toEqual([0, 1, 2]);
    expect(s.report.currentYear).toBe(3);
  });
});
