import type { NumericRule } from '../rules/schema';
import { INDICATOR_NAMES, indicatorExact } from '../finance/indicators';
import { finalYearOf } from '../finance/plan';
import { sign } from '../finance/rational';
import { choiceValues, ruleApplies } from './context';
import { checkCagr, checkCumulativeGrowth } from './numericGrowth';
import { checkMinWageMargin, checkOwnWageIncrease } from './numericWage';
import { checkGrowthToPlanYear, checkRequiresEmployees, checkRising } from './numericProgress';
import { checkSmallBusinessClaim } from './smallBusiness';
import { labelOf, ruleFinding, yenOf, type NumericEnv } from './numericEnv';

/** Runs every numeric rule of the template that applies to the application's choices. */

function checkPlanLength(env: NumericEnv, rule: Extract<NumericRule, { kind: 'planLength' }>): void {
  const n = env.years;
  if (n === null) return; // the required-field check reports an unset choice
  if (n < rule.min || n > rule.max) {
    env.out.add(ruleFinding(env, rule, 'range', `計画期間${n}年は、この様式で認められる${rule.min}〜${rule.max}年の範囲外です。`));
    return;
  }
  const have = env.shape.planYears.length;
  if (!env.shape.base) {
    env.out.add(ruleFinding(env, rule, 'noBase', '数値計画表に直近期（実績）の列がありません。基準となる直近の決算を入力してください。'));
  }
  if (have < n) {
    env.out.add(ruleFinding(env, rule, 'short', `計画期間は${n}年ですが、数値計画表には${have}年分しかありません。${n}年後まで入力してください。`));
  } else if (have > n) {
    env.out.add(ruleFinding(env, rule, 'long', `計画期間は${n}年ですが、数値計画表に${have}年分あります。${n + 1}年後以降は判定に使いません。`, 'hint'));
  }
}

function checkPositiveFinalYear(env: NumericEnv, rule: Extract<NumericRule, { kind: 'positiveFinalYear' }>): void {
  const final = env.years === null ? null : finalYearOf(env.shape, env.years);
  if (!final) return; // the growth rules already say the final year is missing
  for (const ind of rule.indicators) {
    const v = indicatorExact(final, ind);
    if (!v.ok) continue;
    if (sign(v.value) <= 0) {
      env.out.add(ruleFinding(env, rule, ind, `最終年度（${labelOf(final)}）の${INDICATOR_NAMES[ind]}が${yenOf(v.value)}です。最終年度はプラスである必要があります。`));
    }
  }
}

function checkEmployeeLimit(env: NumericEnv, rule: Extract<NumericRule, { kind: 'employeeLimit' }>): void {
  const choice = choiceValues(env.app, 'kihon', rule.field)[0];
  const limit = choice === undefined ? undefined : rule.limits[choice];
  const employees = env.ctx.employeeCount ?? env.shape.base?.jugyoinSu ?? null;
  if (limit === undefined || employees === null) return;
  if (employees > limit) {
    env.out.add({
      ...ruleFinding(env, rule, '', `常時使用する従業員数${employees}人は、選んだ業種区分の上限${limit}人を超えています（${rule.title}）。`),
      sectionId: 'kihon',
      fieldId: rule.field,
    });
  }
}

export function checkNumericRules(env: NumericEnv): void {
  for (const rule of env.t.rules.numeric) {
    if (!ruleApplies(rule, env.app, env.ctx)) continue;
    switch (rule.kind) {
      case 'planLength':
        checkPlanLength(env, rule);
        break;
      case 'cumulativeGrowth':
        checkCumulativeGrowth(env, rule);
        break;
      case 'cagr':
        checkCagr(env, rule);
        break;
      case 'minWageMargin':
        checkMinWageMargin(env, rule);
        break;
      case 'ownWageIncrease':
        checkOwnWageIncrease(env, rule);
        break;
      case 'positiveFinalYear':
        checkPositiveFinalYear(env, rule);
        break;
      case 'employeeLimit':
        checkEmployeeLimit(env, rule);
        break;
      case 'growthToPlanYear':
        checkGrowthToPlanYear(env, rule);
        break;
      case 'rising':
        checkRising(env, rule);
        break;
      case 'requiresEmployees':
        checkRequiresEmployees(env, rule);
        break;
      case 'smallBusinessClaim':
        checkSmallBusinessClaim(env, rule);
        break;
      default: {
        const unknown: never = rule;
        throw new Error(`unknown numeric rule ${String(unknown)}`);
      }
    }
  }
}
