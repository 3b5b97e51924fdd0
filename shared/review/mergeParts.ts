/**
 * Three-way merge of the parts of an application other than the section texts: the financial plan
 * (cell by cell) and the expense lines (line by line, by id). Shared decision rule: a side that did
 * not change a value loses to the side that did; both changed differently → a conflict, and the
 * advisor's value stays in place until the conflict is resolved.
 */
import type { ExpenseLine } from '../schemas/expense';
import { FIGURE_KEYS, type FigureKey, type FinancialPlan, type FinancialYear } from '../schemas/financialPlan';
import { sameValue } from './equal';

export type Pick3 = 'advisor' | 'owner' | 'conflict';

/** Which side a three-way value comes from. Equal changes on both sides are not a conflict. */
export function pick3(base: unknown, advisor: unknown, owner: unknown): Pick3 {
  if (sameValue(owner, base) || sameValue(owner, advisor)) return 'advisor';
  if (sameValue(advisor, base)) return 'owner';
  return 'conflict';
}

export type CellKey = FigureKey | 'label' | 'kind';
export const CELL_KEYS = ['label', 'kind', ...FIGURE_KEYS] as const satisfies readonly CellKey[];
export type CellValue = FinancialYear[CellKey];

export interface PlanOutcome {
  plan: FinancialPlan;
  applied: Array<{ yearIndex: number; key: CellKey } | null>; // null: the owner's whole plan was taken
  cellConflicts: Array<{ yearIndex: number; key: CellKey; base: CellValue; advisor: CellValue; owner: CellValue }>;
  planConflict: boolean; // the years were added/removed on both sides
}

/** Sets one cell of a year (typed per key). */
export function withCell(year: FinancialYear, key: CellKey, value: CellValue): FinancialYear {
  if (key === 'label') return { ...year, label: typeof value === 'string' ? value : year.label };
  if (key === 'kind') return { ...year, kind: value === 'actual' || value === 'plan' ? value : year.kind };
  return { ...year, [key]: typeof value === 'number' ? value : null };
}

export function mergePlan(base: FinancialPlan, advisor: FinancialPlan, owner: FinancialPlan): PlanOutcome {
  const out: PlanOutcome = { plan: advisor, applied: [], cellConflicts: [], planConflict: false };
  const n = advisor.years.length;
  if (base.years.length !== n || owner.years.length !== n) {
    const side = pick3(base, advisor, owner);
    if (side === 'owner') {
      out.plan = owner;
      out.applied.push(null);
    } else if (side === 'conflict') out.planConflict = true;
    return out;
  }
  const years = advisor.years.map((y, i) => {
    const yb = base.years[i];
    const yo = owner.years[i];
    if (!yb || !yo) return y;
    let merged = y;
    for (const key of CELL_KEYS) {
      const side = pick3(yb[key], y[key], yo[key]);
      if (side === 'owner') {
        merged = withCell(merged, key, yo[key]);
        out.applied.push({ yearIndex: i, key });
      } else if (side === 'conflict') out.cellConflicts.push({ yearIndex: i, key, base: yb[key], advisor: y[key], owner: yo[key] });
    }
    return merged;
  });
  out.plan = { ...advisor, years };
  return out;
}

export interface ExpenseOutcome {
  lines: ExpenseLine[];
  applied: string[];
  conflicts: Array<{ expenseId: string; base: ExpenseLine | null; advisor: ExpenseLine | null; owner: ExpenseLine | null }>;
}

/** Puts `line` (or removes it when null) into `lines`: in place when present, else at the end. */
export function withExpense(lines: readonly ExpenseLine[], id: string, line: ExpenseLine | null): ExpenseLine[] {
  if (!line) return lines.filter((l) => l.id !== id);
  return lines.some((l) => l.id === id) ? lines.map((l) => (l.id === id ? line : l)) : [...lines, line];
}

export function mergeExpenses(base: readonly ExpenseLine[], advisor: readonly ExpenseLine[], owner: readonly ExpenseLine[]): ExpenseOutcome {
  const find = (xs: readonly ExpenseLine[], id: string) => xs.find((l) => l.id === id) ?? null;
  const ids = [...new Set([...advisor, ...owner, ...base].map((l) => l.id))];
  let lines = [...advisor];
  const out: ExpenseOutcome = { lines, applied: [], conflicts: [] };
  for (const id of ids) {
    const b = find(base, id);
    const a = find(advisor, id);
    const o = find(owner, id);
    const side = pick3(b, a, o);
    if (side === 'owner') {
      lines = withExpense(lines, id, o);
      out.applied.push(id);
    } else if (side === 'conflict') out.conflicts.push({ expenseId: id, base: b, advisor: a, owner: o });
  }
  out.lines = lines;
  return out;
}
