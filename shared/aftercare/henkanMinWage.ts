import { cmp, div, rat, type Rational } from '../finance/rational';
import type { Judge } from './achievement';
import { monthEndsWithin } from './calendar';
import { manualExemption, yearLossExemption } from './exemption';
import { signedYen, yenText } from './format';
import type { HenkanComponent } from './henkanTypes';
import { wageMarginExact } from './measures';
import type { AftercareSettings, HenkanRule } from './schema';
import type { ResolvedTarget } from './targets';
import type { Timeline } from './timeline';

/**
 * 基本要件③（事業所内最低賃金水準要件）の返還 (もの補助 第20次 公募要領 2.6, FAQ 3-3, 4-7): at the end of
 * March of every plan year the margin over the regional minimum wage must reach the firm's target;
 * each year it does not, 補助金交付額 ÷ 事業計画期間の年数 is returned (FAQ 4-7: 2,500万円, 3年, one
 * year missed → 2,500万円 × 1/3). A year whose 付加価値額 did not increase and that closed with an
 * 営業損失 is exempt.
 */
export interface MarginYear {
  year: number;
  /** The day the margin is judged (the end of March within the plan year), when known. */
  checkDate: string | null;
  margin: Rational | null;
  target: number;
  met: boolean | null;
  projected: boolean;
}

/** Each plan year's margin against its target. */
export function marginYears(j: Judge, t: Extract<ResolvedTarget, { kind: 'marginEveryYear' }>, timeline: Timeline): MarginYear[] {
  const out: MarginYear[] = [];
  for (let k = 1; k <= j.n; k++) {
    const y = j.years[k];
    const span = timeline.years[k - 1];
    const checkDate = span?.start && span.end ? (monthEndsWithin(span.start, span.end, t.checkMonth)[0] ?? null) : null;
    const m = y ? wageMarginExact(y) : null;
    const target = t.marginsYen[k - 1] ?? t.minYen;
    const projected = !!y && (y.projected.includes('jigyojoNaiSaiteiChingin') || y.projected.includes('chiikiBetsuSaiteiChingin'));
    out.push({ year: k, checkDate, margin: m?.ok ? m.value : null, target, met: m?.ok ? cmp(m.value, rat(BigInt(target))) >= 0 : null, projected });
  }
  return out;
}

/** 補助金交付額 ÷ 年数 for one missed year (exact). */
export const perMissedYear = (kofuYen: bigint, n: number): Rational => div(rat(kofuYen), rat(BigInt(n))) ?? rat(0n);

export function minWageYears(
  j: Judge,
  rule: Extract<HenkanRule, { kind: 'minWageYears' }>,
  targets: Map<string, ResolvedTarget>,
  kofuYen: bigint | null,
  settings: AftercareSettings,
  timeline: Timeline,
  round: (r: Rational) => bigint,
): HenkanComponent {
  const base = { ruleId: rule.id, title: rule.title, source: rule.source, timing: '毎年3月末時点', consequence: 'henkan' as const };
  const t = targets.get(rule.target);
  if (!t || t.kind !== 'marginEveryYear') return { ...base, status: 'none', exact: null, yen: 0, steps: ['この申請には適用されません'], projected: false };
  const years = marginYears(j, t, timeline);
  const steps: string[] = [];
  const perYear: { year: number; yen: number; projected: boolean }[] = [];
  let missed = 0;
  let projected = false;
  let incomplete = false;
  for (const y of years) {
    const when = y.checkDate ? `（${Number(y.checkDate.slice(0, 4))}年${Number(y.checkDate.slice(5, 7))}月末）` : '';
    if (y.met === null || y.margin === null) {
      incomplete = true;
      steps.push(`${y.year}年目${when}: 事業場内最低賃金・地域別最低賃金が未入力`);
      continue;
    }
    const head = `${y.year}年目${when}: ${signedYen(y.margin)}（目標 +${y.target}円）${y.projected ? '〔見込み〕' : ''}`;
    if (y.met) {
      steps.push(`${head} → 達成`);
      continue;
    }
    const ex = manualExemption(settings) ?? (() => {
      const e = yearLossExemption(j, y.year);
      return e.exempt ? e : null;
    })();
    if (ex) {
      steps.push(`${head} → 未達、${ex.reason ?? '返還免除'}`);
      continue;
    }
    missed += 1;
    projected ||= y.projected;
    if (kofuYen === null) {
      steps.push(`${head} → 未達：補助金交付額 ÷ ${j.n}年`);
      continue;
    }
    const yen = round(perMissedYear(kofuYen, j.n));
    perYear.push({ year: y.year, yen: Number(yen), projected: y.projected });
    steps.push(`${head} → 未達：${yenText(kofuYen)} ÷ ${j.n}年 = ${yenText(yen)}`);
  }
  if (missed === 0) return { ...base, status: incomplete ? 'incomplete' : 'none', exact: rat(0n), yen: incomplete ? null : 0, steps, projected: years.some((y) => y.projected) };
  if (kofuYen === null) return { ...base, status: 'incomplete', exact: null, yen: null, steps: [...steps, '補助金交付額（採択額）が未入力のため金額を計算できません'], projected };
  const total = perYear.reduce((s, p) => s + BigInt(p.yen), 0n);
  return { ...base, status: 'henkan', exact: rat(total), yen: Number(total), steps, projected, perYear };
}
