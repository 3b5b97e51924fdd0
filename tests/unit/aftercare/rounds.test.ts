import { describe, expect, it } from 'vitest';
import { demoB, evaluate, lineOf, adoptedApp, templateOf } from './fixtures';
import { evaluateAftercare } from '../../../shared/aftercare/evaluate';
import { emptyAftercareRecord } from '../../../shared/aftercare/schema';

/** Each round's own rules, as its aftercare.json encodes them. */
const base = { uriageDaka: 200_000_000, uriageGenka: 150_000_000, eigyoRieki: 6_000_000, jinkenHi: 40_000_000, genkaShokyakuHi: 3_000_000, jugyoinSu: 10, yakuinSu: 1, kyuyoShikyuSogaku: 25_000_000, yakuinKyuyo: 6_000_000, jigyojoNaiSaiteiChingin: 1_200, chiikiBetsuSaiteiChingin: 1_141 };
const plan3 = (wage = 1.04) => [
  { label: '直近期', kind: 'actual' as const, ...base },
  ...[1, 2, 3].map((i) => ({ label: `${i}年後`, kind: 'plan' as const, ...base, kyuyoShikyuSogaku: Math.round(25_000_000 * wage ** i), yakuinKyuyo: Math.round(6_000_000 * wage ** i), jigyojoNaiSaiteiChingin: 1_200 + 60 * i, chiikiBetsuSaiteiChingin: 1_141 + 50 * i })),
];
const dates = { resultAt: '2024-06-01', kofuKetteiAt: '2024-07-01', jissekiHokokuAt: '2025-02-01' };

describe('もの補助 第18次 (B社 demo: 第20次の式を当てはめた試算, 未確認)', () => {
  const r = demoB();
  it('このままでは 7,117,647円: wage 7,500,000 × (1 − 122/170) = 2,117,647.05… → 2,117,647 + minimum wage 2 × 2,500,000', () => {
    // 給与支給総額 61,600,000 → 63,900,000 (carried into year 3): CAGR 1.22% against the plan's 1.70%.
    expect(lineOf(r, 'kihon2')).toMatchObject({ status: 'henkan', yen: 2_117_647, projected: true });
    // 最低賃金: year 2 (2026-03-31) +19円 < +30円 — decided; year 3 carried forward — 見込み.
    expect(lineOf(r, 'kihon3')?.perYear).toEqual([{ year: 2, yen: 2_500_000, projected: false }, { year: 3, yen: 2_500_000, projected: true }]);
    expect(r.henkan).toMatchObject({ totalYen: 7_117_647, fixedYen: 2_500_000, capped: false });
  });
  it('is labelled 未確認 and cites its sources', () => {
    expect(r.unconfirmed).toBe(true);
    expect(lineOf(r, 'kihon2')?.source).toMatchObject({ unconfirmed: true, page: 'P.19–20 2.6' });
  });
  it('shows the steps of the formula', () => {
    expect(lineOf(r, 'kihon2')?.steps.join('\n')).toMatch(/1\.22% ÷ 1\.70%[\s\S]*7,500,000円 ×（100% − 71\.7%…（61\/85）[\s\S]*→ 2,117,647円（1円未満切捨て）/);
  });
  it('achievement per year: year 2 of the minimum wage missed (+19円), year 1 met (+32円)', () => {
    const mw = r.targets.find((t) => t.id === 'saiteiChingin');
    expect(mw?.cells.map((c) => [c.value, c.met])).toEqual([['+32円', true], ['+19円', false], ['+19円', false]]);
    expect(mw?.cells[2]?.projected).toBe(true);
  });
  it('the total never exceeds the 交付額', () => {
    const worse = { ...emptyAftercareRecord(), years: [{ year: 1, figures: { ...base, kyuyoShikyuSogaku: 40_000_000, yakuinKyuyo: 9_600_000, jigyojoNaiSaiteiChingin: 1_000, chiikiBetsuSaiteiChingin: 1_078 }, partTime: { regularHours: null, rows: [] }, recordedOn: null, importedFrom: null }] };
    const w = demoB(worse);
    expect(w.henkan?.totalYen).toBe(7_500_000);
    expect(w.henkan?.capped).toBe(true);
  });
});

