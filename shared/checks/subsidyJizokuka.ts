import type { SubsidyRule } from '../rules/schema';
import { formatYen } from '../finance/format';
import { allHold, unconfirmedSuffix } from './context';
import { chosenRate, costBasis, type SubsidyEnv } from './subsidy';
import type { SubsidyBreakdown } from './types';

/**
 * 持続化補助金 様式3 (r3i_y3e.xlsx, hidden sheet ExpenseCategoryList) reproduced cell by cell:
 *   a = 補助対象経費（ウェブサイト関連費を除く）, c = ウェブサイト関連費, cap = 上限 (枠 + 特例)
 *   G12 b   = ROUNDDOWN(a × rate, 0)
 *   H12     = ROUNDDOWN(b / 3, 0)                       (web ≤ 1/4 of the total ⇔ d ≤ b/3)
 *   G16     = ROUNDDOWN(c × rate, 0);  H20 = ROUNDDOWN(cap / 4, 0)
 *   I16 d   = min(G16, H12, H20, 500,000)
 *   I20     = b + d
 *   J22     = 1 when I20 < cap and the truncated fractions (3 decimals) of b and of the binding web term add up to ≥ 1 yen
 *   (6) f   = min(I20 + J22, cap)
 *   When b + d > cap, (b) may be anything in [cap − min(H20, d), min(b, cap)] and (d) = cap − (b).
 * Thousandths are kept as integers (x1000) so the 3-decimal ROUNDDOWNs are exact.
 */
type Rule = Extract<SubsidyRule, { method: 'jizokukaYoshiki3' }>;

const min = (...xs: bigint[]): bigint => xs.reduce((m, x) => (x < m ? x : m));
const yen = (x: bigint) => formatYen(Number(x));

export interface Yoshiki3Result {
  b: bigint;
  d: bigint;
  f: bigint;
  bonus: bigint;
  bMaxWeb: bigint; // G12: (a) × rate
  dUncapped: bigint; // G16: (c) × rate
  range: { min: bigint; max: bigint } | null;
}

/** The sheet's arithmetic on whole yen. `num/den` is the rate (2/3 or 3/4). */
export function yoshiki3(a: bigint, c: bigint, num: bigint, den: bigint, cap: bigint, webCap: bigint): Yoshiki3Result {
  const G12 = (a * num) / den;
  const G12k = (a * num * 1000n) / den; // ROUNDDOWN(a×rate, 3) in thousandths
  const I14 = G12k - G12 * 1000n;
  const H12 = G12 / 3n;
  const H13k = (G12 * 1000n) / 3n;
  const H14 = H13k - H12 * 1000n;
  const G16 = (c * num) / den;
  const G17k = (c * num * 1000n) / den;
  const G18 = G17k - G16 * 1000n;
  const H20 = cap / 4n;
  const H21k = (cap * 1000n) / 4n;
  const H22 = H21k - H20 * 1000n;
  const J16 = min(G16, H12, H20);
  const I16 = J16 < webCap ? J16 : webCap;
  const I20 = G12 + I16;
  const J18 = min(G17k, H13k) > H21k ? H22 : G17k > H13k ? H14 : G18;
  const I18 = J16 < webCap ? J18 : 0n;
  const J22 = I20 < cap && I14 + I18 >= 1000n ? 1n : 0n;
  const f = cap > I20 + J22 ? I20 + J22 : cap;
  if (I20 <= cap) return { b: G12, d: I16, f, bonus: J22, bMaxWeb: G12, dUncapped: G16, range: null };
  const P16 = min(H20, I16);
  const bMax = G12 > cap ? cap : G12;
  return { b: bMax, d: cap - bMax, f, bonus: 0n, bMaxWeb: G12, dUncapped: G16, range: { min: cap - P16, max: bMax } };
}

export function jizokukaYoshiki3(env: SubsidyEnv, rule: Rule): SubsidyBreakdown {
  const { rate, label } = chosenRate(rule, env.app);
  const at = { sectionId: env.compiled.expensesAt?.sectionId, fieldId: env.compiled.expensesAt?.fieldId };
  let cap = BigInt(rule.baseCapYen);
  const capParts = [`通常枠 ${yen(cap)}`];
  for (const add of rule.addOns) {
    if (!allHold(env.app, add.when)) continue;
    cap += BigInt(add.yen);
    capParts.push(`${add.label} +${yen(BigInt(add.yen))}`);
  }
  const r = yoshiki3(env.calc.nonWeb, env.calc.web, BigInt(rate.num), BigInt(rate.den), cap, BigInt(rule.webCapYen));
  if (env.calc.web > 0n && r.d < r.dUncapped && r.range === null) {
    env.out.add({
      id: 'subsidy:webCapped',
      kind: 'subsidy',
      severity: 'warning',
      ...at,
      source: rule.source,
      message: `ウェブサイト関連費${yen(env.calc.web)}の補助額は${yen(r.dUncapped)}になるはずですが、上限（補助金総額の1/4以内・最大${yen(BigInt(rule.webCapYen))}）により${yen(r.d)}です。差額は自己負担になります。${unconfirmedSuffix(rule.source)}`,
    });
  }
  if (r.range !== null) {
    env.out.add({
      id: 'subsidy:capped',
      kind: 'subsidy',
      severity: 'hint',
      ...at,
      message: `補助額の合計が上限${yen(cap)}に達します。（2）補助金交付申請額（ウェブサイト関連費を除く）は${yen(r.range.min)}〜${yen(r.range.max)}の範囲で、（4）は上限との差額です。`,
    });
  }
  return {
    method: 'jizokukaYoshiki3',
    rateLabel: label,
    rate,
    ...costBasis(env),
    capYen: Number(cap),
    capLabel: capParts.join(' '),
    nonWebSubsidyYen: Number(r.b),
    webSubsidyYen: Number(r.d),
    roundingBonusYen: Number(r.bonus),
    totalYen: Number(r.f),
    nonWebRange: r.range ? { minYen: Number(r.range.min), maxYen: Number(r.range.max) } : null,
    minYen: null,
    cappedGroups: [],
  };
}
