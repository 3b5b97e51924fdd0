import { cagrOfficialExact, type Cagr } from '../finance/cagr';
import { growthExact, growthMeets, truncPercent } from '../finance/growth';
import { cmp, div, rat, sub, type Rational } from '../finance/rational';
import type { FinanceResult } from '../finance/result';
import type { SourceNote } from '../templates/schema';
import { hundredthsText, MEASURE_KEYS, ratioText, signedYen, yenFine } from './format';
import { measureExact, MEASURE_NAMES, wageMarginExact } from './measures';
import type { MeasureId } from './schema';
import type { ResolvedTarget } from './targets';
import { planYear, type JudgedYear } from './years';
import type { Application } from '../schemas/application';

/** Achievement per target and plan year: the value, the rate against the firm's target, met or not. */
export interface TargetCell {
  year: number;
  value: string | null;
  rate: string | null;
  met: boolean | null;
  /** Computed from figures carried forward (見込み), not all entered. */
  projected: boolean;
  /** This year decides the target (the final year of a CAGR; every year of the wage margin). */
  binding: boolean;
  note?: string;
}

export interface TargetReport {
  id: string;
  label: string;
  kind: ResolvedTarget['kind'];
  targetText: string;
  basis: string;
  source: SourceNote;
  cells: TargetCell[];
  /** The decisive result: met, missed, or not known yet. */
  met: boolean | null;
}

export interface Judge {
  years: JudgedYear[];
  n: number;
  fteDigits: number;
  app: Application;
}

const usesProjected = (y: JudgedYear | undefined, m: MeasureId): boolean => !!y && MEASURE_KEYS[m].some((k) => y.projected.includes(k));

export function measureAt(j: Judge, k: number, m: MeasureId): FinanceResult<Rational> {
  const y = j.years[k];
  if (!y) return { ok: false, reason: 'missing', missing: [], message: `${k}年目の数値がありません` };
  return measureExact(y, m, j.fteDigits);
}

/** The official CAGR of a measure from 基準年度 to plan year k (k years). */
export function cagrTo(j: Judge, m: MeasureId, k: number, policy: 'oddRoot' | 'dash'): { cagr: FinanceResult<Cagr>; projected: boolean } {
  const a = measureAt(j, 0, m);
  const b = measureAt(j, k, m);
  const projected = usesProjected(j.years[k], m);
  if (!a.ok) return { cagr: a, projected };
  if (!b.ok) return { cagr: b, projected };
  return { cagr: cagrOfficialExact(a.value, b.value, k, policy), projected };
}

/** Achievement rate of a CAGR against a target: actual ÷ target (both in 0.01%). */
export const cagrRate = (actualH: number, targetH: number): Rational | null => div(rat(BigInt(actualH)), rat(BigInt(targetH)));

function cagrCells(j: Judge, t: Extract<ResolvedTarget, { kind: 'cagr' }>): TargetCell[] {
  const cells: TargetCell[] = [];
  for (let k = 1; k <= j.n; k++) {
    const { cagr, projected } = cagrTo(j, t.measure, k, t.negativeBase);
    const binding = k === j.n;
    if (!cagr.ok) {
      cells.push({ year: k, value: null, rate: null, met: null, projected, binding, note: cagr.message });
      continue;
    }
    const h = cagr.value.hundredths;
    const rate = t.targetHundredths ? cagrRate(h, t.targetHundredths) : null;
    cells.push({ year: k, value: hundredthsText(h), rate: rate ? ratioText(rate) : null, met: t.targetHundredths === null ? null : h >= t.targetHundredths, projected, binding });
  }
  return cells;
}

function marginCells(j: Judge, t: Extract<ResolvedTarget, { kind: 'marginEveryYear' }>): TargetCell[] {
  const cells: TargetCell[] = [];
  for (let k = 1; k <= j.n; k++) {
    const y = j.years[k];
    const m = y ? wageMarginExact(y) : null;
    const target = t.marginsYen[k - 1] ?? t.minYen;
    const projected = usesProjected(y, 'jigyojoNaiSaiteiChingin') || !!y?.projected.includes('chiikiBetsuSaiteiChingin');
    if (!m || !m.ok) {
      cells.push({ year: k, value: null, rate: null, met: null, projected, binding: true, note: m?.message ?? '数値がありません' });
      continue;
    }
    cells.push({ year: k, value: signedYen(m.value), rate: `目標 +${target}円`, met: cmp(m.value, rat(BigInt(target))) >= 0, projected, binding: true });
  }
  return cells;
}

function growthCell(j: Judge, m: MeasureId, k: number, targetH: number, binding: boolean): TargetCell {
  const a = measureAt(j, 0, m);
  const b = measureAt(j, k, m);
  const projected = usesProjected(j.years[k], m);
  if (!a.ok || !b.ok) return { year: k, value: null, rate: null, met: null, projected, binding, note: (!a.ok ? a : b.ok ? null : b)?.message };
  const g = growthExact(a.value, b.value);
  if (!g.ok) return { year: k, value: null, rate: null, met: null, projected, binding, note: g.message };
  return { year: k, value: truncPercent(g.value).display, rate: `目標 ${hundredthsText(targetH)}`, met: growthMeets(g.value, targetH), projected, binding };
}

