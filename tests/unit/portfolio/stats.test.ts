import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearOf } from '../../../shared/portfolio/dates';
import { adoptionRate, computeStats, FollowUpVisit, NO_ADVISOR, type StatsApplication } from '../../../shared/portfolio/stats';
import type { ApplicationStatus } from '../../../shared/schemas/application';
import type { ProgramId } from '../../../shared/schemas/common';

let n = 0;
const app = (programId: ProgramId, status: ApplicationStatus, over: Partial<StatsApplication> = {}): StatsApplication => ({
  id: `a${++n}`,
  clientId: `c${n}`,
  programId,
  koboKai: '第17回',
  status,
  ...over,
});
const many = (k: number, make: () => StatsApplication) => Array.from({ length: k }, make);
const visit = (id: string, clientId: string, date: string, outcome: { uriageZoka?: boolean; arariZoka?: boolean } = {}) =>
  FollowUpVisit.parse({ id, applicationId: null, clientId, date, advisor: '佐藤', outcome });

describe('adoptionRate (採択 / (採択 + 不採択), one decimal, half up)', () => {
  it('the chamber’s own figures', () => {
    expect(adoptionRate(51, 7).label).toBe('51 / 58 = 87.9%');
    expect(adoptionRate(82, 36).label).toBe('82 / 118 = 69.5%');
    expect(adoptionRate(13, 1).label).toBe('13 / 14 = 92.9%');
    expect(adoptionRate(51, 7).rate).toBe(87.9);
  });
  it('half up at the exact boundary, and whole numbers keep one decimal', () => {
    expect(adoptionRate(1, 15).percentText).toBe('6.3%'); // 6.25 → 6.3
    expect(adoptionRate(1, 7).percentText).toBe('12.5%'); // 12.5 exactly
    expect(adoptionRate(1, 1).percentText).toBe('50.0%');
    expect(adoptionRate(1, 2).percentText).toBe('33.3%');
    expect(adoptionRate(2, 1).percentText).toBe('66.7%');
    expect(adoptionRate(3, 0).percentText).toBe('100.0%');
    expect(adoptionRate(0, 4).label).toBe('0 / 4 = 0.0%');
  });
  it('nothing decided → no rate, not NaN', () => {
    const r = adoptionRate(0, 0);
    expect(r.rate).toBeNull();
    expect(r.percentText).toBeNull();
    expect(r.label).toBe('0 / 0 = —');
  });
});

