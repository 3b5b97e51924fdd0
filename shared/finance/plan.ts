import type { FinancialPlan, FinancialYear } from '../schemas/financialPlan';

/** The plan table split the way every rule reads it: 直近期 (the last actual year) and plan years 1…n. */
export interface PlanShape {
  /** Actual years, oldest first. */
  actuals: FinancialYear[];
  /** 直近期 / 基準年度: the last actual year, or null when none was entered. */
  base: FinancialYear | null;
  /** Plan years in order: planYears[0] is 1年後. */
  planYears: FinancialYear[];
}

export function planShape(plan: FinancialPlan): PlanShape {
  const actuals = plan.years.filter((y) => y.kind === 'actual');
  const planYears = plan.years.filter((y) => y.kind === 'plan');
  return { actuals, base: actuals.at(-1) ?? null, planYears };
}

/** The plan year that ends an n-year plan (n年後), or null when the table is shorter. */
export const finalYearOf = (shape: PlanShape, years: number): FinancialYear | null => shape.planYears[years - 1] ?? null;