describe('もの補助 第20次: exemptions and 特例', () => {
  const ev = (kihon: Record<string, string | string[]>, years: { year: number; figures: Record<string, number> }[], adoptedYen = 10_000_000) =>
    evaluate({ templateId: 'monozukuri-20', plan: plan3(), kihon: { keikakuKikan: '3', waku: 'seihinService', ...kihon }, record: { years }, adoptedYen, fiscalYearEndMonth: 3, dates, today: '2028-06-01' });
  const down = { ...base, eigyoRieki: -2_000_000, jinkenHi: 38_000_000 }; // 付加価値額 below the base, 営業損失
  it('付加価値額 not increased and 営業利益赤字 in 2 of 3 years: no 返還 under 基本要件②', () => {
    const r = ev({}, [{ year: 0, figures: base }, { year: 1, figures: down }, { year: 2, figures: down }, { year: 3, figures: { ...down, eigyoRieki: 1_000_000 } }]);
    expect(lineOf(r, 'kihon2')?.status).toBe('exempt');
  });
  it('the same year with a loss and lower 付加価値額 is exempt under 基本要件③; a profitable year is not', () => {
    const low = { jigyojoNaiSaiteiChingin: 1_150, chiikiBetsuSaiteiChingin: 1_141 };
    const r = ev({}, [{ year: 0, figures: base }, { year: 1, figures: { ...down, ...low } }, { year: 2, figures: { ...base, ...low } }, { year: 3, figures: { ...base, kyuyoShikyuSogaku: 30_000_000, yakuinKyuyo: 7_000_000 } }]);
    expect(lineOf(r, 'kihon3')?.perYear?.map((p) => p.year)).toEqual([2, 3]);
    expect(lineOf(r, 'kihon3')?.steps[0]).toContain('返還は求められません');
  });
  it('再生事業者 (recorded): nothing under ②③', () => {
    const r = evaluate({ templateId: 'monozukuri-20', plan: plan3(), kihon: { keikakuKikan: '3' }, record: { years: [{ year: 0, figures: base }, { year: 3, figures: base }], settings: { exemption: 'saisei' } }, adoptedYen: 10_000_000, fiscalYearEndMonth: 3, dates, today: '2028-06-01' });
    expect(lineOf(r, 'kihon2')?.status).toBe('exempt');
    expect(r.henkan?.totalYen).toBe(0);
  });
  it('最低賃金引上げ特例: 基本要件③ does not apply (概要版 P.17)', () => {
    const r = ev({ tokurei: ['saiteiChinginHikiage'] }, [{ year: 0, figures: base }]);
    expect(lineOf(r, 'kihon3')).toBeUndefined();
  });
  it('大幅賃上げ特例: 引上げ額 = 交付額 − 本来の上限 (10人 → 1,000万円); wage 4.00% of 6.00% → 2,500,000 + 10,000,000 × 1/3', () => {
    const grow = (i: number) => ({ ...base, kyuyoShikyuSogaku: Math.round(25_000_000 * 1.04 ** i), yakuinKyuyo: Math.round(6_000_000 * 1.04 ** i), jigyojoNaiSaiteiChingin: 1_200 + 60 * i, chiikiBetsuSaiteiChingin: 1_141 + 50 * i });
    const r = ev({ tokurei: ['oohabaChinage'] }, [{ year: 0, figures: base }, { year: 1, figures: grow(1) }, { year: 2, figures: grow(2) }, { year: 3, figures: grow(3) }], 12_500_000);
    expect(r.honraiJogenYen).toBe(10_000_000);
    // rate 400/600 = 2/3 → 2,500,000 + 10,000,000 × (1 − 2/3) = 5,833,333.33… → 5,833,333
    expect(lineOf(r, 'oohaba')).toMatchObject({ status: 'henkan', yen: 5_833_333 });
  });
});

