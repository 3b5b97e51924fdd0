import { describe, expect, it } from 'vitest';
import type { AftercareState } from '../../../shared/api/aftercareContract';
import type { AftercareOverview } from '../../../shared/aftercare/overview';
import type { ImportPeriod } from '../../../shared/aftercare/lokabenImport';
import { BACKENDS, openEnv, type Backend, type TestEnv } from '../testStore';
import { templates } from './fixtures';

/** The aftercare API over the one dispatcher: revisions, dates of recording, the dashboard, ロカベン import, the yearly counts. */
const machine = (backend: Backend) => openEnv(templates, backend);

const base = { uriageDaka: 200_000_000, uriageGenka: 150_000_000, eigyoRieki: 6_000_000, jinkenHi: 40_000_000, genkaShokyakuHi: 3_000_000, jugyoinSu: 10, yakuinSu: 1, kyuyoShikyuSogaku: 25_000_000, yakuinKyuyo: 6_000_000, jigyojoNaiSaiteiChingin: 1_200, chiikiBetsuSaiteiChingin: 1_141 };
const plan = {
  years: [
    { label: '2025年3月期', kind: 'actual', ...base },
    ...[1, 2, 3].map((i) => ({ label: `${i}年後`, kind: 'plan', ...base, uriageDaka: 200_000_000 + 10_000_000 * i, kyuyoShikyuSogaku: Math.round(25_000_000 * 1.04 ** i), yakuinKyuyo: Math.round(6_000_000 * 1.04 ** i), jigyojoNaiSaiteiChingin: 1_200 + 60 * i, chiikiBetsuSaiteiChingin: 1_141 + 50 * i })),
  ],
};

async function adopted(m: TestEnv, opts: { status?: 'adopted' | 'draft' } = {}) {
  const client = await m.call<{ id: string }>('createClient', { name: '株式会社テスト製作所', prefecture: '埼玉県', fiscalYearEndMonth: 3, employeeCount: 10 });
  const app = await m.call<{ id: string; revisions: Record<string, number> }>('createApplication', { clientId: client.id, programId: 'monozukuri', templateId: 'monozukuri-20', title: '試作ラインの整備' });
  await m.call('saveSection', { id: app.id, sectionId: 'kihon', values: { keikakuKikan: '3', waku: 'seihinService' }, baseRevision: 0 });
  await m.call('saveFinancialPlan', { id: app.id, plan, baseRevision: 0 });
  if (opts.status === 'draft') return { clientId: client.id, id: app.id };
  const steps: [string, string][] = [['ready', '2024-03-01'], ['submitted', '2024-03-10'], ['adopted', '2024-06-28'], ['kofuKettei', '2024-08-05'], ['jissekiHokoku', '2025-02-20']];
  for (const [to, on] of steps) {
    const p = await m.call<{ revision: number }>('getPipeline', { applicationId: app.id });
    await m.call('moveApplication', { applicationId: app.id, to, on, baseRevision: p.revision });
  }
  const p = await m.call<{ revision: number }>('getPipeline', { applicationId: app.id });
  await m.call('setAssignment', { applicationId: app.id, advisor: '佐藤 大輔', adoptedYen: 10_000_000, baseRevision: p.revision });
  return { clientId: client.id, id: app.id };
}

const year = (y: number, figures: Record<string, number>) => ({ year: y, figures });

