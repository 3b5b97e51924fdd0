/**
 * Readability passes over a raw diff, after diff-match-patch (Neil Fraser, "Diff Strategies"):
 * merge (normalise), semantic (absorb small equal islands between changes, so a rewritten sentence
 * reads as one deletion + one insertion instead of confetti) and lossless (slide each single edit to
 * the nicest boundary: line break, 。！？, 、 and brackets, a change of script).
 * Texts are arrays of units (see units.ts), so no pass ever splits a unit.
 */
import { DEL, EQ, INS, type OpCode } from './myers';

export interface UOp {
  op: OpCode;
  u: string[];
}

const LINE = new Set(['\n', '\r\n', '\r']);
const SENTENCE = new Set(['。', '！', '？', '!', '?', '．']);
const CLAUSE = new Set(['、', '，', ',', '・', ' ', '　', '\t', '」', '』', '）', ')', '】', '〕']);
const OPENING = new Set(['「', '『', '（', '(', '【', '〔']);

/** An equality that carries a line break or a sentence end is a structural seam: never absorbed. */
const isSeam = (u: readonly string[]) => u.some((x) => LINE.has(x) || SENTENCE.has(x));

function script(u: string): number {
  const cp = u.codePointAt(0) ?? 0;
  if (cp >= 0x3041 && cp <= 0x309f) return 1; // hiragana
  if ((cp >= 0x30a0 && cp <= 0x30ff) || (cp >= 0xff66 && cp <= 0xff9f)) return 2; // katakana
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || cp >= 0x20000 || cp === 0x3005) return 3; // kanji, 々
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0xff10 && cp <= 0xff19)) return 4; // digits
  if ((cp >= 0x41 && cp <= 0x7a) || (cp >= 0xff21 && cp <= 0xff5a)) return 5; // latin
  return 0;
}

/** How good a boundary is between units l2 l | r (6 best: the edge of the text). */
function boundaryScoreAt(l2: string | undefined, l: string | undefined, r: string | undefined, edge: boolean): number {
  if (edge || l === undefined || r === undefined) return 6;
  if (LINE.has(l)) return LINE.has(l2 ?? '') || LINE.has(r) ? 5 : 4;
  if (SENTENCE.has(l) || LINE.has(r)) return 3;
  if (CLAUSE.has(l) || OPENING.has(r)) return 2;
  return script(l) !== script(r) ? 1 : 0;
}

const sameUnits = (a: readonly string[], b: readonly string[], ai: number, bi: number) => a[ai] === b[bi];

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && sameUnits(a, b, a.length - 1 - n, b.length - 1 - n)) n++;
  return n;
}

/** Joins runs of the same op, groups each change block as one deletion then one insertion, and
 * moves text common to both ends of a block into the neighbouring equalities. */
export function cleanupMerge(ops: UOp[]): UOp[] {
  const out: UOp[] = [];
  let del: string[] = [];
  let ins: string[] = [];
  const flush = () => {
    if (del.length > 0 && ins.length > 0) {
      const p = commonPrefix(del, ins);
      if (p > 0) {
        pushEq(out, del.slice(0, p));
        del = del.slice(p);
        ins = ins.slice(p);
      }
      const s = commonSuffix(del, ins);
      const tail = s > 0 ? del.slice(del.length - s) : [];
      if (s > 0) {
        del = del.slice(0, del.length - s);
        ins = ins.slice(0, ins.length - s);
      }
      if (del.length > 0) out.push({ op: DEL, u: del });
      if (ins.length > 0) out.push({ op: INS, u: ins });
      if (tail.length > 0) out.push({ op: EQ, u: tail });
    } else {
      if (del.length > 0) out.push({ op: DEL, u: del });
      if (ins.length > 0) out.push({ op: INS, u: ins });
    }
    del = [];
    ins = [];
  };
  for (const o of ops) {
    if (o.u.length === 0) continue;
    if (o.op === DEL) append(del, o.u);
    else if (o.op === INS) append(ins, o.u);
    else {
      flush();
      pushEq(out, o.u);
    }
  }
  flush();
  return out;
}

function pushEq(out: UOp[], u: string[]): void {
  const last = out[out.length - 1];
  if (last && last.op === EQ) last.u = last.u.concat(u);
  else out.push({ op: EQ, u });
}

interface Block {
  del: string[];
  ins: string[];
}

const maxEdit = (c: Block) => Math.max(c.del.length, c.ins.length);
const totalEdit = (c: Block) => c.del.length + c.ins.length;

