import { describe, expect, it } from 'vitest';
import { cagrOfficialExact } from '../../../shared/finance/cagr';
import { div, rat } from '../../../shared/finance/rational';
import { minFinalYen, minForGrowth, minTotalForPerHead } from '../../../shared/aftercare/solver';
import { DEMO_B_MONO18_ACTUALS } from '../../../electron/demo/pastActuals';
import { demoB, evaluate, lineOf } from './fixtures';

const cagrH = (a: bigint, b: bigint, n: number) => {
  const c = cagrOfficialExact(rat(a), rat(b), n);
  return c.ok ? c.value.hundredths : null;
};

describe('the smallest figure that reaches a CAGR target, and 1 yen less does not', () => {
  it('61,600,000 at 1.70% over 3 years: 61,600,000 × 1.017³ = 64,795,309.84… → 64,795,310円', () => {
    const x = minFinalYen(rat(61_600_000n), 3, 170);
    expect(x).toBe(64_795_310n);
    expect(cagrH(61_600_000n, x!, 3)).toBe(170);
    expect(cagrH(61_600_000n, x! - 1n, 3)).toBe(169);
  });
  it('an exact power: 25,000,000 × 1.04³ = 28,121,600 is itself the answer', () => {
    expect(minFinalYen(rat(25_000_000n), 3, 400)).toBe(28_121_600n);
    expect(cagrH(25_000_000n, 28_121_599n, 3)).toBe(399);
  });
  it('per head with part-timers (18.84人): the smallest total whose 1人あたり reaches 3.50%', () => {
    const heads = rat(1884n, 100n);
    const basePerHead = rat(52_000_000n, 18n);
    const x = minTotalForPerHead(basePerHead, heads, 3, 350)!;
    const per = (t: bigint) => div(rat(t), heads)!;
    const at = (t: bigint) => {
      const c = cagrOfficialExact(basePerHead, per(t), 3);
      return c.ok ? c.value.hundredths : null;
    };
    expect(at(x)).toBe(350);
    expect(at(x - 1n)).toBe(349);
  });
  it('a base of 0 is treated as 1 (as the tool does); a negative base has no answer', () => {
    expect(minFinalYen(rat(0n), 3, 200)).toBe(2n); // 1 × 1.02³ = 1.061208 → 2
    expect(minFinalYen(rat(-5n), 3, 200)).toBeNull();
  });
  it('simple growth: +3.0% from 1,000,000 is 1,030,000', () => {
    expect(minForGrowth(rat(1_000_000n), 300)).toBe(1_030_000n);
  });
});

describe('at the boundary, through the whole evaluation (第20次, 3年, 交付額 1,000万円)', () => {
  const base = { uriageDaka: 200_000_000, uriageGenka: 150_000_000, eigyoRieki: 6_000_000, jinkenHi: 40_000_000, genkaShokyakuHi: 3_000_000, jugyoinSu: 10, yakuinSu: 1, kyuyoShikyuSogaku: 25_000_000, yakuinKyuyo: 6_000_000, jigyojoNaiSaiteiChingin: 1_200, chiikiBetsuSaiteiChingin: 1_141 };
  // Plan: wages +4.00%/年 (25,000,000 → 28,121,600; 6,000,000 → 6,749,184), so every wage target is 4.00%.
  const plan = [
    { label: '直近期', kind: 'actual' as const, ...base },
    ...[1, 2, 3].map((i) => ({ label: `${i}年後`, kind: 'plan' as const, ...base, kyuyoShikyuSogaku: 25_000_000 * 1.04 ** i, yakuinKyuyo: Math.round(6_000_000 * 1.04 ** i) })),
  ].map((y) => ({ ...y, kyuyoShikyuSogaku: Math.round(y.kyuyoShikyuSogaku) }));
  const run = (finalJugyoin: number) =>
    evaluate({
      templateId: 'monozukuri-20',
      plan,
      kihon: { keikakuKikan: '3' },
      adoptedYen: 10_000_000,
      fiscalYearEndMonth: 3,
      dates: { resultAt: '2024-06-01', kofuKetteiAt: '2024-07-01', jissekiHokokuAt: '2025-02-01' },
      record: {
        years: [
          { year: 0, figures: base },
          { year: 3, figures: { ...base, kyuyoShikyuSogaku: finalJugyoin, yakuinKyuyo: 6_749_184, jigyojoNaiSaiteiChingin: 1_250 } },
        ],
      },
      today: '2027-01-15', // in year 3 (2026-04-01 … 2027-03-31): still time to act
    });

  it('the plan sets the targets (4.00%), and the final year at exactly 28,121,600円 returns nothing', () => {
    const r = run(28_121_600);
    expect(r.targets.find((t) => t.id === 'kyuyoJugyoin')?.targetText).toContain('4.00%');
    expect(lineOf(r, 'kihon2')?.status).toBe('none');
  });
  it('1 yen less: CAGR 3.99% in both paths → 10,000,000 × (1 − 399/400) = 25,000円', () => {
    const r = run(28_121_599);
    expect(lineOf(r, 'kihon2')).toMatchObject({ status: 'henkan', yen: 25_000 });
    // … and the solver names the figure that avoids it.
    const hint = r.avoid.find((h) => h.ruleId === 'kihon2');
    expect(hint?.alternatives.flatMap((a) => a.items).map((i) => i.neededYen)).toContain(28_121_600);
  });
});

describe('the minimum wage of the current year (demo B社, 第18次; 3年目 judged 2027-03-31)', () => {
  const withY3 = (wage: number) => ({ ...DEMO_B_MONO18_ACTUALS, years: [...DEMO_B_MONO18_ACTUALS.years, { year: 3, figures: { ...DEMO_B_MONO18_ACTUALS.years[2]!.figures, jigyojoNaiSaiteiChingin: wage }, partTime: { regularHours: null, rows: [] }, recordedOn: null, importedFrom: null }] });
  it('as recorded, the solver asks for 1,171円 (地域別 1,141円 + 30円) by 2027-03-31', () => {
    const hint = demoB().avoid.find((h) => h.ruleId === 'kihon3');
    expect(hint?.deadline).toBe('2027-03-31');
    expect(hint?.alternatives[0]?.items[0]).toMatchObject({ neededYen: 1_171, current: '1,160円', diff: '+11円' });
  });
  it('1,171円 avoids the year-3 返還; 1,170円 does not', () => {
    const ok = lineOf(demoB(withY3(1_171)), 'kihon3');
    const short = lineOf(demoB(withY3(1_170)), 'kihon3');
    expect(ok?.perYear?.map((p) => p.year)).toEqual([2]);
    expect(short?.perYear?.map((p) => p.year)).toEqual([2, 3]);
  });
});
