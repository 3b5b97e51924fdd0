import { absR, div, floor, fromNumber, mul, rat, sign, sub, trunc, type Rational } from './rational';
import { available, unavailable, type FinanceResult } from './result';

/** A percentage kept in hundredths of a percent (0.01%), truncated toward zero as Excel ROUNDDOWN(x, 2) does. */
export interface Percent {
  /** e.g. 300 for 3.00%. An integer. */
  hundredths: number;
  /** hundredths / 100, for charts. */
  percent: number;
  /** e.g. "3.00%". */
  display: string;
}

export function percentFromHundredths(h: bigint): Percent {
  const hundredths = Number(h);
  const neg = h < 0n;
  const a = neg ? -h : h;
  const display = `${neg ? '-' : ''}${(a / 100n).toLocaleString('en-US')}.${(a % 100n).toString().padStart(2, '0')}%`;
  return { hundredths, percent: hundredths / 100, display };
}

/** Whole hundredths of a percent in a percent number such as 4.5 (→ 450). Throws on more than 2 decimals. */
export function hundredthsOf(percent: number): number {
  const r = fromNumber(percent);
  if (!r) throw new RangeError(`not a percentage: ${percent}`);
  const h = mul(r, rat(100n));
  if (h.d !== 1n) throw new RangeError(`more than 2 decimals: ${percent}`);
  return Number(h.n);
}

/** 伸び率 (経営革新): (B − A) / |A| × 100 as an exact rational percentage. */
export function growthExact(base: Rational, final: Rational): FinanceResult<Rational> {
  if (sign(base) === 0) return unavailable('baseZero', '基準年（直近期）の値が0のため伸び率を計算できません');
  const q = div(mul(sub(final, base), rat(100n)), absR(base));
  return q ? available(q) : unavailable('baseZero', '基準年の値が0です');
}

/** 伸び率 for display, truncated toward zero to 0.01%. */
export function growthRate(base: number, final: number): FinanceResult<Percent> {
  const a = fromNumber(base);
  const b = fromNumber(final);
  if (!a || !b) return unavailable('outOfRange', '数値が扱える範囲を超えています');
  const g = growthExact(a, b);
  return g.ok ? available(percentFromHundredths(trunc(mul(g.value, rat(100n))))) : g;
}

/** True when the exact growth is at least `targetHundredths` (e.g. 900 for +9.00%). */
export function growthMeets(growthPercent: Rational, targetHundredths: number): boolean {
  return floor(mul(growthPercent, rat(100n))) >= BigInt(targetHundredths);
}

export const truncPercent = (p: Rational): Percent => percentFromHundredths(trunc(mul(p, rat(100n))));