function absorbs(eq: readonly string[], before: Block, after: Block): boolean {
  if (totalEdit(before) === 0 || totalEdit(after) === 0 || isSeam(eq)) return false;
  const n = eq.length;
  if (n <= maxEdit(before) && n <= maxEdit(after)) return true; // diff-match-patch's rule
  return n <= 2 && totalEdit(before) + totalEdit(after) >= 3 * n && maxEdit(before) + maxEdit(after) > 2 * n; // scrap
}

function append(to: string[], from: readonly string[]): void {
  for (const x of from) to.push(x);
}

/**
 * Absorbs an equality into the surrounding changes when it is no longer than the larger edit on each
 * side (diff-match-patch's rule), or when it is a 1–2 unit scrap between changes that together are
 * at least three times its size. Equalities that hold a line break or 。 are kept as seams.
 * One pass with a stack: each absorption re-checks the equality to its left, so the result is the
 * fixpoint of the rule in O(n).
 */
export function cleanupSemantic(input: UOp[]): UOp[] {
  const merged = cleanupMerge(input);
  const blocks: Block[] = [{ del: [], ins: [] }];
  const eqs: string[][] = [];
  for (const o of merged) {
    if (o.op === EQ) {
      eqs.push(o.u);
      blocks.push({ del: [], ins: [] });
      while (eqs.length >= 2 && blocks.length >= 3) {
        // Re-check the equality before the block that was just closed.
        const e = eqs[eqs.length - 2];
        const b1 = blocks[blocks.length - 3];
        const b2 = blocks[blocks.length - 2];
        if (!e || !b1 || !b2 || !absorbs(e, b1, b2)) break;
        const last = eqs.pop() ?? [];
        eqs.pop();
        const open = blocks.pop() ?? { del: [], ins: [] };
        blocks.pop();
        append(b1.del, e);
        append(b1.del, b2.del);
        append(b1.ins, e);
        append(b1.ins, b2.ins);
        eqs.push(last);
        blocks.push(open);
      }
    } else {
      const b = blocks[blocks.length - 1];
      if (b) append(o.op === DEL ? b.del : b.ins, o.u);
    }
  }
  // The trailing block (after the last equality) may still absorb that equality.
  const e = eqs[eqs.length - 1];
  const b1 = blocks[blocks.length - 2];
  const b2 = blocks[blocks.length - 1];
  if (e && b1 && b2 && absorbs(e, b1, b2)) {
    eqs.pop();
    blocks.pop();
    append(b1.del, e);
    append(b1.del, b2.del);
    append(b1.ins, e);
    append(b1.ins, b2.ins);
    while (eqs.length >= 1 && blocks.length >= 2) {
      const e2 = eqs[eqs.length - 1];
      const c1 = blocks[blocks.length - 2];
      const c2 = blocks[blocks.length - 1];
      if (!e2 || !c1 || !c2 || !absorbs(e2, c1, c2)) break;
      eqs.pop();
      blocks.pop();
      append(c1.del, e2);
      append(c1.del, c2.del);
      append(c1.ins, e2);
      append(c1.ins, c2.ins);
    }
  }
  const out: UOp[] = [];
  blocks.forEach((b, i) => {
    if (b.del.length > 0) out.push({ op: DEL, u: b.del });
    if (b.ins.length > 0) out.push({ op: INS, u: b.ins });
    const eq = eqs[i];
    if (eq) out.push({ op: EQ, u: eq });
  });
  return cleanupLossless(cleanupMerge(out));
}

/**
 * Slides each single edit between two equalities to the best-scoring boundary (ties go right, as in
 * diff-match-patch). Works on indices into eq1 + edit + eq2, so long slides copy nothing.
 */
export function cleanupLossless(ops: UOp[]): UOp[] {
  const out = ops.map((o) => ({ op: o.op, u: o.u }));
  for (let i = 1; i < out.length - 1; i++) {
    const prev = out[i - 1];
    const cur = out[i];
    const next = out[i + 1];
    if (!prev || !cur || !next || prev.op !== EQ || next.op !== EQ || cur.op === EQ) continue;
    const all = prev.u.concat(cur.u, next.u);
    const e = cur.u.length;
    const at = (k: number) => all[k];
    // Boundary before position k: units k-2, k-1 | k.
    const score = (k: number) => boundaryScoreAt(at(k - 2), at(k - 1), at(k), k === 0 || k === all.length);
    let p = prev.u.length;
    while (p > 0 && all[p - 1] === all[p - 1 + e]) p--; // leftmost position
    let best = p;
    let bestScore = score(p) + score(p + e);
    while (p + e < all.length && all[p] === all[p + e]) {
      p++;
      const sc = score(p) + score(p + e);
      if (sc >= bestScore) {
        best = p;
        bestScore = sc;
      }
    }
    prev.u = all.slice(0, best);
    cur.u = all.slice(best, best + e);
    next.u = all.slice(best + e);
  }
  return cleanupMerge(out);
}
