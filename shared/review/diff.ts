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
import { cleanupMerge, cleanupSemantic, type UOp } from './cleanup';
import { DEL, diffTokens, EQ, INS, type Run } from './myers';
import { internUnits, splitSentences, splitUnits } from './units';

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
  const ua = splitUnits(a);
  const ub = splitUnits(b);
  const table = new Map<string, number>();
  const ia = internUnits(ua, table);
  const ib = internUnits(ub, table);
  const small = ua.length + ub.length <= SENTENCE_MODE_MIN;
  const runs = (small ? diffTokens(ia, ib, { left: CHAR_BUDGET }) : null) ?? sentenceDiff(ua, ub, ia, ib);
  const ops = cleanupSemantic(toUnitOps(runs, ua, ub));
  return ops.map((o) => ({ op: NAMES[o.op], text: o.u.join('') }));
}

function toUnitOps(runs: readonly Run[], ua: readonly string[], ub: readonly string[]): UOp[] {
  const out: UOp[] = [];
  let i = 0;
  let j = 0;
  for (const [op, n] of runs) {
    if (op === EQ) {
      out.push({ op, u: ua.slice(i, i + n) });
      i += n;
      j += n;
    } else if (op === DEL) {
      out.push({ op, u: ua.slice(i, i + n) });
      i += n;
    } else {
      out.push({ op, u: ub.slice(j, j + n) });
      j += n;
    }
  }
  return cleanupMerge(out);
}

/** Sentence-level diff, then character refinement of each changed block (see the file comment). */
function sentenceDiff(ua: readonly string[], ub: readonly string[], ia: Int32Array, ib: Int32Array): Run[] {
  const sa = splitSentences(ua);
  const sb = splitSentences(ub);
  const table = new Map<string, number>();
  const idOf = (s: readonly string[]) => {
    const key = s.join('');
    let id = table.get(key);
    if (id === undefined) {
      id = table.size;
      table.set(key, id);
    }
    return id;
  };
  const ta = Int32Array.from(sa, idOf);
  const tb = Int32Array.from(sb, idOf);
  const budget = { left: REFINE_BUDGET };
  const coarse = diffTokens(ta, tb, budget) ?? [
    [DEL, sa.length],
    [INS, sb.length],
  ];
  const out: Run[] = [];
  const push = (op: Run[0], n: number) => {
    const last = out[out.length - 1];
    if (n <= 0) return;
    if (last && last[0] === op) last[1] += n;
    else out.push([op, n]);
  };
  let si = 0; // sentence index in a
  let sj = 0; // sentence index in b
  let ui = 0; // unit index in a
  let uj = 0; // unit index in b
  let k = 0;
  while (k < coarse.length) {
    const run = coarse[k];
    if (!run) break;
    if (run[0] === EQ) {
      let units = 0;
      for (let x = 0; x < run[1]; x++) units += sa[si + x]?.length ?? 0;
      push(EQ, units);
      si += run[1];
      sj += run[1];
      ui += units;
      uj += units;
      k++;
      continue;
    }
    // A change block: every delete/insert run up to the next equality.
    let delUnits = 0;
    let insUnits = 0;
    while (k < coarse.length && coarse[k]?.[0] !== EQ) {
      const [op, n] = coarse[k] ?? [EQ, 0];
      for (let x = 0; x < n; x++) {
        if (op === DEL) delUnits += sa[si++]?.length ?? 0;
        else insUnits += sb[sj++]?.length ?? 0;
      }
      k++;
    }
    const allowed = Math.min(budget.left, BLOCK_BUDGET);
    const local = { left: allowed };
    const fine = allowed > 0 ? diffTokens(ia.subarray(ui, ui + delUnits), ib.subarray(uj, uj + insUnits), local) : null;
    budget.left -= allowed - Math.max(local.left, 0);
    if (fine) for (const [op, n] of fine) push(op, n);
    else {
      push(DEL, delUnits);
      push(INS, insUnits);
    }
    ui += delUnits;
    uj += insUnits;
  }
  return out;
}

export { diffApplications } from './diffApplications';
export type { ApplicationDiff, FieldDiff, SectionDiff, ExpenseDiff, FigureDiff } from './diffApplications';
