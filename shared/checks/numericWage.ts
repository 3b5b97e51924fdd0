import type { NumericRule } from '../rules/schema';
import type { FinancialYear } from '../schemas/financialPlan';
import { formatSignedYen, formatYen } from '../finance/format';
import { labelOf, ruleFinding, type NumericEnv } from './numericEnv';

/** 事業場内最低賃金 rules: margin over the regional minimum (もの補助), rise over the own level (持続化). */

type MarginRule = Extract<NumericRule, { kind: 'minWageMargin' }>;
type OwnRule = Extract<NumericRule, { kind: 'ownWageIncrease' }>;

const yen = (x: number) => formatYen(x);
const signedYen = formatSignedYen;

export function checkMinWageMargin(env: NumericEnv, rule: MarginRule): void {
  const n = env.years ?? env.shape.planYears.length;
  const years = env.shape.planYears.slice(0, rule.years === 'firstPlanYear' ? 1 : n);
  if (years.length === 0) {
    if (env.app.financialPlan.years.length === 0) return;
    env.out.add(ruleFinding(env, rule, 'unavailable', `「${rule.title}」を判定できません（計画年度の列がない）。`, 'warning'));
    return;
  }
  // The latest regional minimum entered so far (直近期 included) stands in for a blank future year.
  let regional: number | null = env.shape.base?.chiikiBetsuSaiteiChingin ?? null;
  const missingOwn: string[] = [];
  const assumed: string[] = [];
  for (const y of years) {
    if (y.chiikiBetsuSaiteiChingin !== null) regional = y.chiikiBetsuSaiteiChingin;
    else if (regional !== null) assumed.push(labelOf(y));
    const own = y.jigyojoNaiSaiteiChingin;
    if (own === null || regional === null) {
      missingOwn.push(labelOf(y));
      continue;
    }
    const margin = own - regional;
    if (margin < rule.minYen) {
      env.out.add(
        ruleFinding(
          env,
          rule,
          labelOf(y),
          `${labelOf(y)}の事業場内最低賃金${yen(own)}は地域別最低賃金${yen(regional)}との差が${signedYen(margin)}で、基準の+${rule.minYen}円に届きません。${yen(regional + rule.minYen)}以上にしてください。`,
        ),
      );
    }
  }
  if (missingOwn.length > 0) {
    env.out.add(ruleFinding(env, rule, 'missing', `「${rule.title}」を判定できない年があります（${missingOwn.join('、')}：事業場内最低賃金または地域別最低賃金が未入力）。`, 'warning'));
  }
  if (assumed.length > 0) {
    env.out.add(
      ruleFinding(
        env,
        rule,
        'assumedRegional',
        `${assumed.join('、')}の地域別最低賃金が未入力のため、直近に入力された${yen(regional ?? 0)}で判定しました。毎年の引上げを見込んで目標を立ててください。`,
        'hint',
      ),
    );
  }
}

function ownWage(y: FinancialYear | null | undefined): number | null {
  return y?.jigyojoNaiSaiteiChingin ?? null;
}

export function checkOwnWageIncrease(env: NumericEnv, rule: OwnRule): void {
  const base = env.shape.base;
  const end = env.shape.planYears[0];
  const before = ownWage(base);
  const after = ownWage(end);
  if (before === null || after === null || !base || !end) {
    env.out.add(
      ruleFinding(env, rule, 'missing', `「${rule.title}」：事業場内最低賃金を申請時より+${rule.minYen}円以上に引き上げる計画が必要です。申請時（直近期）と補助事業終了時（1年目）の事業場内最低賃金を入力すると確認できます。`, rule.ifMissing),
    );
    return;
  }
  const rise = after - before;
  if (rise < rule.minYen) {
    env.out.add(
      ruleFinding(env, rule, '', `事業場内最低賃金の引上げ幅は${signedYen(rise)}（${yen(before)} → ${yen(after)}）で、必要な+${rule.minYen}円に届きません。${yen(before + rule.minYen)}以上にしてください。`),
    );
  }
  const regional = end.chiikiBetsuSaiteiChingin ?? base.chiikiBetsuSaiteiChingin;
  if (regional !== null && after < regional) {
    env.out.add(ruleFinding(env, rule, 'belowRegional', `補助事業終了時の事業場内最低賃金${yen(after)}が地域別最低賃金${yen(regional)}を下回っています。`));
  }
}
