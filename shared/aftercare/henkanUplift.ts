import { cmp, div, mul, ONE, rat, sign, sub, add, type Rational } from '../finance/rational';
import { cagrRate, cagrTo, type Judge } from './achievement';
import { majorityLossExemption, manualExemption } from './exemption';
import { exactRatioText, hundredthsText, ratioText, yenText } from './format';
import type { HenkanComponent } from './henkanTypes';
import { headsOf } from './measures';
import { marginYears } from './henkanMinWage';
import type { AftercareSettings, HenkanRule } from './schema';
import type { ResolvedTarget } from './targets';
import type { Timeline } from './timeline';

/**
 * 大幅な賃上げに係る補助上限額引上げの特例の返還 (もの補助 第20次 公募要領 2.6; 概要版 P.19):
 *   返還 = 引上げ額 + (補助金交付額 − 引上げ額) × (1 − 達成率)
 * 引上げ額 = 交付額 − 本来の補助上限額 (not below 0). 達成率: 給与支給総額 = 実績の年平均成長率 ÷ 特例目標値
 * (従業員と役員の低い方), 最低賃金 = 達成した年数 ÷ 年数. One missed → that one's; both missed → the
 * higher (表 A〜D). Growth ≤ 0, or no employees left in a year → 全額. The 引上げ額 is never exempt.
 */
export function upliftFromRates(kofuYen: bigint, upliftYen: bigint, wageRate: Rational | null, minWageRate: Rational | null): { exact: Rational; rate: Rational | null; steps: string[] } {
  const steps: string[] = [];
  const wageMet = wageRate !== null && cmp(wageRate, ONE) >= 0;
  const wageMissed = wageRate !== null && !wageMet;
  const mwMet = minWageRate !== null && cmp(minWageRate, ONE) >= 0;
  const mwMissed = minWageRate !== null && !mwMet;
  if (!wageMissed && !mwMissed) {
    steps.push('特例の目標はいずれも達成（パターンA）：返還はありません');
    return { exact: rat(0n), rate: null, steps };
  }
  let rate: Rational;
  if (wageMissed && mwMissed) {
    rate = cmp(wageRate, minWageRate) >= 0 ? wageRate : minWageRate;
    steps.push(`給与支給総額・最低賃金とも未達（パターンD）：達成度の高い方 ${ratioText(rate)}`);
  } else {
    rate = (wageMissed ? wageRate : minWageRate)!;
    steps.push(`${wageMissed ? '給与支給総額' : '最低賃金'}が未達（パターン${wageMissed ? 'C' : 'B'}）：達成率 ${ratioText(rate)}`);
  }
  const r = sign(rate) < 0 ? rat(0n) : rate;
  const rest = sub(rat(kofuYen), rat(upliftYen));
  const exact = add(rat(upliftYen), mul(rest, sub(ONE, r)));
  steps.push(`引上げ額 ${yenText(upliftYen)} +（${yenText(kofuYen)} − ${yenText(upliftYen)}）×（100% − ${exactRatioText(r)}）`);
  return { exact, rate, steps };
}

export function upliftShortfall(
  j: Judge,
  rule: Extract<HenkanRule, { kind: 'upliftShortfall' }>,
  targets: Map<string, ResolvedTarget>,
  kofuYen: bigint | null,
  honraiJogenYen: bigint | null,
  timeline: Timeline,
  settings: AftercareSettings,
): HenkanComponent {
  const base = { ruleId: rule.id, title: rule.title, source: rule.source, timing: '事業計画期間の最終年度の終了後', consequence: 'henkan' as const };
  const steps: string[] = [];
  let projected = false;
  // 給与支給総額: the lower of 従業員 and 役員.
  let wageRate: Rational | null = null;
  let zeroGrowth = false;
  for (const g of rule.wageGroups) {
    const t = targets.get(g.target);
    if (!t || t.kind !== 'cagr' || t.targetHundredths === null) continue;
    const { cagr, projected: pr } = cagrTo(j, t.measure, j.n, t.negativeBase);
    projected ||= pr;
    if (!cagr.ok) {
      if (cagr.reason === 'zeroEmployees') continue;
      return { ...base, status: 'incomplete', exact: null, yen: null, steps: [`${g.label}: ${cagr.message}`], projected };
    }
    const r = cagrRate(cagr.value.hundredths, t.targetHundredths);
    if (!r) continue;
    if (cagr.value.hundredths <= 0) zeroGrowth = true;
    steps.push(`給与支給総額（${g.label}）: ${hundredthsText(cagr.value.hundredths)} ÷ ${hundredthsText(t.targetHundredths)} = ${ratioText(r)}`);
    wageRate = wageRate === null || cmp(r, wageRate) < 0 ? r : wageRate;
  }
  // 最低賃金: years achieved ÷ years.
  const mt = targets.get(rule.minWageTarget);
  let mwRate: Rational | null = null;
  if (mt && mt.kind === 'marginEveryYear') {
    const ys = marginYears(j, mt, timeline);
    if (ys.some((y) => y.met === null)) return { ...base, status: 'incomplete', exact: null, yen: null, steps: [...steps, '事業場内最低賃金・地域別最低賃金が未入力の年があります'], projected };
    const achieved = ys.filter((y) => y.met).length;
    projected ||= ys.some((y) => y.projected);
    mwRate = div(rat(BigInt(achieved)), rat(BigInt(j.n)));
    steps.push(`事業所内最低賃金（+${mt.minYen}円以上）: ${achieved}年 ÷ ${j.n}年 = ${mwRate ? ratioText(mwRate) : '—'}`);
  }
  // No employees left in some year → 全額.
  let noEmployees = false;
  for (let k = 1; k <= j.n; k++) {
    const h = j.years[k] ? headsOf(j.years[k]!, 'jugyoin', j.fteDigits) : null;
    if (h?.ok && sign(h.value) === 0) noEmployees = true;
  }
  if (kofuYen === null) return { ...base, status: 'incomplete', exact: null, yen: null, steps: [...steps, '補助金交付額（採択額）が未入力のため金額を計算できません'], projected };
  const uplift = honraiJogenYen === null ? 0n : kofuYen > honraiJogenYen ? kofuYen - honraiJogenYen : 0n;
  steps.push(honraiJogenYen === null ? '本来の補助上限額が分からないため引上げ額を0円としています（設定で入力してください）' : `引上げ額 = ${yenText(kofuYen)} − 本来の補助上限額 ${yenText(honraiJogenYen)} = ${yenText(uplift)}`);
  const wageMissed = wageRate !== null && cmp(wageRate, ONE) < 0;
  if ((zeroGrowth && wageMissed) || noEmployees) {
    steps.push(noEmployees ? '常時使用する従業員がいなくなった年があるため全額返還' : '給与支給総額の年平均成長率が0以下のため全額返還');
    return { ...base, status: 'henkan', exact: rat(kofuYen), yen: null, steps, projected };
  }
  const out = upliftFromRates(kofuYen, uplift, wageRate, mwRate);
  steps.push(...out.steps);
  if (sign(out.exact) === 0) return { ...base, status: 'none', exact: out.exact, yen: 0, steps, projected };
  const auto = majorityLossExemption(j);
  const ex = manualExemption(settings) ?? (auto.exempt ? auto : null);
  if (ex) {
    steps.push(`${ex.reason ?? ''}（引上げ額は免除されません）`);
    return { ...base, status: 'henkan', exact: rat(uplift), yen: null, steps, projected };
  }
  return { ...base, status: 'henkan', exact: out.exact, yen: null, steps, projected };
}
