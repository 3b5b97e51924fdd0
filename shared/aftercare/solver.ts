import { cagrOfficialExact } from '../finance/cagr';
import { div, mul, rat, sign, type Rational } from '../finance/rational';
import { ceil } from './format';

/**
 * 「いくらにすれば返還を避けられるか」: the smallest whole-yen figure that reaches a target, exactly.
 * The official CAGR is ROUNDDOWN((X/A)^(1/n) − 1, 0.01%) ≥ T  ⇔  X ≥ A · ((10000 + T) / 10000)^n,
 * so the threshold is a rational and its ceiling the answer; each answer is checked against the
 * official computation (X reaches the target, X − 1 does not).
 */
const P = 10_000n;

/** The exact final value at which the CAGR reaches `targetH` (0.01%) — null when the base is negative. */
export function cagrThreshold(base: Rational, n: number, targetH: number): Rational | null {
  if (sign(base) < 0 || n < 1) return null;
  const a = sign(base) === 0 ? rat(1n) : base; // the tool treats a base of 0 as 1
  const step = P + BigInt(targetH);
  if (step <= 0n) return rat(1n);
  return mul(a, rat(step ** BigInt(n), P ** BigInt(n)));
}

const reaches = (base: Rational, x: Rational, n: number, targetH: number, policy: 'oddRoot' | 'dash'): boolean => {
  const c = cagrOfficialExact(base, x, n, policy);
  return c.ok && c.value.hundredths >= targetH;
};

/** Adjusts a candidate by whole yen so that `ok(x)` holds and `ok(x − 1)` does not (a safety net: exact maths needs no step). */
function settle(x0: bigint, ok: (x: bigint) => boolean): bigint | null {
  let x = x0 < 1n ? 1n : x0;
  for (let i = 0; i < 4 && !ok(x); i++) x += 1n;
  if (!ok(x)) return null;
  for (let i = 0; i < 4 && x > 1n && ok(x - 1n); i++) x -= 1n;
  return x;
}

/** Smallest whole-yen final-year figure (e.g. 給与支給総額) whose official CAGR over n years reaches the target. */
export function minFinalYen(base: Rational, n: number, targetH: number, policy: 'oddRoot' | 'dash' = 'dash'): bigint | null {
  const th = cagrThreshold(base, n, targetH);
  if (!th) return null;
  return settle(ceil(th), (x) => reaches(base, rat(x), n, targetH, policy));
}

/**
 * Smallest whole-yen total (給与支給総額 of the group) whose per-head figure — total ÷ heads — reaches
 * the per-head CAGR target from `basePerHead`.
 */
export function minTotalForPerHead(basePerHead: Rational, heads: Rational, n: number, targetH: number, policy: 'oddRoot' | 'dash' = 'dash'): bigint | null {
  if (sign(heads) <= 0) return null;
  const th = cagrThreshold(basePerHead, n, targetH);
  if (!th) return null;
  const perHead = (x: bigint) => div(rat(x), heads) ?? rat(0n);
  return settle(ceil(mul(th, heads)), (x) => reaches(basePerHead, perHead(x), n, targetH, policy));
}

/** Smallest whole-yen value with simple growth (B − A) / A ≥ targetH (0.01%) from a positive base. */
export function minForGrowth(base: Rational, targetH: number): bigint | null {
  if (sign(base) <= 0) return null;
  return ceil(mul(base, rat(P + BigInt(targetH), P)));
}

/** Per-head version of minForGrowth: the smallest total for `heads` people. */
export function minTotalForPerHeadGrowth(basePerHead: Rational, heads: Rational, targetH: number): bigint | null {
  if (sign(basePerHead) <= 0 || sign(heads) <= 0) return null;
  return ceil(mul(mul(basePerHead, rat(P + BigInt(targetH), P)), heads));
}
