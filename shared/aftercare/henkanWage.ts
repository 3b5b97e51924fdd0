import { cmp, mul, ONE, rat, sign, sub, type Rational } from '../finance/rational';
import { cagrRate, cagrTo, type Judge } from './achievement';
import { manualExemption, majorityLossExemption } from './exemption';
import { exactRatioText, hundredthsText, ratioText, yenText } from './format';
import type { HenkanComponent } from './henkanTypes';
import type { HenkanRule } from './schema';
import type { ResolvedTarget } from './targets';

/**
 * 基本要件②（賃金の増加要件）の返還 (もの補助 第20次 公募要領 2.6, FAQ 4-1〜4-6):
 *   ステップ1: in each path (給与支給総額 / 1人あたり) take the lower achievement of 従業員 and 役員;
 *   ステップ2: take the higher of the paths;
 *   ステップ3: 返還 = 補助金交付額 × (1 − achievement), nothing when it is ≥ 100%, all when the
 *   growth is zero or negative (achievement ≤ 0).
 * Achievement = 実績の年平均成長率 ÷ 目標値, both as the official CAGR tool gives them (0.01%).
 */
export interface RatedGroup {
  label: string;
  /** null: not evaluated (e.g. nobody in the group, no target needed). */
  rate: Rational | null;
  /** How the rate came about: "1.50% ÷ 4.00%". */
  detail?: string;
}
export interface RatedPath {
  label: string;
  groups: RatedGroup[];
}

export interface WageOutcome {
  /** The achievement the amount is computed from (ステップ2), or null when no path could be rated. */
  achievement: Rational | null;
  exact: Rational | null;
  steps: string[];
}

const minOf = (xs: Rational[]): Rational | null => xs.reduce<Rational | null>((m, x) => (m === null || cmp(x, m) < 0 ? x : m), null);
const maxOf = (xs: Rational[]): Rational | null => xs.reduce<Rational | null>((m, x) => (m === null || cmp(x, m) > 0 ? x : m), null);

/** The FAQ's three steps on achievement rates; `kofuYen` the 補助金交付額. */
export function wageHenkanFromRates(kofuYen: bigint, paths: RatedPath[]): WageOutcome {
  const steps: string[] = [];
  const lows: Rational[] = [];
  for (const p of paths) {
    const rated = p.groups.filter((g): g is RatedGroup & { rate: Rational } => g.rate !== null);
    if (rated.length === 0) continue;
    const low = minOf(rated.map((g) => g.rate))!;
    lows.push(low);
    const parts = rated.map((g) => `${g.label} ${g.detail ? `${g.detail} = ` : ''}${ratioText(g.rate)}`).join('、');
    steps.push(`ステップ1 ${p.label}：${parts}${rated.length > 1 ? ` → 低い方 ${ratioText(low)}` : ''}`);
  }
  const best = maxOf(lows);
  if (best === null) return { achievement: null, exact: null, steps };
  if (lows.length > 1) steps.push(`ステップ2 ${lows.map(ratioText).join(' と ')} の高い方 = ${ratioText(best)}`);
  if (cmp(best, ONE) >= 0) {
    steps.push(`ステップ3 達成率 ${ratioText(best)}（100%以上）のため返還はありません`);
    return { achievement: best, exact: rat(0n), steps };
  }
  if (sign(best) <= 0) {
    steps.push(`ステップ3 達成率 ${ratioText(best)}：年平均成長率が0以下のため全額返還 = ${yenText(kofuYen)}`);
    return { achievement: best, exact: rat(kofuYen), steps };
  }
  const exact = mul(rat(kofuYen), sub(ONE, best));
  steps.push(`ステップ3 ${yenText(kofuYen)} ×（100% − ${exactRatioText(best)}）`);
  return { achievement: best, exact, steps };
}

/** The rated paths of a wage rule from the judged years (final plan year against 基準年度). */
export function ratePaths(j: Judge, rule: Extract<HenkanRule, { kind: 'wageShortfall' }>, targets: Map<string, ResolvedTarget>): { paths: RatedPath[]; projected: boolean; missing: string[] } {
  let projected = false;
  const missing: string[] = [];
  const paths = rule.paths.map((p) => ({
    label: p.label,
    groups: p.groups.map((g): RatedGroup => {
      const t = targets.get(g.target);
      if (!t || t.kind !== 'cagr' || t.targetHundredths === null) {
        if (t) missing.push(`${p.label}（${g.label}）の目標値`);
        return { label: g.label, rate: null };
      }
      const { cagr, projected: pr } = cagrTo(j, t.measure, j.n, t.negativeBase);
      projected ||= pr;
      if (!cagr.ok) {
        // Nobody in the group in either year: no target is needed for it (FAQ 3-4).
        if (cagr.reason !== 'zeroEmployees') missing.push(`${p.label}（${g.label}）: ${cagr.message}`);
        return { label: g.label, rate: null };
      }
      return { label: g.label, rate: cagrRate(cagr.value.hundredths, t.targetHundredths), detail: `${hundredthsText(cagr.value.hundredths)} ÷ ${hundredthsText(t.targetHundredths)}` };
    }),
  }));
  return { paths, projected, missing };
}

export function wageShortfall(j: Judge, rule: Extract<HenkanRule, { kind: 'wageShortfall' }>, targets: Map<string, ResolvedTarget>, kofuYen: bigint | null, settings: Parameters<typeof manualExemption>[0], timing: string): HenkanComponent {
  const base = { ruleId: rule.id, title: rule.title, source: rule.source, timing, consequence: 'henkan' as const };
  const { paths, projected, missing } = ratePaths(j, rule, targets);
  if (missing.length > 0) return { ...base, status: 'incomplete', exact: null, yen: null, steps: missing.map((m) => `未入力: ${m}`), projected };
  const out = wageHenkanFromRates(kofuYen ?? 0n, paths);
  if (out.exact === null) return { ...base, status: 'incomplete', exact: null, yen: null, steps: out.steps, projected };
  if (sign(out.exact) === 0) return { ...base, status: 'none', exact: out.exact, yen: 0, steps: out.steps, projected };
  const manual = manualExemption(settings);
  const auto = majorityLossExemption(j);
  const ex = manual ?? (auto.exempt ? auto : null);
  if (ex) return { ...base, status: 'exempt', exact: rat(0n), yen: 0, steps: [...out.steps, ex.reason ?? ''], projected };
  if (kofuYen === null) return { ...base, status: 'incomplete', exact: null, yen: null, steps: [...out.steps.slice(0, -1), '補助金交付額（採択額）が未入力のため金額を計算できません'], projected };
  return { ...base, status: 'henkan', exact: out.exact, yen: null, steps: out.steps, projected };
}
