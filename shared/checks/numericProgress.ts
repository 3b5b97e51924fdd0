import type { NumericRule } from '../rules/schema';
import { growthExact, growthMeets, hundredthsOf, percentFromHundredths, truncPercent } from '../finance/growth';
import { INDICATOR_NAMES, indicatorExact } from '../finance/indicators';
import { add, absR, cmp, floor, mul, rat, type Rational } from '../finance/rational';
import type { FinancialYear } from '../schemas/financialPlan';
import { labelOf, ruleFinding, yenOf, type NumericEnv } from './numericEnv';

/**
 * Rules of one step in the plan (持続化 第20回): growth from 直近期 to a plan year (賃金引上げ特例 on
 * 1人あたり給与支給総額), figures rising between two plan years (売上高・売上総利益 after the project),
 * and choices that need employees.
 */
type GrowthRule = Extract<NumericRule, { kind: 'growthToPlanYear' }>;
type RisingRule = Extract<NumericRule, { kind: 'rising' }>;
type NeedsEmployeesRule = Extract<NumericRule, { kind: 'requiresEmployees' }>;

const ceil = (r: Rational): bigint => -floor(rat(-r.n, r.d));

/** 0 = 直近期 (the latest actual); n = the nth plan year. */
function yearAt(env: NumericEnv, index: number): FinancialYear | undefined {
  return (index === 0 ? env.shape.base : env.shape.planYears[index - 1]) ?? undefined;
}

const yearName = (index: number) => (index === 0 ? '直近期' : `${index}年後`);

function missingYears(env: NumericEnv, rule: NumericRule, indexes: number[]): boolean {
  if (env.app.financialPlan.years.length === 0) return true; // an empty table is reported once, as required content
  const missing = indexes.filter((i) => !yearAt(env, i));
  if (missing.length === 0) return false;
  env.out.add(ruleFinding(env, rule, 'unavailable', `「${rule.title}」を判定できません（数値計画表に${missing.map(yearName).join('・')}の列がない）。`, 'warning'));
  return true;
}

export function checkGrowthToPlanYear(env: NumericEnv, rule: GrowthRule): void {
  if (missingYears(env, rule, [0, rule.planYear])) return;
  const base = yearAt(env, 0)!;
  const final = yearAt(env, rule.planYear)!;
  const name = INDICATOR_NAMES[rule.indicator];
  const none = (y: FinancialYear) => rule.skipWhenNoPeople !== undefined && (y[rule.skipWhenNoPeople] === null || y[rule.skipWhenNoPeople] === 0);
  if (none(base) && none(final)) {
    env.out.add(ruleFinding(env, rule, 'skipped', `従業員がいない計画のため「${rule.title}」は判定していません。`, 'hint'));
    return;
  }
  const a = indicatorExact(base, rule.indicator);
  const b = indicatorExact(final, rule.indicator);
  const g = a.ok && b.ok ? growthExact(a.value, b.value) : !a.ok ? a : b;
  const figure = { ruleId: rule.id, indicator: rule.indicator, name, baseLabel: labelOf(base), finalLabel: labelOf(final), years: rule.planYear, measure: 'cumulative' as const, targetPercent: rule.minPercent };
  if (!g.ok || !a.ok || !b.ok) {
    const message = g.ok ? '' : g.message;
    env.growth.push({ ...figure, value: g.ok ? { ok: false, reason: 'missing', missing: [], message } : g, met: null });
    env.out.add(ruleFinding(env, rule, 'unavailable', `${name}の伸び率を計算できません：${message}。`, 'warning'));
    return;
  }
  const targetH = hundredthsOf(rule.minPercent);
  const met = growthMeets(g.value, targetH);
  env.growth.push({ ...figure, value: { ok: true, value: truncPercent(g.value) }, met });
  if (met) return;
  const need = add(a.value, mul(absR(a.value), rat(BigInt(targetH), 10000n)));
  env.out.add(
    ruleFinding(
      env,
      rule,
      '',
      `${name}の伸び率は${truncPercent(g.value).display}（${labelOf(base)} ${yenOf(a.value)} → ${labelOf(final)} ${yenOf(b.value)}）で、「${rule.title}」の${percentFromHundredths(BigInt(targetH)).display}以上に届きません。${labelOf(final)}の${name}を${yenOf(rat(ceil(need)))}以上にする計画が必要です。`,
    ),
  );
}

export function checkRising(env: NumericEnv, rule: RisingRule): void {
  if (missingYears(env, rule, [rule.fromPlanYear, rule.toPlanYear])) return;
  const from = yearAt(env, rule.fromPlanYear)!;
  const to = yearAt(env, rule.toPlanYear)!;
  for (const indicator of rule.indicators) {
    const name = INDICATOR_NAMES[indicator];
    const a = indicatorExact(from, indicator);
    const b = indicatorExact(to, indicator);
    if (!a.ok || !b.ok) {
      const why = !a.ok ? a.message : !b.ok ? b.message : '';
      env.out.add(ruleFinding(env, rule, `${indicator}:unavailable`, `「${rule.title}」の${name}を比べられません：${why}。`, 'warning'));
      continue;
    }
    if (cmp(b.value, a.value) > 0) continue;
    env.out.add(ruleFinding(env, rule, indicator, `${labelOf(to)}の${name}${yenOf(b.value)}が${labelOf(from)}の${yenOf(a.value)}を上回っていません（${rule.title}）。事業の効果で${name}が増える計画と、その根拠（顧客・市場の分析と数値）を示してください。`));
  }
}

export function checkRequiresEmployees(env: NumericEnv, rule: NeedsEmployeesRule): void {
  const employees = env.ctx.employeeCount ?? env.shape.base?.jugyoinSu ?? null;
  // Points at the choice that needs employees (not at the plan table's field, which kihon does not have).
  const first = rule.when[0];
  const at = { sectionId: first?.section ?? 'kihon', fieldId: first?.field };
  if (employees === null) {
    env.out.add({ ...ruleFinding(env, rule, 'unknown', `「${rule.title}」には従業員が${rule.minEmployees}人以上必要です。事業者情報か数値計画表（直近期）に従業員数を入力すると確認できます。`, 'hint'), ...at });
    return;
  }
  if (employees >= rule.minEmployees) return;
  env.out.add({ ...ruleFinding(env, rule, '', `${rule.message}（従業員数 ${employees}人）`), ...at });
}