export function targetReport(j: Judge, t: ResolvedTarget): TargetReport {
  let cells: TargetCell[] = [];
  let targetText = '';
  switch (t.kind) {
    case 'cagr':
      cells = cagrCells(j, t);
      targetText = t.targetHundredths === null ? '目標値が分かりません' : `${MEASURE_NAMES[t.measure]}の年平均成長率 ${hundredthsText(t.targetHundredths)}以上（最終年度）`;
      break;
    case 'marginEveryYear':
      cells = marginCells(j, t);
      targetText = `事業場内最低賃金を毎年${t.checkMonth}月末に地域別最低賃金 +${Math.min(...t.marginsYen, t.minYen) === Math.max(...t.marginsYen, t.minYen) ? t.minYen : `${Math.min(...t.marginsYen)}〜${Math.max(...t.marginsYen)}`}円以上`;
      break;
    case 'cumulativeGrowth': {
      const pct = t.targetsByYears[String(j.n)];
      const h = pct === undefined ? null : Math.round(pct * 100);
      for (let k = 1; k <= j.n; k++) cells.push(h === null ? { year: k, value: null, rate: null, met: null, projected: false, binding: k === j.n, note: `${j.n}年計画の目標がありません` } : growthCell(j, t.measure, k, h, k === j.n));
      targetText = h === null ? `${j.n}年計画の目標がありません` : `${MEASURE_NAMES[t.measure]}の伸び率 ${hundredthsText(h)}以上（最終年度）`;
      break;
    }
    case 'growthToYear':
      cells = [growthCell(j, t.measure, t.planYear, Math.round(t.minPercent * 100), true)];
      targetText = `${MEASURE_NAMES[t.measure]}の伸び ${hundredthsText(Math.round(t.minPercent * 100))}以上`;
      break;
    case 'ownWageIncrease': {
      const a = j.years[0]?.figures.jigyojoNaiSaiteiChingin ?? null;
      const y = j.years[t.planYear];
      const b = y?.figures.jigyojoNaiSaiteiChingin ?? null;
      const projected = !!y?.projected.includes('jigyojoNaiSaiteiChingin');
      cells = [a === null || b === null
        ? { year: t.planYear, value: null, rate: null, met: null, projected, binding: true, note: '事業場内最低賃金（申請時と終了時）が必要です' }
        : { year: t.planYear, value: signedYen(sub(rat(BigInt(Math.round(b))), rat(BigInt(Math.round(a))))), rate: `目標 +${t.minYen}円`, met: b - a >= t.minYen, projected, binding: true }];
      targetText = `事業場内最低賃金を申請時より +${t.minYen}円以上`;
      break;
    }
    case 'rising': {
      const a = measureAt(j, t.fromPlanYear, t.measure);
      const b = measureAt(j, t.toPlanYear, t.measure);
      const projected = usesProjected(j.years[t.toPlanYear], t.measure);
      cells = [a.ok && b.ok
        ? { year: t.toPlanYear, value: yenFine(b.value), rate: `${t.fromPlanYear}年目 ${yenFine(a.value)}`, met: cmp(b.value, a.value) > 0, projected, binding: true }
        : { year: t.toPlanYear, value: null, rate: null, met: null, projected, binding: true, note: (!a.ok ? a : !b.ok ? b : null)?.message }];
      targetText = `${MEASURE_NAMES[t.measure]}が${t.fromPlanYear}年目を上回る`;
      break;
    }
    case 'plan':
      for (let k = 1; k <= j.n; k++) {
        const p = planYear(j.app, k);
        const act = measureAt(j, k, t.measure);
        const plan = p ? measureExact(p, t.measure, j.fteDigits) : null;
        const projected = usesProjected(j.years[k], t.measure);
        if (!act.ok) {
          cells.push({ year: k, value: null, rate: null, met: null, projected, binding: false, note: act.message });
          continue;
        }
        const rate = plan?.ok ? div(act.value, plan.value) : null;
        cells.push({ year: k, value: yenFine(act.value), rate: rate ? `計画比 ${ratioText(rate)}` : null, met: plan?.ok ? cmp(act.value, plan.value) >= 0 : null, projected, binding: false });
      }
      targetText = `${MEASURE_NAMES[t.measure]}（計画表の各年と比較）`;
      break;
  }
  const decisive = cells.filter((c) => c.binding);
  const met = t.kind === 'plan' ? null : decisive.some((c) => c.met === false) ? false : decisive.length > 0 && decisive.every((c) => c.met === true) ? true : null;
  return { id: t.id, label: t.label, kind: t.kind, targetText, basis: t.basis, source: t.source, cells, met };
}
