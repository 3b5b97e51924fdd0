/**
 * Readability passes over a raw diff, after diff-match-patch (Neil Fraser, "Diff Strategies"):
 * merge (normalise), semantic (absorb small equal islands between changes, so a rewritten sentence
 * reads as one deletion + one insertion instead of confetti) and lossless (slide each single edit to
 * the nicest boundary: line break, 。！？, 、 and brackets, a change of script).
 *
 * A diff is run-length ([op, units]): deletions and equalities walk `a`, insertions and equalities
 * walk `b`, so every pass is index arithmetic on unit ids — nothing is copied, no unit is ever split.
 */
import { DEL, EQ, INS, type OpCode, type Run } from './myers';
import { unitCp, type Units } from './units';

export interface Pair {
  a: Units;
  b: Units;
}

const LINE = new Set([0x0a, 0x0d]);
const SENTENCE = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff0e]); // 。！？!?．
const CLAUSE = new Set([0x3001, 0xff0c, 0x2c, 0x30fb, 0x20, 0x3000, 0x09, 0x300d, 0x300f, 0xff09, 0x29, 0x3011, 0x3015]); // 、，, ・ spaces 」』）)】〕
const OPENING = new Set([0x300c, 0x300e, 0xff08, 0x28, 0x3010, 0x3014]); // 「『（(【〔

function script(cp: number): number {
  if (cp >= 0x3041 && cp <= 0x309f) return 1; // hiragana
  if ((cp >= 0x30a0 && cp <= 0x30ff) || (cp >= 0xff66 && cp <= 0xff9f)) return 2; // katakana
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x3ffff) || cp === 0x3005) return 3;
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0xff10 && cp <= 0xff19)) return 4; // digits
  if ((cp >= 0x41 && cp <= 0x7a) || (cp >= 0xff21 && cp <= 0xff5a)) return 5; // latin
  return 0;
}

/** Line-break test that also knows CR LF (a multi-code-point unit). */
const isLine = (u: Units, i: number, crlf: number) => LINE.has(unitCp(u, i)) || u.ids[i] === crlf;

/** How good a boundary is before unit k of u, inside the window [lo, hi] (6 best: the window's edge). */
function boundaryScore(u: Units, k: number, lo: number, hi: number, crlf: number): number {
  if (k <= lo || k >= hi) return 6;
  const l = unitCp(u, k - 1);
  const r = unitCp(u, k);
  if (isLine(u, k - 1, crlf)) return isLine(u, k - 2, crlf) || isLine(u, k, crlf) ? 5 : 4;
  if (SENTENCE.has(l) || isLine(u, k, crlf)) return 3;
  if (CLAUSE.has(l) || OPENING.has(r)) return 2;
  return script(l) !== script(r) ? 1 : 0;
}

function pushRun(out: Run[], op: OpCode, n: number): void {
  if (n <= 0) return;
  const last = out[out.length - 1];
  if (last && last[0] === op) last[1] += n;
  else out.push([op, n]);
}

/** Joins runs of the same op, makes each change block one deletion then one insertion, and moves
 * units common to both ends of a block into the neighbouring equalities. */
export function cleanupMerge(runs: readonly Run[], p: Pair): Run[] {
  const out: Run[] = [];
  let ai = 0;
  let bi = 0;
  let del = 0;
  let ins = 0;
  const flush = () => {
    let pre = 0;
    let suf = 0;
    if (del > 0 && ins > 0) {
      while (pre < del && pre < ins && p.a.ids[ai + pre] === p.b.ids[bi + pre]) pre++;
      while (suf < del - pre && suf < ins - pre && p.a.ids[ai + del - 1 - suf] === p.b.ids[bi + ins - 1 - suf]) suf++;
    }
    pushRun(out, EQ, pre);
    pushRun(out, DEL, del - pre - suf);
    pushRun(out, INS, ins - pre - suf);
    pushRun(out, EQ, suf);
    ai += del;
    bi += ins;
    del = 0;
    ins = 0;
  };
  for (const [op, n] of runs) {
    if (op === DEL) del += n;
    else if (op === INS) ins += n;
    else if (n > 0) {
      flush();
      pushRun(out, EQ, n);
      ai += n;
      bi += n;
    }
  }
  flush();
  return out;
}

interface Block {
  del: number;
  ins: number;
}

/**
 * Absorbs an equality into the changes on both sides when it is no longer than the larger edit on
 * each side (diff-match-patch's rule), or when it is a 1–2 unit scrap between changes at least three
 * times its size. Equalities holding a line break or a sentence end are kept as seams.
 * One pass with a stack: each absorption re-checks the equality to its left, so the result is the
 * fixpoint of the rule in linear time.
 */