describe.each(BACKENDS)('aftercare API (%s)', (backend) => {
  it('starts empty at revision 0 with the report of the round', async () => {
    const m = await machine(backend);
    const a = await adopted(m);
    const s = await m.call<AftercareState>('getAftercare', { applicationId: a.id, today: '2026-11-30' });
    expect(s).toMatchObject({ revision: 0, updatedAt: null, adoptedYen: 10_000_000, record: { years: [] } });
    expect(s.report.applicable).toBe(true);
    expect(s.report.timeline?.years.map((y) => y.end)).toEqual(['2025-03-31', '2026-03-31', '2027-03-31']);
  });

  it('every save names its base revision; a stale one is refused (CONFLICT) and changes nothing', async () => {
    const m = await machine(backend);
    const a = await adopted(m);
    const first = await m.call<AftercareState>('saveAftercare', { applicationId: a.id, record: { years: [year(0, base), year(1, { ...base, uriageDaka: 210_000_000 })] }, baseRevision: 0, today: '2025-06-10' });
    expect(first.revision).toBe(1);
    expect(first.record.years.map((y) => y.recordedOn)).toEqual(['2025-06-10', '2025-06-10']);
    const stale = await m.fail('saveAftercare', { applicationId: a.id, record: { years: [] }, baseRevision: 0 });
    expect(stale.code).toBe('CONFLICT');
    const now = await m.call<AftercareState>('getAftercare', { applicationId: a.id });
    expect(now.record.years).toHaveLength(2);
    expect(now.revision).toBe(1);
  });

  it('stamps the day only on the years whose figures changed', async () => {
    const m = await machine(backend);
    const a = await adopted(m);
    const one = await m.call<AftercareState>('saveAftercare', { applicationId: a.id, record: { years: [year(1, base)] }, baseRevision: 0, today: '2025-06-10' });
    const two = await m.call<AftercareState>('saveAftercare', { applicationId: a.id, record: { years: [...one.record.years, year(2, base)] }, baseRevision: one.revision, today: '2026-06-12' });
    expect(two.record.years.map((y) => [y.year, y.recordedOn])).toEqual([[1, '2025-06-10'], [2, '2026-06-12']]);
  });

  it('refuses bad figures with the path, and a record for an application not adopted', async () => {
    const m = await machine(backend);
    const a = await adopted(m);
    const bad = await m.fail('saveAftercare', { applicationId: a.id, record: { years: [year(1, { jigyojoNaiSaiteiChingin: -5 })] }, baseRevision: 0 });
    expect(bad).toMatchObject({ code: 'BAD_INPUT' });
    expect(bad.message).toContain('record.years[0].figures.jigyojoNaiSaiteiChingin');
    const draft = await adopted(m, { status: 'draft' });
    expect((await m.fail('saveAftercare', { applicationId: draft.id, record: { years: [] }, baseRevision: 0 })).code).toBe('BAD_INPUT');
    expect((await m.fail('getAftercare', { applicationId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });

  it('the dashboard lists an application heading for a 返還, with the first thing to do, and its reports', async () => {
    const m = await machine(backend);
    const a = await adopted(m);
    // Year 1 (2025年3月期): margin 1,160 − 1,141 = +19円 against the plan table's +69円 ((1,200 + 60) − (1,141 + 50)) → missed.
    await m.call('saveAftercare', { applicationId: a.id, record: { years: [year(0, base), year(1, { ...base, jigyojoNaiSaiteiChingin: 1_160 })] }, baseRevision: 0, today: '2025-06-10' });
    const o = await m.call<AftercareOverview>('getAftercareOverview', { today: '2026-11-30' });
    expect(o.atRisk).toHaveLength(1);
    expect(o.atRisk[0]).toMatchObject({ applicationId: a.id, clientName: '株式会社テスト製作所' });
    expect(o.atRisk[0]!.fixedYen).toBe(3_333_333); // 10,000,000 ÷ 3 for the missed year 1
    expect(o.atRisk[0]!.firstHint).toContain('2027年3月31日までに');
    expect(o.reports[0]).toMatchObject({ name: '事業化状況・知的財産権等報告', index: 1, due: '2026-05-30', status: 'overdue', estimated: true });
  });

  it('the dashboard follows every change it is computed from: actuals, 採択額, the client', async () => {
    const m = await machine(backend);
    const a = await adopted(m);
    const missed = { years: [year(0, base), year(1, { ...base, jigyojoNaiSaiteiChingin: 1_160 })] };
    const first = await m.call<AftercareState>('saveAftercare', { applicationId: a.id, record: missed, baseRevision: 0, today: '2025-06-10' });
    const look = () => m.call<AftercareOverview>('getAftercareOverview', { today: '2026-11-30' });
    expect((await look()).atRisk[0]!.fixedYen).toBe(3_333_333);
    expect((await look()).atRisk[0]!.fixedYen).toBe(3_333_333); // a second look, nothing changed
    const fixed = await m.call<AftercareState>('saveAftercare', { applicationId: a.id, record: { years: [year(0, base), year(1, { ...base, jigyojoNaiSaiteiChingin: 1_300 })] }, baseRevision: first.revision, today: '2025-06-11' });
    expect((await look()).atRisk[0]!.fixedYen).toBe(0); // year 1 met; the 給与 target at the end is still open
    await m.call('saveAftercare', { applicationId: a.id, record: missed, baseRevision: fixed.revision, today: '2025-06-12' });
    const p = await m.call<{ revision: number }>('getPipeline', { applicationId: a.id });
    await m.call('setAssignment', { applicationId: a.id, advisor: '佐藤 大輔', adoptedYen: 12_000_000, baseRevision: p.revision });
    const before = (await look()).atRisk;
    expect(before[0]!.fixedYen).toBe(4_000_000);
    expect(before[0]!.firstHint).toContain('給与支給総額');
    const client = await m.call<{ revision: number }>('getClient', { id: a.clientId });
    await m.call('updateClient', { id: a.clientId, patch: { fiscalYearEndMonth: 12 }, baseRevision: client.revision });
    // Plan years now end in December: year 2 is the current one, and the first thing to do is another.
    expect((await look()).atRisk[0]!.firstHint).toContain('事業場内最低賃金');
  });

  it('the dashboard sends the first `limit` of each list with the counts of all, for one 担当 if named', async () => {
    const m = await machine(backend);
    const missed = { years: [year(0, base), year(1, { ...base, jigyojoNaiSaiteiChingin: 1_160 })] };
    for (const who of ['佐藤 大輔', '田中 花子', '田中 花子']) {
      const a = await adopted(m);
      const p = await m.call<{ revision: number }>('getPipeline', { applicationId: a.id });
      await m.call('setAssignment', { applicationId: a.id, advisor: who, adoptedYen: 10_000_000, baseRevision: p.revision });
      await m.call('saveAftercare', { applicationId: a.id, record: missed, baseRevision: 0, today: '2025-06-10' });
    }
    const all = await m.call<AftercareOverview>('getAftercareOverview', { today: '2026-11-30', limit: 1 });
    expect([all.atRisk.length, all.atRiskCount, all.atRiskTotalYen]).toEqual([1, 3, 30_000_000]);
    expect(all.reports).toHaveLength(1);
    expect(all.reportsCount).toBeGreaterThanOrEqual(3);
    expect(all.overdueCount).toBeGreaterThanOrEqual(3);
    const tanaka = await m.call<AftercareOverview>('getAftercareOverview', { today: '2026-11-30', advisor: '田中 花子' });
    expect(tanaka.atRiskCount).toBe(2);
    expect(tanaka.atRisk.map((x) => x.advisor)).toEqual(['田中 花子', '田中 花子']);
    expect((await m.fail('getAftercareOverview', { limit: 0 })).code).toBe('BAD_INPUT');
  });

  it('recorded actuals count as follow-ups in the 年度 recorded, with 売上高 / 粗利 increases', async () => {
    const m = await machine(backend);
    const a = await adopted(m);
    await m.call('saveAftercare', { applicationId: a.id, record: { years: [year(1, { ...base, uriageDaka: 210_000_000, uriageGenka: 155_000_000 })] }, baseRevision: 0, today: '2025-06-10' });
    const p = await m.call<{ stats: { hattatsu: { followUp: { firms: number; visits: number }; uriageZoka: number; arariZoka: number } } }>('getPortfolio', { today: '2025-07-01' });
    // 売上高 210,000,000 > the plan table's 直近期 200,000,000; 粗利 55,000,000 > 50,000,000.
    expect(p.stats.hattatsu).toMatchObject({ followUp: { firms: 1, visits: 0 }, uriageZoka: 1, arariZoka: 1 });
    const other = await m.call<{ stats: { hattatsu: { followUp: { firms: number } } } }>('getPortfolio', { today: '2026-07-01' });
    expect(other.stats.hattatsu.followUp.firms).toBe(0);
  });

  it('offers the ロカベン 決算 figures of the matching years, writing nothing', async () => {
    const m = await machine(backend);
    const a = await adopted(m);
    const periods = [
      { label: '2025年3月期', uriageDaka: 205_000_000, eigyoRieki: 6_500_000, genkaShokyakuHi: 3_100_000, jugyoinSu: 11 },
      { label: '令和8年3月期', uriageDaka: 215_000_000 },
      { label: '直近', uriageDaka: 1 },
    ];
    await m.call('saveLokaben', { clientId: a.clientId, financials: { periods }, baseRevisions: { financials: 0 } });
    const pv = await m.call<{ periods: ImportPeriod[]; hasLokaben: boolean }>('previewAftercareImport', { applicationId: a.id, today: '2026-11-30' });
    expect(pv.hasLokaben).toBe(true);
    expect(pv.periods.map((p) => [p.label, p.year])).toEqual([['2025年3月期', 1], ['令和8年3月期', 2], ['直近', null]]);
    expect(pv.periods[0]?.items).toEqual([
      { key: 'uriageDaka', incoming: 205_000_000, current: null },
      { key: 'eigyoRieki', incoming: 6_500_000, current: null },
      { key: 'genkaShokyakuHi', incoming: 3_100_000, current: null },
      { key: 'jugyoinSu', incoming: 11, current: null },
    ]);
    expect((await m.call<AftercareState>('getAftercare', { applicationId: a.id })).revision).toBe(0);
  });

  it('deleting the application deletes its actuals', async () => {
    const m = await machine(backend);
    const a = await adopted(m);
    await m.call('saveAftercare', { applicationId: a.id, record: { years: [year(1, base)] }, baseRevision: 0 });
    expect(await m.sql.get('SELECT count(*) AS n FROM application_actuals')).toEqual({ n: 1 });
    await m.call('deleteApplication', { id: a.id });
    expect(await m.sql.get('SELECT count(*) AS n FROM application_actuals')).toEqual({ n: 0 });
  });
});
