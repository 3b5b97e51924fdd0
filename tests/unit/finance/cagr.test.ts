import { describe, expect, it } from 'vitest';
import { cagrOfficial } from '../../../shared/finance/cagr';

/**
 * The official もの補助 CAGR算出ツール (2025-03-14): ROUNDDOWN(((B/A)^(1/n) − 1) × 100, 2), base 0 → 1,
 * final < 1 → "-", negative base: "-" (給与 rows) or the 付加価値額 row's odd-root formula.
 * Expected values are hand-computed: (p/q)^n exactly, so the boundary is exact.
 */
const h = (base: number, final: number, n: number, policy: 'dash' | 'oddRoot' = 'dash') => {
  const r = cagrOfficial(base, final, n, policy);
  if (!r.ok) throw new Error(r.message);
  return r.value.hundredths;
};

describe('cagrOfficial: boundaries decided exactly', () => {
  it.each([
    // [target %, p, q] with (p/q) = 1 + target; base q^n, final p^n is exactly the target
    [3.0, 103, 100],
    [2.0, 51, 50],
    [6.0, 53, 50],
    [4.0, 26, 25],
    [3.1, 1031, 1000], // 埼玉・千葉・愛知・京都: naive Math.pow truncates this to 3.09%
    [4.3, 1043, 1000], // 徳島: naive Math.pow gives 4.29%
    [2.8, 257, 250], // 東京・神奈川
  ])('%s%% exactly is %s%%, one yen less is 0.01%% lower (3, 4, 5 years)', (target, p, q) => {
    for (const n of [3, 4, 5]) {
      const base = q ** n;
      const final = p ** n;
      expect(h(base, final, n)).toBe(Math.round(target * 100));
      expect(h(base, final - 1, n)).toBe(Math.round(target * 100) - 1);
    }
  });

  it('3 years: 1,000,000 → 1,092,727 is 3.00%; 1,092,726 is 2.99%', () => {
    expect(h(1_000_000, 1_092_727, 3)).toBe(300);
    expect(h(1_000_000, 1_092_726, 3)).toBe(299);
  });

  it('+9% over 3 years is a CAGR of 2.91% (truncated, not rounded)', () => {
    // 1.09^(1/3) = 1.029142… → 2.914… → 2.91
    expect(h(10_000_000, 10_900_000, 3)).toBe(291);
  });

  it('truncates toward zero for a decline: 0.9^(1/3) − 1 = −3.451…% → −3.45%', () => {
    const r = cagrOfficial(1_000_000, 900_000, 3);
    expect(r.ok && r.value.hundredths).toBe(-345);
    expect(r.ok && r.value.display).toBe('-3.45%');
  });

  it('no growth is 0.00%', () => {
    expect(h(5_000_000, 5_000_000, 5)).toBe(0);
  });
});

describe('cagrOfficial: the tool\'s special cases', () => {
  it('a base of 0 is treated as 1', () => {
    const r = cagrOfficial(0, 8, 3);
    expect(r.ok && r.value.hundredths).toBe(10_000); // 8^(1/3) − 1 = 100%
    expect(r.ok && r.value.baseTreatedAsOne).toBe(true);
  });

  it('a final value below 1 gives "-" (finalBelowOne)', () => {
    const r = cagrOfficial(1_000_000, 0.5, 3);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('finalBelowOne');
    expect(cagrOfficial(1_000_000, 0, 3).ok).toBe(false);
    expect(cagrOfficial(1_000_000, 1, 3).ok).toBe(true);
  });

  it('a negative base gives "-" on the 給与 rows', () => {
    const r = cagrOfficial(-100, 800, 3, 'dash');
    expect(!r.ok && r.reason).toBe('negativeBase');
  });

  it('the 付加価値額 row: odd n uses the real odd root, even n is "-" (Excel #NUM!)', () => {
    // ((800 / −100)^(1/3) − 1) × −1 × 100 = ((−2) − 1) × −100 = 300%
    const r = cagrOfficial(-100, 800, 3, 'oddRoot');
    expect(r.ok && r.value.hundredths).toBe(30_000);
    expect(r.ok && r.value.negativeBaseFormula).toBe(true);
    // n = 5: |r| = 32 → 2 → 300%
    expect(h(-1, 32, 5, 'oddRoot')).toBe(30_000);
    expect(cagrOfficial(-100, 800, 4, 'oddRoot').ok).toBe(false);
  });

  it('plan periods outside 3–5 years are computed but flagged, like the tool', () => {
    const r = cagrOfficial(100, 121, 2);
    expect(r.ok && r.value.hundredths).toBe(1_000);
    expect(r.ok && r.value.periodInRange).toBe(false);
    const ok = cagrOfficial(100, 121, 3);
    expect(ok.ok && ok.value.periodInRange).toBe(true);
    expect(cagrOfficial(100, 121, 0).ok).toBe(false);
    expect(cagrOfficial(100, 121, 2.5).ok).toBe(false);
  });

  it('non-finite inputs are refused, never NaN', () => {
    expect(cagrOfficial(Number.NaN, 100, 3).ok).toBe(false);
    expect(cagrOfficial(100, Number.POSITIVE_INFINITY, 3).ok).toBe(false);
  });

  it('decimal inputs (per-head figures) are exact: 3,000,000 → 3,287,738.373 (×1.031³) is 3.10%', () => {
    expect(h(3_000_000, 3_287_738.373, 3)).toBe(310);
    expect(h(3_000_000, 3_287_738.372, 3)).toBe(309);
  });
});
