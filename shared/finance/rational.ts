/**
 * Exact rational arithmetic on BigInt, so that boundary cases (exactly +3.00%, exactly 1/4) are decided
 * exactly rather than by floating point. Internal to shared/finance and shared/checks: never put a
 * Rational into a report (BigInt does not survive JSON).
 */
export interface Rational {
  readonly n: bigint;
  /** Always > 0. */
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rat(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('denominator 0');
  const s = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (s * n) / g, d: (s * d) / g };
}

export const ZERO = rat(0n);
export const ONE = rat(1n);

/**
 * The exact decimal value a person typed: the shortest round-trip decimal of the double (so 0.1 is 1/10,
 * not the binary approximation). Null for NaN/±Infinity.
 */
export function fromNumber(x: number): Rational | null {
  if (!Number.isFinite(x)) return null;
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return rat(BigInt(x));
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) return null;
  const [, sign = '', int = '0', frac = '', exp = '0'] = m;
  let n = BigInt(int + frac);
  let d = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) n *= 10n ** BigInt(e);
  if (e < 0) d *= 10n ** BigInt(-e);
  return rat(sign === '-' ? -n : n, d);
}

export const add = (a: Rational, b: Rational): Rational => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
/** Null when dividing by zero. */
export const div = (a: Rational, b: Rational): Rational | null => (b.n === 0n ? null : rat(a.n * b.d, a.d * b.n));
export const absR = (a: Rational): Rational => rat(abs(a.n), a.d);
export const sign = (a: Rational): -1 | 0 | 1 => (a.n < 0n ? -1 : a.n > 0n ? 1 : 0);
/** -1, 0 or 1 as a <, =, > b. */
export const cmp = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** Largest integer ≤ a. */
export function floor(a: Rational): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

/** Integer part, rounding toward zero (Excel ROUNDDOWN to 0 digits). */
export const trunc = (a: Rational): bigint => a.n / a.d;

/** Nearest double; null when outside the double range. */
export function toNumber(a: Rational): number | null {
  const whole = trunc(a);
  const rest = a.n - whole * a.d;
  const x = Number(whole) + Number(rest * 10n ** 17n / a.d) / 1e17;
  return Number.isFinite(x) ? x : null;
}

/** Excel ROUNDDOWN(x, digits): truncated toward zero to `digits` decimals, as a rational. */
export function roundDown(a: Rational, digits: number): Rational {
  const scale = 10n ** BigInt(digits);
  return rat(trunc(rat(a.n * scale, a.d)), scale);
}
