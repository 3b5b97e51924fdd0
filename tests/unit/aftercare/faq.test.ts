import { describe, expect, it } from 'vitest';
import { rat, type Rational } from '../../../shared/finance/rational';
import { cagrOfficialExact } from '../../../shared/finance/cagr';
import { wageHenkanFromRates, type RatedPath } from '../../../shared/aftercare/henkanWage';
import { perMissedYear } from '../../../shared/aftercare/henkanMinWage';
import { upliftFromRates } from '../../../shared/aftercare/henkanUplift';
import { employeeCount, fteOf } from '../../../shared/aftercare/fte';
import { floor } from '../../../shared/finance/rational';
import { evaluate, lineOf } from './fixtures';

/**
 * The worked examples of the もの補助 第20次 sources, to the yen:
 * よくあるご質問（2025-04-21版）4-2〜4-7 (P.12–14), 3-12 (P.10); 公募要領概要版（2025-04-25版）P.19.
 */
const pct = (p: number): Rational => rat(BigInt(Math.round(p * 10)), 1000n); // 90 → 90/100
const paths = (sogaku: [number, number], hitori: [number, number]): RatedPath[] => [
  { label: '給与支給総額', groups: [{ label: '従業員', rate: pct(sogaku[0]) }, { label: '役員', rate: pct(sogaku[1]) }] },
  { label: '1人あたり給与支給総額', groups: [{ label: '従業員', rate: pct(hitori[0]) }, { label: '役員', rate: pct(hitori[1]) }] },
];
const yen = (r: Rational | null) => (r === null ? null : floor(r));

describe('基本要件② 返還 (FAQ 4-1: lower of 従業員/役員 per path, then the higher path)', () => {
  const kofu = 10_000_000n;
  it('FAQ 4-2 例1: 給与 90%/140%, 1人あたり 110%/80% → 90% → 10% 返還', () => {
    // step 1: min(90, 140) = 90; min(110, 80) = 80. step 2: max(90, 80) = 90. step 3: 10,000,000 × (1 − 0.9) = 1,000,000.
    const r = wageHenkanFromRates(kofu, paths([90, 140], [110, 80]));
    expect(r.achievement).toEqual(pct(90));
    expect(yen(r.exact)).toBe(1_000_000n);
  });
  it('FAQ 4-3 例2: 給与 100%/70%, 1人あたり 110%/80% → 80% → 20% 返還', () => {
    // min(100, 70) = 70; min(110, 80) = 80; max = 80; 10,000,000 × 0.2 = 2,000,000.
    const r = wageHenkanFromRates(kofu, paths([100, 70], [110, 80]));
    expect(r.achievement).toEqual(pct(80));
    expect(yen(r.exact)).toBe(2_000_000n);
  });
  it('FAQ 4-4 例3: 給与 90%/70%, 1人あたり 110%/100% → 100% → 返還なし', () => {
    // min(90, 70) = 70; min(110, 100) = 100; max = 100 → 1人あたりで達成.
    const r = wageHenkanFromRates(kofu, paths([90, 70], [110, 100]));
    expect(yen(r.exact)).toBe(0n);
  });
  it('FAQ 4-5 例4: 給与 0%/140%, 1人あたり 0%/−10% → 0% → 全額返還', () => {
    // min(0, 140) = 0; min(0, −10) = −10; max = 0 → growth 0 → all of 10,000,000.
    const r = wageHenkanFromRates(kofu, paths([0, 140], [0, -10]));
    expect(yen(r.exact)).toBe(10_000_000n);
  });
  it('FAQ 4-6: 2,500万円, targets 4.0%, CAGR 1.5/2.5 and 3.5/3.0 → 75.0% → 625万円', () => {
    // rates: 1.50/4.00 = 37.5%, 2.50/4.00 = 62.5%, 3.50/4.00 = 87.5%, 3.00/4.00 = 75.0%.
    // step 1: 37.5% and 75.0%; step 2: 75.0%; step 3: 25,000,000 × 25% = 6,250,000.
    const byCagr = (a: number): Rational => rat(BigInt(a), 400n);
    const r = wageHenkanFromRates(25_000_000n, [
      { label: '給与支給総額', groups: [{ label: '従業員', rate: byCagr(150) }, { label: '役員', rate: byCagr(250) }] },
      { label: '1人あたり給与支給総額', groups: [{ label: '従業員', rate: byCagr(350) }, { label: '役員', rate: byCagr(300) }] },
    ]);
    expect(yen(r.exact)).toBe(6_250_000n);
    expect(r.steps.join('\n')).toContain('75.0%');
  });
});

