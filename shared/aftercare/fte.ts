import { add, div, fromNumber, mul, rat, roundDown, type Rational } from '../finance/rational';
import { available, unavailable, type FinanceResult } from '../finance/result';
import type { PartTime } from './schema';

/**
 * Part-time staff counted in 正社員 equivalents (もの補助 FAQ 3-12): hours ÷ the regular staff's hours,
 * truncated to `digits` decimals per person (3h of 7h → 3 ÷ 7 = 0.428… → 0.42 人).
 */
export function fteOf(hours: number, regularHours: number, digits: number): FinanceResult<Rational> {
  const h = fromNumber(hours);
  const r = fromNumber(regularHours);
  if (!h || !r) return unavailable('outOfRange', '労働時間が扱える範囲を超えています');
  const q = div(h, r);
  if (!q) return unavailable('nonPositiveDenominator', '正社員の所定労働時間が0です');
  return available(roundDown(q, digits));
}

/** 従業員数 for 1人あたり: full-time staff paid every month + each part-timer's truncated equivalent. */
export function employeeCount(fullTime: number | null, partTime: PartTime, digits: number): FinanceResult<Rational> {
  const rows = partTime.rows.filter((r) => r.count > 0);
  if (fullTime === null && rows.length === 0) return unavailable('missing', '従業員数が入力されていません', ['jugyoinSu']);
  let total = fromNumber(fullTime ?? 0) ?? rat(0n);
  if (rows.length === 0) return available(total);
  if (partTime.regularHours === null) return unavailable('missing', 'パートタイム従業員の換算には正社員の所定労働時間が必要です');
  for (const row of rows) {
    const f = fteOf(row.hours, partTime.regularHours, digits);
    if (!f.ok) return f;
    total = add(total, mul(f.value, rat(BigInt(row.count))));
  }
  return available(total);
}
