/**
 * Character-level diff that reads well in Japanese.
 *
 * 1. Split both texts into grapheme-ish units (units.ts) and map them to integers.
 * 2. Short texts: Myers O(ND), linear space, with common prefix/suffix trimming (myers.ts), under a
 *    work budget (counted steps, not time, so results are deterministic).
 * 3. Long texts, or over budget: diff sentence by sentence (pieces ending in 。！？ or a line break),
 *    then refine each changed block character by character under a per-block and a shared budget;
 *    a block that does not fit stays one deletion + one insertion (still exact, just coarser).
 * 4. Readability (cleanup.ts): absorb tiny equal islands between changes, keep line breaks and 。 as
 *    seams, slide edits to 。、\n boundaries.
 *
 * Guarantee: joining the equal+delete texts gives `a`; joining equal+insert gives `b`.
 */
import { cleanupSemantic, type Pair } from './cleanup';
import { DEL, diffTokens, EQ, INS, type OpCode, type Run } from './myers';
import { sentenceEnds, toUnits, unitsText } from './units';

export type DiffOpKind = 'equal' | 'insert' | 'delete';
export interface DiffOp {
  op: DiffOpKind;
  text: string;
}

/** Above this many units (both texts), diff sentence by sentence first, then refine. */
export const SENTENCE_MODE_MIN = 2_000;
/** Inner-loop steps allowed for a whole-text character diff (one step ≈ 10 ns). */
export const CHAR_BUDGET = 1_000_000;
/** Steps shared by the sentence diff and all the refinements after it (≈ 25 ms at worst). */
export const REFINE_BUDGET = 2_500_000;
/** Steps one changed block may use, so one huge block cannot starve the others. */
export const BLOCK_BUDGET = 400_000;

const NAMES = ['equal', 'delete', 'insert'] as const satisfies readonly DiffOpKind[];

export function diffText(a: string, b: string): DiffOp[] {
  if (a === b) return a === '' ? [] : [{ op: 'equal', text: a }];
  const table = new Map<string, number>();
  const p: Pair = { a: toUnits(a, table), b: toUnits(b, table) };
  const crlf = table.get('\r\n') ?? -1;
  const small = p.a.length + p.b.length <= SENTENCE_MODE_MIN;
  const raw = (small ? diffTokens(p.a.ids, p.b.ids, { left: CHAR_BUDGET }) : null) ?? sentenceDiff(p, crlf);
  const out: DiffOp[] = [];
  let ai = 0;
  let bi = 0;
  for (const [op, n] of cleanupSemantic(raw, p, crlf)) {
    const text = op === INS ? unitsText(p.b, bi, bi + n) : unitsText(p.a, ai, ai + n);
    out.push({ op: NAMES[op], text });
    if (op !== INS) ai += n;
    if (op !== DEL) bi += n;
  }
  return out;
}

function pushRun(out: Run[], op: OpCode, n: number): void {
  if (n <= 0) return;
  const last = out[out.length - 1];
  if (last && last[0] === op) last[1] += n;
  else out.push([op, n]);
}

/** Sentence-level diff, then character refinement of each changed block (see the file comment). */
function sentenceDiff(p: Pair, crlf: number): Run[] {
  const ea = sentenceEnds(p.a, crlf);
  const eb = sentenceEnds(p.b, crlf);
  const table = new Map<string, number>();
  const key = (ends: number[], text: (from: number, to: number) => string) =>
    Int32Array.from(ends, (end, i) => {
      const k = text(ends[i - 1] ?? 0, end);
      let id = table.get(k);
      if (id === undefined) {
        id = table.size;
        table.set(k, id);
      }
      return id;
    });
  const ta = key(ea, (f, t) => unitsText(p.a, f, t));
  const tb = key(eb, (f, t) => unitsText(p.b, f, t));
  const budget = { left: REFINE_BUDGET };
  const coarse = diffTokens(ta, tb, budget) ?? [
    [DEL, ea.length],
    [INS, eb.length],
  ];
  const out: Run[] = [];
  let si = 0; // sentences of a consumed
  let sj = 0; // sentences of b consumed
  let k = 0;
  while (k < coarse.length) {
    const run = coarse[k];
    if (!run) break;
    if (run[0] === EQ) {
      pushRun(out, EQ, (ea[si + run[1] - 1] ?? 0) - (ea[si - 1] ?? 0));
      si += run[1];
      sj += run[1];
      k++;
      continue;
    }
    // A change block: every delete/insert run up to the next equality.
    const ua = ea[si - 1] ?? 0;
    const ub = eb[sj - 1] ?? 0;
    for (; k < coarse.length && coarse[k]?.[0] !== EQ; k++) {
      const [op, n] = coarse[k] ?? [EQ, 0];
      if (op === DEL) si += n;
      else sj += n;
    }
    const delUnits = (ea[si - 1] ?? 0) - ua;
    const insUnits = (eb[sj - 1] ?? 0) - ub;
    const allowed = Math.min(budget.left, BLOCK_BUDGET);
    const local = { left: allowed };
    const fine = allowed > 0 ? diffTokens(p.a.ids.subarray(ua, ua + delUnits), p.b.ids.subarray(ub, ub + insUnits), local) : null;
    budget.left -= allowed - Math.max(local.left, 0);
    if (fine) for (const [op, n] of fine) pushRun(out, op, n);
    else {
      pushRun(out, DEL, delUnits);
      pushRun(out, INS, insUnits);
    }
  }
  return out;
}

export { diffApplications } from './diffApplications';
export type { ApplicationDiff, FieldDiff, SectionDiff, ExpenseDiff, FigureDiff } from './diffApplications';
