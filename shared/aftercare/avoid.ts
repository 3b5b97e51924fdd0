import { allHold } from '../checks/context';
import { cmp, fromNumber, rat, type Rational } from '../finance/rational';
import { measureAt, type Judge } from './achievement';
import { jaDate } from './calendar';
import { yenFine, yenText } from './format';
import type { HenkanLine } from './henkan';
import { marginYears } from './henkanMinWage';
import { headsOf, MEASURE_NAMES } from './measures';
import type { AftercareRules, MeasureId } from './schema';
import { minFinalYen, minForGrowth, minTotalForPerHead, minTotalForPerHeadGrowth } from './solver';
import type { ResolvedTarget } from './targets';
import type { Timeline } from './timeline';

/**
 * What would avoid the 返還 still ahead: for each rule, the smallest figure that meets its target in
 * the year that decides it next (the next 3月末 for the minimum wage, the final year for the wage
 * growth, the project's end for 持続化's 特例), against the figures as they stand.
 */
export interface AvoidItem {
  label: string;
  current: string | null;
  needed: string;
  /** How much more than now ("+12,345円"), when the current figure is known. */
  diff: string | null;
  neededYen: number;
}

export interface AvoidHint {
  ruleId: string;
  title: string;
  year: number;
  /** The day it is judged, when known. */
  deadline: string | null;
  /** Any one alternative avoids it (給与支給総額 or 1人あたり); every item of the alternative is needed. */
  alternatives: { label: string; items: AvoidItem[] }[];
  /** The 返還 this avoids (this rule's amount now). */
  avoidsYen: number | null;
  note?: string;
}

const PER_HEAD: Partial<Record<MeasureId, 'jugyoin' | 'yakuin'>> = { hitoriAtariKyuyoJugyoin: 'jugyoin', hitoriAtariKyuyoYakuin: 'yakuin' };
const TOTAL_OF: Partial<Record<MeasureId, string>> = { hitoriAtariKyuyoJugyoin: '給与支給総額（従業員）', hitoriAtariKyuyoYakuin: '給与支給総額（役員）' };

const num = (r: Rational) => Number(r.n) / Number(r.d);
const item = (label: string, current: Rational | null, needed: bigint, extra = ''): AvoidItem => {
  const diff = current === null ? null : rat(needed * current.d - current.n, current.d);
  return { label, current: current === null ? null : yenFine(current), needed: `${yenText(needed)}以上${extra}`, diff: diff === null ? null : `+${yenFine(diff)}`, neededYen: Number(needed) };
};

/** The total of the group in year k (給与支給総額), for per-head targets. */
function groupTotal(j: Judge, k: number, group: 'jugyoin' | 'yakuin'): Rational | null {
  const r = measureAt(j, k, group === 'jugyoin' ? 'kyuyoJugyoin' : 'kyuyoYakuin');
  return r.ok ? r.value : null;
}

/** What the final year needs for one CAGR target not yet reached; null when it is reached or cannot be said. */
function cagrItem(j: Judge, t: Extract<ResolvedTarget, { kind: 'cagr' }>): AvoidItem | null | 'met' {
  if (t.targetHundredths === null) return null;
  const base = measureAt(j, 0, t.measure);
  const now = measureAt(j, j.n, t.measure);
  if (!base.ok) return null;
  const group = PER_HEAD[t.measure];
  if (group) {
    const heads = j.years[j.n] ? headsOf(j.years[j.n]!, group, j.fteDigits) : null;
    if (!heads?.ok) return null;
    const x = minTotalForPerHead(base.value, heads.value, j.n, t.targetHundredths, t.negativeBase);
    if (x === null) return null;
    const cur = groupTotal(j, j.n, group);
    if (cur !== null && cmp(cur, rat(x)) >= 0) return 'met';
    const perHead = rat(x * heads.value.d, heads.value.n);
    return item(`${TOTAL_OF[t.measure]}（${num(heads.value)}人）`, cur, x, `（1人あたり ${yenFine(perHead)}以上）`);
  }
  const x = minFinalYen(base.value, j.n, t.targetHundredths, t.negativeBase);
  if (x === null) return null;
  if (now.ok && cmp(now.value, rat(x)) >= 0) return 'met';
  return item(MEASURE_NAMES[t.measure], now.ok ? now.value : null, x);
}

function finalDeadline(tl: Timeline): string | null {
  return tl.years[tl.n - 1]?.end ?? null;
}

