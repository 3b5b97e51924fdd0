import { describe, expect, it } from 'vitest';
import { growthExact, growthMeets, growthRate, hundredthsOf } from '../../../shared/finance/growth';
import { fromNumber } from '../../../shared/finance/rational';

/** 経営革新 伸び率 (B − A) / |A| × 100, decided exactly against the target. */
const meets = (a: number, b: number, target: number) => {
  const g = growthExact(fromNumber(a)!, fromNumber(b)!);
  if (!g.ok) throw new Error(g.message);
  return growthMeets(g.value, hundredthsOf(target));
};

describe('growth (経営革新)', () => {
  it.each([
    [3, 9, 10_000_000, 10_900_000],
    [4, 12, 10_000_000, 11_200_000],
    [5, 15, 10_000_000, 11_500_000],
    [3, 4.5, 20_000_000, 20_900_000],
    [4, 6, 20_000_000, 21_200_000],
    [5, 7.5, 20_000_000, 21_500_000],
    [3, 3, 5_000_000, 5_150_000], // 旧基準 経常利益
  ])('%s years, +%s%%: exactly at the target passes, 1 yen less fails', (_n, target, a, b) => {
    expect(meets(a, b, target)).toBe(true);
    expect(meets(a, b - 1, target)).toBe(false);
  });

  it('uses |A| for a negative base: −1,000,000 → 500,000 is +150%', () => {
    const r = growthRate(-1_000_000, 500_000);
    expect(r.ok && r.value.display).toBe('150.00%');
  });

  it('truncates the display toward zero: 10,000,000 → 10,899,999 shows 8.99%', () => {
    const r = growthRate(10_000_000, 10_899_999);
    expect(r.ok && r.value.hundredths).toBe(899);
  });

  it('base 0 cannot be computed (baseZero), never Infinity', () => {
    const r = growthRate(0, 100);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('baseZero');
  });

  it('hundredthsOf refuses more than 2 decimals', () => {
    expect(hundredthsOf(4.5)).toBe(450);
    expect(hundredthsOf(3.1)).toBe(310);
    expect(() => hundredthsOf(3.125)).toThrow();
  });
});