describe('computeStats', () => {
  it('per program: pending and unfinished applications do not count in the rate', () => {
    const apps = [
      ...many(51, () => app('monozukuri', 'adopted')),
      ...many(7, () => app('monozukuri', 'rejected')),
      ...many(4, () => app('monozukuri', 'submitted')),
      ...many(2, () => app('monozukuri', 'draft')),
      ...many(3, () => app('jizokuka', 'ready')),
    ];
    const s = computeStats({ applications: apps }, 2025);
    const mono = s.byProgram.find((p) => p.programId === 'monozukuri');
    expect(mono?.rate.label).toBe('51 / 58 = 87.9%');
    expect(mono?.total).toBe(64);
    expect(mono?.counts).toEqual({ draft: 2, ownerReview: 0, ready: 0, submitted: 4, adopted: 51, rejected: 7 });
    const jizo = s.byProgram.find((p) => p.programId === 'jizokuka');
    expect(jizo?.rate.rate).toBeNull();
    expect(jizo?.name).toBe('小規模事業者持続化補助金');
    expect(s.overall.counts.ready).toBe(3);
    expect(s.byProgram.map((p) => p.programId)).toEqual(['monozukuri', 'jizokuka']);
  });

  it('per 公募回 (numeric order) and per advisor (the application’s, else the client’s)', () => {
    const apps = [
      app('jizokuka', 'adopted', { koboKai: '第9回', clientId: 'k1' }),
      app('jizokuka', 'rejected', { koboKai: '第17回', clientId: 'k1' }),
      app('jizokuka', 'adopted', { koboKai: '第17回', clientId: 'k2', advisor: '鈴木' }),
      app('jizokuka', 'adopted', { koboKai: '第17回', clientId: 'k3' }),
    ];
    const clients = [
      { id: 'k1', advisor: '佐藤' },
      { id: 'k2', advisor: '佐藤' },
    ];
    const s = computeStats({ applications: apps, clients }, 2025);
    expect(s.byRound.map((r) => [r.koboKai, r.rate.label])).toEqual([
      ['第9回', '1 / 1 = 100.0%'],
      ['第17回', '2 / 3 = 66.7%'],
    ]);
    expect(s.byAdvisor.map((a) => [a.advisor, a.rate.label])).toEqual([
      ['佐藤', '1 / 2 = 50.0%'],
      ['鈴木', '1 / 1 = 100.0%'],
      [NO_ADVISOR, '1 / 1 = 100.0%'],
    ]);
  });

  it('事業計画策定: plans completed in the 年度, by the earlier of ready and submitted; March 31 / April 1', () => {
    const apps = [
      app('jizokuka', 'submitted', { clientId: 'x', dates: { readyAt: '2025-03-31', submittedAt: '2025-04-02' } }), // FY2024
      app('jizokuka', 'ready', { clientId: 'y', dates: { readyAt: '2025-04-01' } }), // FY2025
      app('monozukuri', 'adopted', { clientId: 'y', dates: { submittedAt: '2026-03-31', kofuKetteiAt: '2026-05-01' } }), // FY2025, same firm
      app('jizokuka', 'submitted', { clientId: 'z', dates: { submittedAt: '2026-04-01' } }), // FY2026
      app('jizokuka', 'draft', { clientId: 'w' }),
    ];
    const fy2025 = computeStats({ applications: apps }, 2025).hattatsu;
    expect(fy2025.jigyoKeikakuSakutei).toEqual({ plans: 2, firms: 1 });
    expect(fy2025.label).toBe('2025年度（令和7年度）');
    expect(computeStats({ applications: apps }, 2024).hattatsu.jigyoKeikakuSakutei).toEqual({ plans: 1, firms: 1 });
    expect(computeStats({ applications: apps }, 2025).milestones).toEqual({ kofuKettei: 1, jissekiHokoku: 0 });
  });

  it('フォローアップ: firms and visits in the 年度; 売上高増加 / 粗利増加 as firms', () => {
    const visits = [
      visit('v1', 'x', '2025-03-31', { uriageZoka: true }), // FY2024
      visit('v2', 'x', '2025-04-01'),
      visit('v3', 'x', '2025-10-01', { uriageZoka: true }),
      visit('v4', 'x', '2026-01-15', { uriageZoka: true, arariZoka: true }),
      visit('v5', 'y', '2026-03-31', { arariZoka: false }),
      visit('v6', 'z', '2026-04-01', { arariZoka: true }), // FY2026
    ];
    const h = computeStats({ applications: [], visits }, 2025).hattatsu;
    expect(h.followUp).toEqual({ firms: 2, visits: 4 });
    expect(h.uriageZoka).toBe(1);
    expect(h.arariZoka).toBe(1);
    expect(computeStats({ applications: [], visits }, 2024).hattatsu).toMatchObject({ followUp: { firms: 1, visits: 1 }, uriageZoka: 1 });
  });

  it('empty portfolio: zeros and no rates', () => {
    const s = computeStats({ applications: [] }, 2025);
    expect(s.overall.rate.label).toBe('0 / 0 = —');
    expect(s.byProgram).toEqual([]);
    expect(s.hattatsu.followUp).toEqual({ firms: 0, visits: 0 });
  });
});

describe('年度 (April–March, Japan time)', () => {
  it('boundaries', () => {
    expect(fiscalYearOf('2025-03-31')).toBe(2024);
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2025-03-31T15:00:00Z')).toBe(2025); // 2025-04-01 00:00 in Japan
    expect(fiscalYearOf('2025-03-31T14:59:59Z')).toBe(2024);
    expect(fiscalYearLabel(2019)).toBe('2019年度（令和元年度）');
    expect(fiscalYearLabel(2018)).toBe('2018年度（平成30年度）');
  });
});