export function avoidHints(j: Judge, rules: AftercareRules, targets: Map<string, ResolvedTarget>, lines: readonly HenkanLine[], tl: Timeline, today: string, kofuYen: bigint | null): AvoidHint[] {
  const hints: AvoidHint[] = [];
  const lineOf = (id: string) => lines.find((l) => l.ruleId === id);
  const finalOpen = (() => {
    const end = finalDeadline(tl);
    return end === null || end >= today;
  })();

  const minWageHint = (ruleId: string, title: string, targetId: string, avoids: number | null) => {
    const t = targets.get(targetId);
    if (!t || t.kind !== 'marginEveryYear') return;
    const next = marginYears(j, t, tl).find((y) => y.checkDate !== null && y.checkDate >= today);
    if (!next) return;
    const y = j.years[next.year];
    const regional = y?.figures.chiikiBetsuSaiteiChingin ?? null;
    if (regional === null) return;
    const needed = BigInt(Math.ceil(regional + next.target));
    const cur = y?.figures.jigyojoNaiSaiteiChingin ?? null;
    if (cur !== null && cur >= Number(needed)) return;
    const regionalProjected = !!y?.projected.includes('chiikiBetsuSaiteiChingin');
    hints.push({
      ruleId,
      title,
      year: next.year,
      deadline: next.checkDate,
      alternatives: [{ label: `事業場内最低賃金（地域別 ${regional.toLocaleString('en-US')}円 + ${next.target}円）`, items: [item('事業場内最低賃金（時給）', cur === null ? null : fromNumber(cur), needed)] }],
      avoidsYen: avoids,
      ...(regionalProjected ? { note: `地域別最低賃金は入力済みの最新の値（${regional.toLocaleString('en-US')}円）のままで計算しています。改定後の額を${next.year}年目に入力してください。` } : {}),
    });
  };

  for (const rule of rules.henkan) {
    if (!allHold(j.app, rule.when)) continue;
    const line = lineOf(rule.id);
    const perMiss = kofuYen === null ? null : Number(kofuYen / BigInt(j.n));
    if (rule.kind === 'minWageYears') minWageHint(rule.id, rule.title, rule.target, perMiss);
    if (rule.kind === 'wageShortfall' && finalOpen && line && line.status === 'henkan') {
      const alternatives: AvoidHint['alternatives'] = [];
      let anyMet = false;
      for (const p of rule.paths) {
        const items: AvoidItem[] = [];
        let unknown = false;
        for (const g of p.groups) {
          const t = targets.get(g.target);
          if (!t || t.kind !== 'cagr') continue;
          const it = cagrItem(j, t);
          if (it === null) unknown = true;
          else if (it !== 'met') items.push({ ...it, label: `${it.label}` });
        }
        if (!unknown && items.length === 0) anyMet = true;
        if (!unknown && items.length > 0) alternatives.push({ label: p.label, items });
      }
      if (!anyMet && alternatives.length > 0) hints.push({ ruleId: rule.id, title: rule.title, year: j.n, deadline: finalDeadline(tl), alternatives, avoidsYen: line.yen });
    }
    if (rule.kind === 'upliftShortfall' && finalOpen && line && line.status === 'henkan') {
      const items: AvoidItem[] = [];
      for (const g of rule.wageGroups) {
        const t = targets.get(g.target);
        if (t && t.kind === 'cagr') {
          const it = cagrItem(j, t);
          if (it && it !== 'met') items.push(it);
        }
      }
      if (items.length > 0) hints.push({ ruleId: rule.id, title: rule.title, year: j.n, deadline: finalDeadline(tl), alternatives: [{ label: '特例給与支給総額目標値', items }], avoidsYen: line.yen });
      minWageHint(rule.id, `${rule.title}（最低賃金 +${(targets.get(rule.minWageTarget) as { minYen?: number } | undefined)?.minYen ?? ''}円）`, rule.minWageTarget, line.yen);
    }
    if (rule.kind === 'wholeGrant' || rule.kind === 'unknown') {
      for (const id of rule.targets) {
        const t = targets.get(id);
        if (!t) continue;
        const span = 'planYear' in t ? tl.years[t.planYear - 1] : undefined;
        if (span?.end && span.end < today) continue;
        const avoids = rule.kind === 'wholeGrant' ? (line?.yen ?? null) : null;
        if (t.kind === 'ownWageIncrease') {
          const base = j.years[0]?.figures.jigyojoNaiSaiteiChingin ?? null;
          const cur = j.years[t.planYear]?.figures.jigyojoNaiSaiteiChingin ?? null;
          if (base === null) continue;
          const needed = BigInt(Math.ceil(base + t.minYen));
          if (cur !== null && cur >= Number(needed)) continue;
          hints.push({ ruleId: rule.id, title: rule.title, year: t.planYear, deadline: span?.end ?? null, alternatives: [{ label: `申請時 ${base.toLocaleString('en-US')}円 + ${t.minYen}円`, items: [item('事業場内最低賃金（時給）', cur === null ? null : fromNumber(cur), needed)] }], avoidsYen: avoids });
        }
        if (t.kind === 'growthToYear') {
          const base = measureAt(j, 0, t.measure);
          if (!base.ok) continue;
          const group = PER_HEAD[t.measure];
          const targetH = Math.round(t.minPercent * 100);
          if (group) {
            const heads = j.years[t.planYear] ? headsOf(j.years[t.planYear]!, group, j.fteDigits) : null;
            if (!heads?.ok) continue;
            const x = minTotalForPerHeadGrowth(base.value, heads.value, targetH);
            const cur = groupTotal(j, t.planYear, group);
            if (x === null || (cur !== null && cmp(cur, rat(x)) >= 0)) continue;
            hints.push({ ruleId: rule.id, title: rule.title, year: t.planYear, deadline: span?.end ?? null, alternatives: [{ label: t.label, items: [item(`${TOTAL_OF[t.measure]}（${num(heads.value)}人）`, cur, x)] }], avoidsYen: avoids });
          } else {
            const x = minForGrowth(base.value, targetH);
            const cur = measureAt(j, t.planYear, t.measure);
            if (x === null || (cur.ok && cmp(cur.value, rat(x)) >= 0)) continue;
            hints.push({ ruleId: rule.id, title: rule.title, year: t.planYear, deadline: span?.end ?? null, alternatives: [{ label: t.label, items: [item(MEASURE_NAMES[t.measure], cur.ok ? cur.value : null, x)] }], avoidsYen: avoids });
          }
        }
      }
    }
  }
  // The most urgent first (a hint without a known date last).
  return hints.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
}

export const deadlineText = (d: string | null): string => (d ? `${jaDate(d)}まで` : '');
