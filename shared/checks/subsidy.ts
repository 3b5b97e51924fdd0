import type { Application } from '../schemas/application';
import type { CapOption, Fraction, SubsidyRule } from '../rules/schema';
import { formatYen } from '../finance/format';
import { allHold, choiceValues, unconfirmedSuffix, type FindingList } from './context';
import type { CompiledTemplate } from './compile';
import type { ExpenseCalc } from './expenseTotals';
import { jizokukaYoshiki3 } from './subsidyJizokuka';
import { categoryCappedSubsidy } from './subsidyCategoryCapped';
import type { CheckContext, SubsidyBreakdown } from './types';

/** The subsidy amount for the chosen 枠/特例/size, truncating yen as the official sheets do. */

export const mulDivFloor = (x: bigint, f: Fraction): bigint => (x * BigInt(f.num)) / BigInt(f.den);
const yen = (x: bigint | number) => formatYen(Number(x));

export interface SubsidyEnv {
  rule: SubsidyRule;
  app: Application;
  ctx: CheckContext;
  compiled: CompiledTemplate;
  calc: ExpenseCalc;
  /** 従業員数 from the plan table's 直近期 when the context has none. */
  planEmployees: number | null;
  zeikomi: boolean;
  out: FindingList;
}

/** The costs a subsidy is computed from, as both calculations report them. */
export function costBasis(env: SubsidyEnv) {
  return {
    taxBasis: env.zeikomi ? ('zeikomi' as const) : ('zeinuki' as const),
    eligibleYen: Number(env.calc.total),
    nonWebYen: Number(env.calc.nonWeb),
    webYen: Number(env.calc.web),
  };
}

export function chosenRate(rule: SubsidyRule, app: Application): { rate: Fraction; label: string } {
  const hit = rule.rates.find((r) => allHold(app, r.when)) ?? rule.defaultRate;
  return { rate: hit.rate, label: hit.label };
}

function capYen(env: SubsidyEnv, cap: CapOption, employees: number | null): { yen: bigint; label: string } {
  if (cap.yen !== undefined) return { yen: BigInt(cap.yen), label: cap.label };
  const bands = cap.bands ?? [];
  const band = employees === null ? bands[0] : bands.find((b) => b.maxEmployees === null || employees <= b.maxEmployees);
  const chosen = band ?? bands.at(-1);
  return chosen ? { yen: BigInt(chosen.yen), label: `${cap.label}（${chosen.label}）` } : { yen: 0n, label: cap.label };
}

function simple(env: SubsidyEnv, rule: Extract<SubsidyRule, { method: 'simple' }>): SubsidyBreakdown {
  const { rate, label } = chosenRate(rule, env.app);
  const at = { sectionId: env.compiled.expensesAt?.sectionId, fieldId: env.compiled.expensesAt?.fieldId };
  const employees = env.ctx.employeeCount ?? env.planEmployees;
  const needsBands = [...rule.caps, ...rule.uplifts].some((c) => c.bands !== undefined && allHold(env.app, c.when));
  if (employees === null && needsBands) {
    env.out.add({ id: 'subsidy:employees', kind: 'subsidy', severity: 'warning', ...at, message: '従業員数が分からないため、補助上限額を最も小さい区分で計算しました。事業者情報か数値計画表（直近期）に従業員数を入力してください。' });
  }
  const capOpt = rule.caps.find((c) => allHold(env.app, c.when)) ?? rule.caps[0];
  const base = capOpt ? capYen(env, capOpt, employees) : { yen: 0n, label: '' };
  const raw = mulDivFloor(env.calc.total, rate);
  let cap = base.yen;
  let capLabel = base.label;
  for (const up of rule.uplifts) {
    if (!allHold(env.app, up.when)) continue;
    const u = capYen(env, up, employees);
    if (up.onlyIfBaseCapReached && raw < base.yen) {
      if (env.calc.total === 0n) continue;
      env.out.add({
        id: `subsidy:upliftNotReached:${up.label}`,
        kind: 'subsidy',
        severity: 'warning',
        ...at,
        source: up.source,
        message: `「${up.label}」は、通常の補助上限額${yen(base.yen)}に達する申請でなければ適用されません。現在の補助額は${yen(raw)}です。${unconfirmedSuffix(up.source)}`,
      });
      continue;
    }
    cap += u.yen;
    capLabel += ` + ${u.label}`;
  }
  const total = raw < cap ? raw : cap;
  if (env.calc.total > 0n && raw > cap) {
    env.out.add({ id: 'subsidy:capped', kind: 'subsidy', severity: 'hint', ...at, message: `補助対象経費×補助率（${yen(raw)}）が補助上限額${yen(cap)}を超えるため、補助額は${yen(cap)}です。超える分は自己負担になります。` });
  }
  const minYen = capOpt?.minYen ?? rule.minYen; // a 枠's own 下限 wins
  if (minYen !== undefined && env.calc.total > 0n && total < BigInt(minYen)) {
    const needCost = (BigInt(minYen) * BigInt(rate.den) + BigInt(rate.num) - 1n) / BigInt(rate.num);
    env.out.add({
      id: 'subsidy:belowMin',
      kind: 'subsidy',
      severity: 'error',
      ...at,
      source: capOpt?.minYen !== undefined ? capOpt.source : rule.source,
      message: `補助額${yen(total)}が補助下限額${yen(minYen)}に届きません。補助対象経費（税抜）が${yen(needCost)}以上必要です。`,
    });
  }
  return {
    method: 'simple',
    rateLabel: label,
    rate,
    ...costBasis(env),
    capYen: Number(cap),
    capLabel,
    nonWebSubsidyYen: Number(raw),
    webSubsidyYen: 0,
    roundingBonusYen: 0,
    totalYen: Number(total),
    nonWebRange: null,
    minYen: minYen ?? null,
    cappedGroups: [],
  };
}

export function computeSubsidy(env: SubsidyEnv): SubsidyBreakdown {
  const rule = env.rule;
  switch (rule.method) {
    case 'simple':
      return simple(env, rule);
    case 'jizokukaYoshiki3':
      return jizokukaYoshiki3(env, rule);
    case 'categoryCapped':
      return categoryCappedSubsidy(env, rule);
  }
}

export function isZeikomi(app: Application, taxBasis: { section: string; field: string; zeikomiValues: string[] } | undefined): boolean {
  if (!taxBasis) return false;
  return choiceValues(app, taxBasis.section, taxBasis.field).some((v) => taxBasis.zeikomiValues.includes(v));
}