export function cleanupSemantic(runs: readonly Run[], p: Pair, crlf: number): Run[] {
  const merged = cleanupMerge(runs, p);
  // seams[i] = number of seam units in a[0, i)
  const seams = new Int32Array(p.a.length + 1);
  for (let i = 0; i < p.a.length; i++) {
    const cp = unitCp(p.a, i);
    seams[i + 1] = (seams[i] ?? 0) + (LINE.has(cp) || SENTENCE.has(cp) || p.a.ids[i] === crlf ? 1 : 0);
  }
  const absorbs = (eq: { n: number; at: number }, b1: Block, b2: Block): boolean => {
    const t1 = b1.del + b1.ins;
    const t2 = b2.del + b2.ins;
    if (t1 === 0 || t2 === 0) return false;
    const m1 = Math.max(b1.del, b1.ins);
    const m2 = Math.max(b2.del, b2.ins);
    const n = eq.n;
    const ok = (n <= m1 && n <= m2) || (n <= 2 && t1 + t2 >= 3 * n && m1 + m2 > 2 * n);
    return ok && (seams[eq.at + n] ?? 0) === (seams[eq.at] ?? 0);
  };
  const blocks: Block[] = [{ del: 0, ins: 0 }];
  const eqs: Array<{ n: number; at: number }> = [];
  // Merges eqs[k] and blocks[k + 1] into blocks[k].
  const absorb = (k: number) => {
    const b1 = blocks[k];
    const e = eqs[k];
    const b2 = blocks[k + 1];
    if (!b1 || !e || !b2) return;
    b1.del += e.n + b2.del;
    b1.ins += e.n + b2.ins;
    eqs.splice(k, 1);
    blocks.splice(k + 1, 1);
  };
  // After blocks[k] grew, re-check the equalities to its left.
  const settle = (k: number) => {
    for (let j = k - 1; j >= 0; j--) {
      const e = eqs[j];
      const b1 = blocks[j];
      const b2 = blocks[j + 1];
      if (!e || !b1 || !b2 || !absorbs(e, b1, b2)) return;
      absorb(j);
    }
  };
  let ai = 0;
  for (const [op, n] of merged) {
    const open = blocks[blocks.length - 1];
    if (!open) break;
    if (op === EQ) {
      // The block before this equality is now closed: check the equality before it.
      const k = eqs.length - 1;
      const e = eqs[k];
      const b1 = blocks[k];
      if (e && b1 && absorbs(e, b1, open)) {
        absorb(k);
        settle(k);
      }
      eqs.push({ n, at: ai });
      blocks.push({ del: 0, ins: 0 });
      ai += n;
    } else if (op === DEL) {
      open.del += n;
      ai += n;
    } else open.ins += n;
  }
  const k = eqs.length - 1;
  const e = eqs[k];
  const b1 = blocks[k];
  const last = blocks[k + 1];
  if (e && b1 && last && absorbs(e, b1, last)) {
    absorb(k);
    settle(k);
  }
  const out: Run[] = [];
  blocks.forEach((b, i) => {
    pushRun(out, DEL, b.del);
    pushRun(out, INS, b.ins);
    pushRun(out, EQ, eqs[i]?.n ?? 0);
  });
  return cleanupLossless(cleanupMerge(out, p), p, crlf);
}

/**
 * Slides each single edit between two equalities to the best-scoring boundary (ties go right, as in
 * diff-match-patch). Equalities hold the same units in a and b, so a deletion slides within a and
 * an insertion within b.
 */
export function cleanupLossless(input: readonly Run[], p: Pair, crlf: number): Run[] {
  const runs: Run[] = input.map(([op, n]) => [op, n]);
  let ai = 0; // position of runs[i] in a
  let bi = 0; // position of runs[i] in b
  for (let i = 0; i < runs.length; i++) {
    const cur = runs[i];
    if (!cur) break;
    const prev = runs[i - 1];
    const next = runs[i + 1];
    if (prev && next && prev[0] === EQ && next[0] === EQ && cur[0] !== EQ) {
      const side = cur[0] === DEL ? p.a : p.b;
      const e = cur[1];
      const lo = (cur[0] === DEL ? ai : bi) - prev[1];
      const hi = lo + prev[1] + e + next[1];
      const ids = side.ids;
      let k = lo + prev[1];
      while (k > lo && ids[k - 1] === ids[k - 1 + e]) k--;
      let best = k;
      let bestScore = boundaryScore(side, k, lo, hi, crlf) + boundaryScore(side, k + e, lo, hi, crlf);
      while (k + e < hi && ids[k] === ids[k + e]) {
        k++;
        const sc = boundaryScore(side, k, lo, hi, crlf) + boundaryScore(side, k + e, lo, hi, crlf);
        if (sc >= bestScore) {
          best = k;
          bestScore = sc;
        }
      }
      const shift = best - lo - prev[1];
      prev[1] += shift;
      next[1] -= shift;
      ai += shift;
      bi += shift;
    }
    if (cur[0] !== INS) ai += cur[1];
    if (cur[0] !== DEL) bi += cur[1];
  }
  return cleanupMerge(runs, p);
}
