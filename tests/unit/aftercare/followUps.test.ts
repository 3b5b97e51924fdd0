import { describe, expect, it } from 'vitest';
import { followUpsOf } from '../../../shared/aftercare/followUps';
import { periodEnd } from '../../../shared/aftercare/lokabenImport';
import { AftercareRecord } from '../../../shared/aftercare/schema';
import { computeStats } from '../../../shared/portfolio/stats';
import { DEMO_B_MONO18_ACTUALS } from '../../../electron/demo/pastActuals';

/** How recorded actuals count in the 経営発達支援事業 counts, and how ロカベン period labels are read. */
describe('recorded actuals as follow-ups', () => {
  const f = followUpsOf('app', 'clientB', DEMO_B_MONO18_ACTUALS, null);
  it('each plan year recorded is one follow-up on the day recorded (基準年度 is not)', () => {
    expect(f.map((x) => x.date)).toEqual(['2025-12-08', '2026-11-20']);
  });
  it('売上高 / 粗利 rise against the year before: year 1 both (252 > 240, 68 > 62 百万円); year 2 only 粗利 (249 < 252, 73 > 68)', () => {
    expect(f.map((x) => [x.uriageZoka, x.arariZoka])).toEqual([[true, true], [false, true]]);
  });
  it('a year without a recording date or without the year before to compare counts, but not as an increase', () => {
    const r = AftercareRecord.parse({ years: [{ year: 2, recordedOn: '2026-01-10', figures: { uriageDaka: 1 } }, { year: 3, figures: { uriageDaka: 2 } }] });
    expect(followUpsOf('a', 'c', r, null)).toEqual([{ clientId: 'c', applicationId: 'a', date: '2026-01-10', uriageZoka: false, arariZoka: false }]);
  });
  it('computeStats counts the firm once per 年度 and adds no visits', () => {
    const s = computeStats({ applications: [], actualFollowUps: f }, 2026);
    expect(s.hattatsu).toMatchObject({ followUp: { firms: 1, visits: 0 }, uriageZoka: 0, arariZoka: 1 });
    expect(computeStats({ applications: [], actualFollowUps: f }, 2025).hattatsu).toMatchObject({ followUp: { firms: 1, visits: 0 }, uriageZoka: 1, arariZoka: 1 });
  });
});

describe('ロカベン period labels', () => {
  it.each([
    ['2025年9月期', '2025-09-30'],
    ['２０２５年３月期', '2025-03-31'],
    ['令和7年9月期', '2025-09-30'],
    ['令和元年12月期', '2019-12-31'],
    ['2024/2', '2024-02-29'],
    ['直近期', null],
  ])('%s → %s', (label, end) => expect(periodEnd(label)).toBe(end));
});