describe('持続化 第17回: the 賃金引上げ特例 is judged at the project end; missed → the subsidy is not paid (P.9)', () => {
  const plan = [
    { label: '直近期', kind: 'actual' as const, ...base, jigyojoNaiSaiteiChingin: 1_180 },
    { label: '1年後', kind: 'plan' as const, ...base, jigyojoNaiSaiteiChingin: 1_240 },
    { label: '2年後', kind: 'plan' as const, ...base, jigyojoNaiSaiteiChingin: 1_260 },
  ];
  const ev = (wage: number | null, today = '2025-12-01') =>
    evaluate({ templateId: 'jizokuka-17', plan, kihon: { tokurei: ['chinage'] }, record: { years: wage === null ? [] : [{ year: 1, figures: { jigyojoNaiSaiteiChingin: wage } }], settings: { kanryoBi: '2026-01-31' } }, adoptedYen: 2_000_000, fiscalYearEndMonth: 3, dates: { resultAt: '2025-09-12', kofuKetteiAt: '2025-10-01' }, today });
  it('+40円 at the end → 不交付 of the whole 2,000,000円', () => {
    expect(lineOf(ev(1_220), 'tokureiFukofu')).toMatchObject({ status: 'henkan', consequence: 'notGranted', yen: 2_000_000 });
  });
  it('+50円 → nothing; before the end the solver asks for 1,230円', () => {
    expect(lineOf(ev(1_230), 'tokureiFukofu')?.status).toBe('none');
    expect(ev(1_200).avoid[0]?.alternatives[0]?.items[0]).toMatchObject({ neededYen: 1_230, diff: '+30円' });
  });
});

describe('持続化 第20回: the +3.0% 特例 has no known consequence (未確認): achievement only', () => {
  const plan = [
    { label: '直近期', kind: 'actual' as const, ...base, jugyoinSu: 4, kyuyoShikyuSogaku: 14_400_000 },
    { label: '1年後', kind: 'plan' as const, ...base, jugyoinSu: 4, kyuyoShikyuSogaku: 15_000_000 },
    { label: '2年後', kind: 'plan' as const, ...base, jugyoinSu: 4, kyuyoShikyuSogaku: 15_400_000 },
  ];
  it('missed (+2.08%): status unknown, no amount, the hint gives the total for +3.0% (14,832,000円)', () => {
    const r = evaluate({ templateId: 'jizokuka-20', plan, kihon: { tokurei: ['chinage'] }, record: { years: [{ year: 1, figures: { kyuyoShikyuSogaku: 14_700_000, jugyoinSu: 4 } }] }, adoptedYen: 2_000_000, fiscalYearEndMonth: 3, dates: { resultAt: '2027-03-15', kofuKetteiAt: '2027-04-20' }, today: '2027-10-01' });
    expect(lineOf(r, 'tokurei')).toMatchObject({ status: 'unknown', yen: null });
    expect(r.henkan?.unknown).toBe(true);
    expect(r.targets.find((t) => t.id === 'chinageTokurei')?.met).toBe(false);
    // 3,600,000 per head × 1.03 × 4 = 14,832,000
    expect(r.avoid[0]?.alternatives[0]?.items[0]?.neededYen).toBe(14_832_000);
    expect(r.unconfirmed).toBe(true);
  });
});

describe('経営革新計画: no 返還, follow-up reporting only', () => {
  it('targets are measured, nothing is returned, one フォローアップ per plan year', () => {
    const plan = plan3();
    const r = evaluate({ templateId: 'keiei-kakushin-r3', plan, kihon: { keikakuKikan: '3', shihyo: 'fukaKachiGaku' }, record: { years: [{ year: 1, figures: base }] }, adoptedYen: null, fiscalYearEndMonth: 3, dates: { resultAt: '2025-05-01' }, today: '2026-11-30' });
    expect(r.henkan?.lines).toEqual([]);
    expect(r.henkan?.totalYen).toBe(0);
    // 承認 2025-05-01 (3月決算): plan years to 2027/2028/2029年3月期, a フォローアップ about 90 days after each (推定).
    expect(r.reports.map((x) => [x.periodEnd, x.due, x.estimated])).toEqual([['2027-03-31', '2027-06-29', true], ['2028-03-31', '2028-06-29', true], ['2029-03-31', '2029-06-29', true]]);
    expect(r.targets.map((t) => t.id)).toEqual(['fukaKachiGaku', 'kyuyo', 'uriage']);
  });
});

describe('only adopted applications', () => {
  it('a draft is not applicable', () => {
    const app = { ...adoptedApp('monozukuri-20', plan3()), status: 'draft' as const };
    const r = evaluateAftercare({ template: templateOf('monozukuri-20'), app, record: emptyAftercareRecord(), dates: {}, adoptedYen: null, client: { fiscalYearEndMonth: 3, prefecture: '', employeeCount: null }, today: '2026-11-30' });
    expect(r.applicable).toBe(false);
    expect(r.message).toContain('採択');
  });
});