describe('基本要件③ 返還: 交付額 ÷ 年数 per missed year (FAQ 4-7)', () => {
  it('2,500万円, 3年, one year missed: 8,333,333.33… → 8,333,333円 (FAQ writes 834万円: the same amount rounded up to 万円)', () => {
    const exact = perMissedYear(25_000_000n, 3);
    expect(floor(exact)).toBe(8_333_333n);
    expect(Math.ceil(Number(floor(exact)) / 10_000)).toBe(834);
  });
  it('through the whole evaluation: 第20次, 東京, target +50円, year 2 at +30円 (1,230円 vs 1,200円) → 8,333,333円', () => {
    const base = { uriageDaka: 100_000_000, eigyoRieki: 5_000_000, jinkenHi: 30_000_000, genkaShokyakuHi: 2_000_000, jugyoinSu: 10, yakuinSu: 1, kyuyoShikyuSogaku: 25_000_000, yakuinKyuyo: 6_000_000 };
    const plan = [{ label: '直近期', kind: 'actual' as const, ...base }, ...[1, 2, 3].map((i) => ({ label: `${i}年後`, kind: 'plan' as const, ...base, kyuyoShikyuSogaku: Math.round(25_000_000 * 1.05 ** i), yakuinKyuyo: Math.round(6_000_000 * 1.05 ** i) }))];
    // Wages well above target so only 基本要件③ returns anything.
    const wages = (i: number) => ({ kyuyoShikyuSogaku: Math.round(25_000_000 * 1.06 ** i), yakuinKyuyo: Math.round(6_000_000 * 1.06 ** i) });
    const r = evaluate({
      templateId: 'monozukuri-20',
      plan,
      kihon: { keikakuKikan: '3' },
      prefecture: '東京都',
      fiscalYearEndMonth: 3,
      adoptedYen: 25_000_000,
      dates: { resultAt: '2025-09-01', kofuKetteiAt: '2025-10-01', jissekiHokokuAt: '2026-03-01' },
      record: {
        years: [
          { year: 0, figures: { ...base } },
          { year: 1, figures: { ...base, ...wages(1), jigyojoNaiSaiteiChingin: 1_213, chiikiBetsuSaiteiChingin: 1_163 } },
          { year: 2, figures: { ...base, ...wages(2), jigyojoNaiSaiteiChingin: 1_230, chiikiBetsuSaiteiChingin: 1_200 } },
          { year: 3, figures: { ...base, ...wages(3), jigyojoNaiSaiteiChingin: 1_260, chiikiBetsuSaiteiChingin: 1_210 } },
        ],
        settings: { targetOverrides: { saiteiChingin: 50 } },
      },
      today: '2030-06-01',
    });
    expect(lineOf(r, 'kihon2')?.status).toBe('none');
    expect(lineOf(r, 'kihon3')).toMatchObject({ status: 'henkan', yen: 8_333_333 });
    expect(r.henkan?.totalYen).toBe(8_333_333);
  });
});

describe('大幅賃上げ特例 返還 (概要版 P.19): 引上げ額 + (交付額 − 引上げ額) × 未達成率', () => {
  // 交付額 1,250万円 = 本来の上限 1,000万円 + 引上げ 250万円 (6〜20人).
  it('給与支給総額 target 9.0%, actual 3.0% → 未達成 2/3: 2,500,000 + 10,000,000 × 2/3 = 9,166,666円', () => {
    const r = upliftFromRates(12_500_000n, 2_500_000n, rat(300n, 900n), rat(1n));
    expect(floor(r.exact)).toBe(9_166_666n);
  });
  it('最低賃金 target +80円, years +80/+40/+85 → 2 of 3 → 2,500,000 + 10,000,000 × 1/3 = 5,833,333円', () => {
    const r = upliftFromRates(12_500_000n, 2_500_000n, rat(1n), rat(2n, 3n));
    expect(floor(r.exact)).toBe(5_833_333n);
  });
  it('both missed: the higher achievement is used (pattern D)', () => {
    const r = upliftFromRates(12_500_000n, 2_500_000n, rat(1n, 3n), rat(2n, 3n));
    expect(floor(r.exact)).toBe(5_833_333n);
  });
  it('both met: nothing (pattern A)', () => {
    expect(floor(upliftFromRates(12_500_000n, 2_500_000n, rat(1n), rat(1n)).exact)).toBe(0n);
  });
});

describe('パートタイム従業員の正社員換算 (FAQ 3-12)', () => {
  it('1日3時間 of 7時間 (週15 of 35) is 0.42人: 3 ÷ 7 = 0.428… truncated at the 3rd decimal', () => {
    const a = fteOf(3, 7, 2);
    const b = fteOf(15, 35, 2);
    expect(a.ok && a.value).toEqual(rat(42n, 100n));
    expect(b.ok && b.value).toEqual(rat(42n, 100n));
  });
  it('each part-timer is truncated on its own: two at 3h of 7h are 0.84人, not 6 ÷ 7 = 0.85', () => {
    const c = employeeCount(10, { regularHours: 7, rows: [{ hours: 3, count: 2 }] }, 2);
    expect(c.ok && c.value).toEqual(rat(1084n, 100n));
  });
  it('part-timers need the regular hours', () => {
    expect(employeeCount(10, { regularHours: null, rows: [{ hours: 3, count: 1 }] }, 2).ok).toBe(false);
  });
});

describe('the CAGR the rates come from is the official tool\'s (0.01% truncated)', () => {
  it('61,600,000 → 63,900,000 over 3 years is 1.22%', () => {
    const c = cagrOfficialExact(rat(61_600_000n), rat(63_900_000n), 3);
    expect(c.ok && c.value.hundredths).toBe(122);
  });
});
