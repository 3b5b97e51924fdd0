import type { Application } from '../schemas/application';
import type { FinancialYear } from '../schemas/financialPlan';
import type { Template } from '../templates/template';
import type { NumericRule } from '../rules/schema';
import { planShape, type PlanShape } from '../finance/plan';
import { toNumber, type Rational } from '../finance/rational';
import { formatYenFine } from '../finance/format';
import { choiceValues, ruleFindingAt, type FindingList } from './context';
import type { CompiledTemplate } from './compile';
import type { CheckContext, GrowthFigure } from './types';
import { TextCache } from './textScan';

/** What every numeric rule check reads. */
export interface NumericEnv {
  t: Template;
  app: Application;
  ctx: CheckContext;
  compiled: CompiledTemplate;
  shape: PlanShape;
  /** The plan length chosen (or, without a plan-length field, the number of plan years entered). */
  years: number | null;
  out: FindingList;
  growth: GrowthFigure[];
  /** Per-run caches: normalised texts, indicator values by year (for the quoted-figure check). */
  texts: TextCache;
  indicatorValues: Map<string, { label: string; value: number }[]>;
}

export function planYearsChosen(compiled: CompiledTemplate, app: Application, shape: PlanShape): number | null {
  const rule = compiled.planLength;
  if (rule) {
    const v = choiceValues(app, 'kihon', rule.field)[0];
    const n = v === undefined ? Number.NaN : Number(v);
    return Number.isInteger(n) && n > 0 ? n : null;
  }
  return shape.planYears.length > 0 ? shape.planYears.length : null;
}

export function makeEnv(t: Template, app: Application, ctx: CheckContext, compiled: CompiledTemplate, out: FindingList): NumericEnv {
  const shape = planShape(app.financialPlan);
  return { t, app, ctx, compiled, shape, years: planYearsChosen(compiled, app, shape), out, growth: [], texts: new TextCache(), indicatorValues: new Map() };
}

export const labelOf = (y: FinancialYear): string => y.label || (y.kind === 'actual' ? '直近期' : '計画年度');

export const yenOf = (r: Rational): string => {
  const x = toNumber(r);
  return x === null ? '（大きすぎる値）' : formatYenFine(x);
};

/** The common fields of a finding raised by a numeric rule (pointing at the plan table). */
export const ruleFinding = (env: NumericEnv, rule: NumericRule, suffix: string, message: string, severity = rule.severity) =>
  ruleFindingAt('numeric', rule, env.compiled.planAt, suffix, message, severity);
