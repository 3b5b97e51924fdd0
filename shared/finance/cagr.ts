import { cmp, div, fromNumber, rat, sign, type Rational } from './rational';
import { percentFromHundredths, type Percent } from './growth';
import { available, unavailable, type FinanceResult } from './result';

/**
 * 年平均成長率 (CAGR) exactly as the official もの補助 CAGR算出ツール (2025-03-14 版) computes it:
 *   ROUNDDOWN(((B / A)^(1 / n) − 1) × 100, 2)
 * - truncated toward zero to 0.01% (not rounded), then compared with the target;
 * - a base of 0 is treated as 1;  a final value < 1 gives "-";
 * - n = 最終年度 − 基準年度; the tool warns when n is outside 3–5 but still computes;
 * - a negative base: the 給与 rows show "-"; the 付加価値額 row computes ((B/A)^(1/n) − 1) × −1 × 100,
 *   which Excel can only evaluate for odd n (odd root of a negative number) and shows "-" for even n.
 * Decided with exact integer arithmetic, so exactly +3.00% is 3.00%, never 2.99% from floating point.
 */
export interface Cagr extends Percent {
  years: number;
  /** n within 3–5 (the tool's message otherwise). */
  periodInRange: boolean;
  /** The base was 0 and the tool used 1 instead. */
  baseTreatedAsOne: boolean;
  /** The base was negative and the 付加価値額 row's odd-root formula was applied. */
  negativeBaseFormula: boolean;
}

/** 'oddRoot': the tool's 付加価値額 row. 'dash': the tool's 給与 rows (negative base → "-"). */
export type NegativeBasePolicy = 'oddRoot' | 'dash';

const P = 10_000n; // 1 + 0.01% steps: (P + k) / P

const pow = (x: bigint, n: number): bigint => x ** BigInt(n);

/** Largest m ≥ 0 with m^n ≤ x (x = xn/xd ≥ 0). Binary search: exact, no floating point. */
function floorRoot(xn: bigint, xd: bigint, n: number): bigint {
  const fits = (m: bigint) => pow(m, n) * xd <= xn;
  let hi = 1n;
  while (fits(hi)) hi *= 2n;
  let lo = 0n; // fits(lo) holds (0 ≤ x), fits(hi) does not
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

function hundredthsOfRatio(r: Rational, n: number): bigint {
  // r > 0. x = r · P^n; root = x^(1/n) = P · r^(1/n); result = trunc(root − P) toward zero.
  const xn = r.n * pow(P, n);
  const m = floorRoot(xn, r.d, n);
  if (cmp(r, rat(1n)) >= 0) return m - P; // ≥ 0: floor is truncation
  const exact = pow(m, n) * r.d === xn;
  return (exact ? m : m + 1n) - P; // < 0: truncation toward zero is the ceiling
}

export function cagrOfficialExact(
  base: Rational,
  final: Rational,
  years: number,
  policy: NegativeBasePolicy = 'dash',
): FinanceResult<Cagr> {
  if (!Number.isInteger(years) || years < 1 || years > 50) {
    return unavailable('badPeriod', '事業計画期間（年数）が正しくありません');
  }
  const periodInRange = years >= 3 && years <= 5;
  if (cmp(final, rat(1n)) < 0) {
    return unavailable('finalBelowOne', '最終年度の値が1円未満のため年平均成長率は「-」（計算できません）');
  }
  const baseTreatedAsOne = sign(base) === 0;
  const a = baseTreatedAsOne ? rat(1n) : base;
  const make = (h: bigint, negativeBaseFormula: boolean): FinanceResult<Cagr> =>
    available({ ...percentFromHundredths(h), years, periodInRange, baseTreatedAsOne, negativeBaseFormula });

  if (sign(a) < 0) {
    if (policy === 'dash' || years % 2 === 0) {
      return unavailable('negativeBase', '基準年度の値がマイナスのため年平均成長率は「-」（計算できません）');
    }
    const r = div(final, a);
    if (!r) return unavailable('baseZero', '基準年度の値が0です');
    // ((−s) − 1) × −1 × 100 = (1 + s) × 100 with s = |B/A|^(1/n)
    const m = floorRoot(-r.n * pow(P, years), r.d, years);
    return make(P + m, true);
  }
  const r = div(final, a);
  if (!r) return unavailable('baseZero', '基準年度の値が0です');
  return make(hundredthsOfRatio(r, years), false);
}

export function cagrOfficial(base: number, final: number, years: number, policy: NegativeBasePolicy = 'dash'): FinanceResult<Cagr> {
  const a = fromNumber(base);
  const b = fromNumber(final);
  if (!a || !b) return unavailable('outOfRange', '数値が扱える範囲を超えています');
  return cagrOfficialExact(a, b, years, policy);
}
