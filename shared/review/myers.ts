/**
 * Myers' O(ND) difference algorithm, linear-space variant (middle snake, divide and conquer), on
 * integer token arrays. Output is run-length: a list of [op, count] where equal/delete consume tokens
 * of `a` and equal/insert consume tokens of `b`, in order.
 *
 * Work is bounded by a budget (counted in inner-loop steps, deterministic — no clock): when a
 * subproblem would exceed it, `diffTokens` gives up and returns null so the caller can fall back to a
 * coarser diff.
 */

export const EQ = 0;
export const DEL = 1;
export const INS = 2;
export type OpCode = typeof EQ | typeof DEL | typeof INS;
export type Run = [OpCode, number];

export interface Budget {
  left: number;
}

class OverBudget extends Error {}

function push(out: Run[], op: OpCode, n: number): void {
  if (n <= 0) return;
  const last = out[out.length - 1];
  if (last && last[0] === op) last[1] += n;
  else out.push([op, n]);
}

// Scratch V arrays shared by every bisect (a bisect finishes before the next one starts). Only the
// part around the diagonals actually reached is reset, so the cost follows D, not the text length.
let scratch1 = new Int32Array(1024);
let scratch2 = new Int32Array(1024);

/**
 * Finds the middle snake of a[a0..a1) vs b[b0..b1) and returns its start as absolute indices, or null
 * when the two ranges share nothing.
 */
function bisect(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number, budget: Budget): [number, number] | null {
  const n = a1 - a0;
  const m = b1 - b0;
  const maxD = Math.ceil((n + m) / 2);
  const off = maxD + 1;
  const len = 2 * maxD + 3;
  if (scratch1.length < len) {
    scratch1 = new Int32Array(len * 2);
    scratch2 = new Int32Array(len * 2);
  }
  const v1 = scratch1;
  const v2 = scratch2;
  const delta = n - m;
  const front = delta % 2 !== 0;
  // v[off - r .. off + r] are initialised to -1; r grows with d.
  const absDelta = Math.abs(delta);
  let r = Math.min(absDelta + 1, maxD + 1);
  for (let q = 0; q <= r; q++) {
    v1[off + q] = -1;
    v1[off - q] = -1;
    v2[off + q] = -1;
    v2[off - q] = -1;
  }
  v1[off + 1] = 0;
  v2[off + 1] = 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    budget.left -= 2 * d + 2;
    if (budget.left < 0) throw new OverBudget();
    const want = Math.min(absDelta + d + 2, maxD + 1);
    while (r < want) {
      r++;
      v1[off + r] = -1;
      v1[off - r] = -1;
      v2[off + r] = -1;
      v2[off - r] = -1;
    }
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1o = off + k1;
      let x1 = k1 === -d || (k1 !== d && (v1[k1o - 1] ?? -1) < (v1[k1o + 1] ?? -1)) ? (v1[k1o + 1] ?? 0) : (v1[k1o - 1] ?? 0) + 1;
      let y1 = x1 - k1;
      const x0 = x1;
      while (x1 < n && y1 < m && a[a0 + x1] === b[b0 + y1]) {
        x1++;
        y1++;
      }
      budget.left -= x1 - x0;
      v1[k1o] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (front) {
        const k2o = off + delta - k1;
        if (k2o >= off - r && k2o <= off + r && (v2[k2o] ?? -1) !== -1) {
          if (x1 >= n - (v2[k2o] ?? 0)) return [a0 + x1, b0 + y1];
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2o = off + k2;
      let x2 = k2 === -d || (k2 !== d && (v2[k2o - 1] ?? -1) < (v2[k2o + 1] ?? -1)) ? (v2[k2o + 1] ?? 0) : (v2[k2o - 1] ?? 0) + 1;
      let y2 = x2 - k2;
      const x0 = x2;
      while (x2 < n && y2 < m && a[a1 - 1 - x2] === b[b1 - 1 - y2]) {
        x2++;
        y2++;
      }
      budget.left -= x2 - x0;
      v2[k2o] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const k1o = off + delta - k2;
        if (k1o >= off - r && k1o <= off + r && (v1[k1o] ?? -1) !== -1) {
          const x1 = v1[k1o] ?? 0;
          const y1 = off + x1 - k1o;
          if (x1 >= n - x2) return [a0 + x1, b0 + y1];
        }
      }
    }
  }
  return null;
}

function diffRange(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number, out: Run[], budget: Budget): void {
  // Common prefix and suffix.
  let p = 0;
  while (a0 + p < a1 && b0 + p < b1 && a[a0 + p] === b[b0 + p]) p++;
  let s = 0;
  while (a1 - s > a0 + p && b1 - s > b0 + p && a[a1 - 1 - s] === b[b1 - 1 - s]) s++;
  push(out, EQ, p);
  const sa = a0 + p;
  const ea = a1 - s;
  const sb = b0 + p;
  const eb = b1 - s;
  if (sa === ea) push(out, INS, eb - sb);
  else if (sb === eb) push(out, DEL, ea - sa);
  else if (ea - sa === 1 || eb - sb === 1) {
    // One side is a single token: it is either in the other side (one equality) or not.
    const short = ea - sa === 1;
    const tok = short ? a[sa] : b[sb];
    let at = -1;
    for (let i = short ? sb : sa; i < (short ? eb : ea); i++) {
      if ((short ? b[i] : a[i]) === tok) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      push(out, DEL, ea - sa);
      push(out, INS, eb - sb);
    } else if (short) {
      push(out, INS, at - sb);
      push(out, EQ, 1);
      push(out, INS, eb - at - 1);
    } else {
      push(out, DEL, at - sa);
      push(out, EQ, 1);
      push(out, DEL, ea - at - 1);
    }
  } else {
    const mid = bisect(a, sa, ea, b, sb, eb, budget);
    if (!mid) {
      push(out, DEL, ea - sa);
      push(out, INS, eb - sb);
    } else {
      diffRange(a, sa, mid[0], b, sb, mid[1], out, budget);
      diffRange(a, mid[0], ea, b, mid[1], eb, out, budget);
    }
  }
  push(out, EQ, s);
}

/** Shortest edit script of a → b as runs, or null when it would cost more than the budget. */
export function diffTokens(a: Int32Array, b: Int32Array, budget: Budget): Run[] | null {
  const out: Run[] = [];
  try {
    diffRange(a, 0, a.length, b, 0, b.length, out, budget);
  } catch (e) {
    if (e instanceof OverBudget) return null;
    throw e;
  }
  return out;
}
