import { cagrOfficialExact } from '../finance/cagr';
import { hundredthsOf, percentFromHundredths } from '../finance/growth';
import { fromNumber } from '../finance/rational';
import { allHold } from '../checks/context';
import { prefectureKey } from '../checks/numericGrowth';
import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import { measureExact, wageMarginExact } from './measures';
import type { AftercareRecord, AftercareRules, AftercareTarget } from './schema';
import { planBase, planYear } from './years';

/**
 * The targets that apply to this application (their `when`), each with the firm's own target value:
 * the one declared at 交付申請 when recorded (targetOverrides), else the plan table's, never below the
 * round's 基準値.
 */
export type ResolvedTarget = AftercareTarget & {
  /** cagr: the target in hundredths of a percent (170 = 1.70%); null when it cannot be known. */
  targetHundredths: number | null;
  /** marginEveryYear: the margin (円) per plan year, index k − 1. */
  marginsYen: number[];
  /** How the target was set, in words: 「計画表から」「交付申請時の目標値」「基準値」. */
  basis: string;
};

type CagrTarget = Extract<AftercareTarget, { kind: 'cagr' }>;

/** The round's minimum of a CAGR target, in hundredths (from minPercent or a numeric rule of rules.json). */
export function cagrMinimum(t: CagrTarget, template: Template, prefecture: string): number | null {
  if (t.minPercent !== undefined) return hundredthsOf(t.minPercent);
  const rule = template.rules.numeric.find((r) => r.id === t.minFromRule);
  if (!rule || rule.kind !== 'cagr') return null;
  if (rule.target.kind === 'fixed') return hundredthsOf(rule.target.percent);
  const p = rule.target.table[prefectureKey(prefecture)] ?? rule.target.fallbackPercent;
  return p === undefined ? null : hundredthsOf(p);
}

/** The plan table's CAGR of the measure from its base to plan year n (as the official tool computes it). */
function planCagr(t: CagrTarget, app: Application, n: number, fteDigits: number): number | null {
  const base = planBase(app);
  const fin = planYear(app, n);
  if (!base || !fin) return null;
  const a = measureExact(base, t.measure, fteDigits);
  const b = measureExact(fin, t.measure, fteDigits);
  if (!a.ok || !b.ok) return null;
  const c = cagrOfficialExact(a.value, b.value, n, t.negativeBase);
  return c.ok ? c.value.hundredths : null;
}

export function resolveTargets(rules: AftercareRules, template: Template, app: Application, record: AftercareRecord, n: number, prefecture: string): ResolvedTarget[] {
  const fteDigits = rules.fte?.digits ?? 2;
  const out: ResolvedTarget[] = [];
  for (const t of rules.targets) {
    if (!allHold(app, t.when)) continue;
    const override = record.settings.targetOverrides[t.id];
    if (t.kind === 'cagr') {
      const min = cagrMinimum(t, template, prefecture);
      const plan = planCagr(t, app, n, fteDigits);
      let h: number | null;
      let basis: string;
      if (override !== undefined && fromNumber(override)) {
        h = Math.round(override * 100);
        basis = '交付申請時の目標値（入力）';
      } else if (plan !== null && (min === null || plan >= min)) {
        h = plan;
        basis = `計画表（${percentFromHundredths(BigInt(plan)).display}）`;
      } else {
        h = min;
        basis = min === null ? '基準値が分かりません（事業者の都道府県を登録してください）' : `基準値${plan !== null ? `（計画表の${percentFromHundredths(BigInt(plan)).display}は基準値未満）` : ''}`;
      }
      out.push({ ...t, targetHundredths: h, marginsYen: [], basis });
    } else if (t.kind === 'marginEveryYear') {
      const margins: number[] = [];
      for (let k = 1; k <= n; k++) {
        if (override !== undefined) {
          margins.push(override);
          continue;
        }
        const p = planYear(app, k);
        const m = p ? wageMarginExact(p) : null;
        const planned = m?.ok ? Number(m.value.n) / Number(m.value.d) : null;
        margins.push(planned !== null && planned > t.minYen ? Math.floor(planned) : t.minYen);
      }
      const basis = override !== undefined ? '交付申請時の目標値（入力）' : margins.some((m) => m > t.minYen) ? '計画表（基準値以上の年は計画の値）' : '基準値';
      out.push({ ...t, targetHundredths: null, marginsYen: margins, basis });
    } else {
      out.push({ ...t, targetHundredths: null, marginsYen: [], basis: t.kind === 'plan' ? '計画表' : '基準値' });
    }
  }
  return out;
}
