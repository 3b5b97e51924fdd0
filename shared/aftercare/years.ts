import { FIGURE_KEYS, type FigureKey, type FinancialYear } from '../schemas/financialPlan';
import type { Application } from '../schemas/application';
import type { YearFigures } from './measures';
import { ActualFigures, type AftercareRecord, type PartTime } from './schema';

/**
 * The figures each year is judged on: 基準年度 (year 0) and plan years 1…n. A year's entered actuals
 * win; a figure not entered is carried forward from the latest earlier year that has it — 「このままでは」,
 * the figures staying where they are — and marked `projected`. Year 0 without actuals is the plan
 * table's 直近期 (the base the application was written on).
 */
export interface JudgedYear extends YearFigures {
  year: number;
  figures: ActualFigures;
  partTime: PartTime;
  /** Figures carried forward, not entered for this year. */
  projected: FigureKey[];
  /** Anything entered for this year. */
  entered: boolean;
  /** Year 0 only: taken from the plan table (no actuals recorded). */
  fromPlan: boolean;
}

const EMPTY_PART: PartTime = { regularHours: null, rows: [] };

/** The plan table's base row (the last 実績 row) and its plan rows 1…, as the application has them. */
export function planRows(app: Application): { base: FinancialYear | null; plan: FinancialYear[] } {
  const years = app.financialPlan.years;
  const plan = years.filter((y) => y.kind === 'plan');
  const actual = years.filter((y) => y.kind === 'actual');
  return { base: actual.at(-1) ?? null, plan };
}

/** Plan length: the application's 計画期間 choice, else the plan table's plan years (1–10). */
export function planLength(app: Application): number {
  const v = app.content.kihon?.keikakuKikan;
  const n = typeof v === 'string' ? Number(v) : Number.NaN;
  if (Number.isInteger(n) && n >= 1 && n <= 10) return n;
  return Math.max(1, Math.min(10, planRows(app).plan.length || 3));
}

const figuresOf = (y: FinancialYear | null): ActualFigures => {
  const f = ActualFigures.parse({});
  if (!y) return f;
  for (const k of FIGURE_KEYS) (f as Record<FigureKey, number | null>)[k] = y[k];
  return f;
};

export function judgedYears(app: Application, record: AftercareRecord, n: number): JudgedYear[] {
  const byYear = new Map(record.years.map((y) => [y.year, y]));
  const out: JudgedYear[] = [];
  const y0 = byYear.get(0);
  const y0Entered = !!y0 && FIGURE_KEYS.some((k) => y0.figures[k] !== null);
  out.push({
    year: 0,
    figures: y0Entered ? { ...y0.figures } : figuresOf(planRows(app).base),
    partTime: y0Entered ? y0.partTime : EMPTY_PART,
    projected: [],
    entered: y0Entered,
    fromPlan: !y0Entered,
  });
  for (let k = 1; k <= n; k++) {
    const a = byYear.get(k);
    const prev = out[k - 1]!;
    const figures = a ? { ...a.figures } : ActualFigures.parse({});
    const projected: FigureKey[] = [];
    for (const key of FIGURE_KEYS) {
      if (figures[key] === null && prev.figures[key] !== null) {
        (figures as Record<FigureKey, number | null>)[key] = prev.figures[key];
        projected.push(key);
      }
    }
    // Part-timers belong with the head count they were counted in.
    const partTime = projected.includes('jugyoinSu') ? prev.partTime : (a?.partTime ?? EMPTY_PART);
    out.push({ year: k, figures, partTime, projected, entered: !!a && FIGURE_KEYS.some((key) => a.figures[key] !== null), fromPlan: false });
  }
  return out;
}

/** The plan table's row for plan year k (1-based), as YearFigures. */
export function planYear(app: Application, k: number): YearFigures | null {
  const row = planRows(app).plan[k - 1];
  return row ? { figures: figuresOf(row) } : null;
}

export const planBase = (app: Application): YearFigures | null => {
  const b = planRows(app).base;
  return b ? { figures: figuresOf(b) } : null;
};
