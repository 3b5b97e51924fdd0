import type { FinancialPlan } from '../schemas/financialPlan';
import { PLAN_ROWS } from '../schemas/planRows';
import type { ComputedFigures, YearFigures } from '../checks/types';
import type { FinanceResult } from '../finance/result';
import { plainNumber, senYen, yen } from '../format/numbers';
import type { Block } from './docModel';

const shown = (r: FinanceResult<number>, f: (n: number) => string) => (r.ok ? f(r.value) : '算出不可');

const DERIVED: { label: string; pick: (y: YearFigures) => FinanceResult<number>; fmt: (n: number) => string }[] = [
  { label: '付加価値額', pick: (y) => y.fukaKachiGaku, fmt: senYen },
  { label: '一人当たり付加価値額', pick: (y) => y.hitoriAtariFukaKachiGaku, fmt: senYen },
  { label: '1人あたり給与支給総額（従業員）', pick: (y) => y.hitoriAtariKyuyoJugyoin, fmt: senYen },
  { label: '労働分配率（％）', pick: (y) => y.rodoBunpairitsu, fmt: (n) => plainNumber(n, 1) },
];

/**
 * The 数値計画 table (千円) with the derived rows, and the growth each rule measures. Rows nobody filled in
 * any year are left out; each year carries its 年/月期 when the 決算月 is known.
 */
export function planBlocks(plan: FinancialPlan, figures: ComputedFigures | undefined, periods: readonly (string | null)[] = []): Block[] {
  if (plan.years.length === 0) return [{ type: 'paragraph', text: '（数値計画は未入力です）' }];
  const header = ['項目（単位：千円）', ...plan.years.map((y, i) => `${y.label}${y.kind === 'actual' ? '（実績）' : ''}${periods[i] ? `\n${periods[i]}` : ''}`)];
  const used = PLAN_ROWS.filter((r) => plan.years.some((y) => y[r.key] !== null));
  const rows = used.map((r) => [
    r.unit === '千円' ? r.label : `${r.label}（${r.unit}）`,
    ...plan.years.map((y) => (r.unit === '千円' ? senYen(y[r.key]) : r.unit === '円' ? yen(y[r.key]) : plainNumber(y[r.key]))),
  ]);
  const derivedStart = rows.length;
  if (figures) for (const d of DERIVED) rows.push([d.label, ...figures.years.map((y) => shown(d.pick(y), d.fmt))]);
  const blocks: Block[] = [
    {
      type: 'table',
      columns: header.map((h, i) => ({ header: h, width: i === 0 ? 3 : 1.3, align: i === 0 ? 'left' : 'right' })),
      rows,
      emphasisRows: figures ? DERIVED.map((_, i) => derivedStart + i) : [],
      size: 'small',
    },
  ];
  const growth = figures?.growth ?? [];
  if (growth.length > 0) {
    const lines = growth.map((g) => {
      const v = g.value.ok ? `${g.measure === 'cagr' ? '年率平均' : '伸び率'} ${g.value.value.display}` : `算出不可（${g.value.message}）`;
      const target = g.targetPercent === null ? '' : `（目標 ${g.targetPercent.toFixed(1)}%以上: ${g.met === null ? '判定不可' : g.met ? '達成' : '未達'}）`;
      return `・${g.name}（${g.baseLabel}→${g.finalLabel}）: ${v}${target}`;
    });
    blocks.push({ type: 'paragraph', text: lines.join('\n'), size: 'small' });
  }
  return blocks;
}
