import type { SubsidyRule } from '../rules/schema';
import { formatYen } from '../finance/format';
import { allHold, unconfirmedSuffix } from './context';
import { chosenRate, costBasis, mulDivFloor, type SubsidyEnv } from './subsidy';
import type { SubsidyBreakdown } from './types';

/**
 * 持続化 第20回 (the 1/4 rule gone; ウェブサイト関連費 and 広報費 each capped on the subsidy):
 *   b   = ROUNDDOWN(costs outside the capped groups × rate)
 *   d_g = min(ROUNDDOWN(costs of group g × rate), capYen_g)         for each capped group
 *   f   = min(b + Σ d_g, 上限 (通常枠 + 特例))
 * Each ROUNDDOWN truncates to the yen, as the official sheets do. Whether 第20回's 様式3 rounds per group
 * or once is not confirmed: the rule's source says so.
 */
type Rule = Extract<SubsidyRule, { method: 'categoryCapped' }>;

const yen = (x: bigint) => formatYen(Number(x));

export function categoryCappedSubsidy(env: SubsidyEnv, rule: Rule): SubsidyBreakdown {
  const { rate, label } = chosenRate(rule, env.app);
  const at = { sectionId: env.compiled.expensesAt?.sectionId, fieldId: env.compiled.expensesAt?.fieldId };
  let cap = BigInt(rule.baseCapYen);
  const capParts = [`通常枠 ${yen(cap)}`];
  for (const add of rule.addOns) {
    if (!allHold(env.app, add.when)) continue;
    cap += BigInt(add.yen);
    capParts.push(`${add.label} +${yen(BigInt(add.yen))}`);
  }
  const costOf = (ids: readonly string[]) => ids.reduce((s, id) => s + (env.calc.byCategory.get(id)?.yen ?? 0n), 0n);
  const cappedIds = new Set(rule.categoryCaps.flatMap((g) => g.categories));
  const uncapped = env.calc.total - costOf([...cappedIds]);
  const b = mulDivFloor(uncapped, rate);
  let groups = 0n;
  const cappedGroups: SubsidyBreakdown['cappedGroups'] = [];
  for (const g of rule.categoryCaps) {
    const cost = costOf(g.categories);
    const raw = mulDivFloor(cost, rate);
    const capped = raw > BigInt(g.capYen) ? BigInt(g.capYen) : raw;
    groups += capped;
    cappedGroups.push({ label: g.label, costYen: Number(cost), subsidyYen: Number(capped), capYen: g.capYen });
    if (raw > capped) {
      env.out.add({
        id: `subsidy:categoryCap:${g.categories.join('+')}`,
        kind: 'subsidy',
        severity: 'warning',
        ...at,
        source: g.source,
        message: `${g.label}${yen(cost)}の補助額は${yen(raw)}になるはずですが、この区分の補助上限${yen(BigInt(g.capYen))}により${yen(capped)}です。差額${yen(raw - capped)}は自己負担になります。${unconfirmedSuffix(g.source)}`,
      });
    }
  }
  const sum = b + groups;
  const total = sum < cap ? sum : cap;
  if (sum > cap) env.out.add({ id: 'subsidy:capped', kind: 'subsidy', severity: 'hint', ...at, message: `補助額の合計${yen(sum)}が上限${yen(cap)}を超えるため、補助金交付申請額は${yen(cap)}です。` });
  return {
    method: 'categoryCapped',
    rateLabel: label,
    rate,
    ...costBasis(env),
    capYen: Number(cap),
    capLabel: capParts.join(' '),
    nonWebSubsidyYen: Number(b),
    webSubsidyYen: Number(groups),
    roundingBonusYen: 0,
    totalYen: Number(total),
    nonWebRange: null,
    minYen: rule.minYen ?? null,
    cappedGroups,
  };
}
