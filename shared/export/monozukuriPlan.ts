import type { FinancialPlan, FinancialYear } from '../schemas/financialPlan';
import type { ComputedFigures } from '../checks/types';
import type { FinanceResult } from '../finance/result';
import { fukaKachiGaku, hitoriAtariKyuyo, kyuyoShikyuSogaku, rodoBunpairitsu, saiteiChinginMargin } from '../finance/figures';
import { cagrOfficial } from '../finance/cagr';
import { plainNumber, yen } from '../format/numbers';
import type { IndicatorId } from '../finance/indicators';
import { fiscalPeriodLabels, latestActualIndex } from './fiscalYears';
import type { Grid, GridRow } from './grid';

/**
 * The もの補助 会社全体の事業計画 as the e-application has it: in 円, 基準年度 (the last actual year, the
 * base of every CAGR) and 1年目〜5年目 with each year's 年/月期, every row of the official table.
 */

type Val = number | null | FinanceResult<number>;
const value = (v: Val): number | null => (v === null ? null : typeof v === 'number' ? v : v.ok ? v.value : null);
const money = (v: Val) => {
  const n = value(v);
  return n === null ? { cell: '', copy: '' } : { cell: yen(n), copy: String(Math.trunc(n)) };
};
const people = (v: Val) => {
  const n = value(v);
  return n === null ? { cell: '', copy: '' } : { cell: plainNumber(n, 1), copy: String(n) };
};
const percent = (v: Val) => {
  const n = value(v);
  return n === null ? { cell: '', copy: '' } : { cell: n.toFixed(1), copy: n.toFixed(1) };
};

function kyuryo(y: FinancialYear): number | null {
  return y.kyuyoShikyuSogaku === null || y.kyuyoShoyo === null ? null : y.kyuyoShikyuSogaku - y.kyuyoShoyo;
}

const ROWS: { label: string; of: (y: FinancialYear) => { cell: string; copy: string }; emphasis?: boolean }[] = [
  { label: '① 売上高', of: (y) => money(y.uriageDaka) },
  { label: '② 営業利益', of: (y) => money(y.eigyoRieki) },
  { label: '③ 経常利益', of: (y) => money(y.keijoRieki) },
  { label: '④ 人件費', of: (y) => money(y.jinkenHi) },
  { label: '⑤ 減価償却費', of: (y) => money(y.genkaShokyakuHi) },
  { label: '⑥ 付加価値額（②＋④＋⑤）', of: (y) => money(fukaKachiGaku(y)), emphasis: true },
  { label: '労働分配率（％）（④÷⑥×100）', of: (y) => percent(rodoBunpairitsu(y)) },
  { label: '⑦ 設備投資額', of: (y) => money(y.setsubiToshi) },
  { label: '⑧ 給与支給総額', of: (y) => money(kyuyoShikyuSogaku(y, 'zentai')) },
  { label: '⑨ ⑧のうち、役員報酬', of: (y) => money(y.yakuinKyuyo) },
  { label: '⑩ ⑧のうち、従業員の給与支給総額', of: (y) => money(y.kyuyoShikyuSogaku) },
  { label: '⑪ ⑩のうち、賞与', of: (y) => money(y.kyuyoShoyo) },
  { label: '⑫ ⑩のうち、給料、賃金（⑩－⑪）', of: (y) => money(kyuryo(y)) },
  { label: '⑬ 役員数（人）', of: (y) => people(y.yakuinSu) },
  { label: '⑭ 従業員数（人）', of: (y) => people(y.jugyoinSu) },
  { label: '一人当たり給与支給総額（⑧÷（⑬＋⑭））', of: (y) => money(hitoriAtariKyuyo(y, 'zentai')) },
  { label: '役員一人当たり給与支給総額（⑨÷⑬）', of: (y) => money(hitoriAtariKyuyo(y, 'yakuin')) },
  { label: '従業員一人当たり給与支給総額（⑩÷⑭）', of: (y) => money(hitoriAtariKyuyo(y, 'jugyoin')) },
  {
    label: '従業員一人当たり給与、賃金（⑫÷⑭）',
    of: (y) => {
      const k = kyuryo(y);
      return money(k === null || !y.jugyoinSu ? null : Math.trunc(k / y.jugyoinSu));
    },
  },
  { label: '事業所内最低賃金（円／時）', of: (y) => money(y.jigyojoNaiSaiteiChingin) },
];

/** The years the form shows: 基準年度 (the last actual year) and the plan years after it. */
export function formYears(plan: FinancialPlan): { years: FinancialYear[]; offset: number } {
  const base = Math.max(0, latestActualIndex(plan.years));
  return { years: plan.years.slice(base), offset: base };
}

export function monozukuriPlanGrid(plan: FinancialPlan, fiscalYearEndMonth: number | null, now: Date): Grid {
  const { years, offset } = formYears(plan);
  const periods = fiscalPeriodLabels(plan.years, fiscalYearEndMonth, now).slice(offset);
  const columns = years.map((y, i) => `${i === 0 && y.kind === 'actual' ? '基準年度' : `${i}年目`}\n${periods[i] ?? '（　年　月期）'}`);
  const rows: GridRow[] = ROWS.map((r) => {
    const cells = years.map((y) => r.of(y));
    return { label: r.label, cells: cells.map((c) => c.cell), copy: cells.map((c) => c.copy), ...(r.emphasis ? { emphasis: true } : {}) };
  });
  return { title: '会社全体の事業計画', unit: '円', corner: '計算単位：会社全体', columns, rows };
}

/** 経営状況表（直近2期分の実績）, もの補助 1.(4): the last two actual years, in 円. */
export function keieiJokyoGrid(plan: FinancialPlan, fiscalYearEndMonth: number | null, now: Date): Grid {
  const periods = fiscalPeriodLabels(plan.years, fiscalYearEndMonth, now);
  const idx = plan.years.flatMap((y, i) => (y.kind === 'actual' ? [i] : [])).slice(-2);
  const years = idx.map((i) => plan.years[i]!);
  const pick: { label: string; of: (y: FinancialYear) => { cell: string; copy: string } }[] = [
    { label: '① 売上高', of: (y) => money(y.uriageDaka) },
    { label: '② 営業利益', of: (y) => money(y.eigyoRieki) },
    { label: '③ 経常利益', of: (y) => money(y.keijoRieki) },
    { label: '④ 税引後当期利益', of: (y) => money(y.tokiJunRieki) },
    { label: '⑤ 人件費', of: (y) => money(y.jinkenHi) },
    { label: '⑥ 減価償却費', of: (y) => money(y.genkaShokyakuHi) },
    { label: '⑦ 付加価値額', of: (y) => money(fukaKachiGaku(y)) },
    { label: '⑧ 設備投資額', of: (y) => money(y.setsubiToshi) },
    { label: '⑨ 給与支給総額', of: (y) => money(kyuyoShikyuSogaku(y, 'zentai')) },
    { label: '⑩ ⑨のうち役員報酬', of: (y) => money(y.yakuinKyuyo) },
    { label: '⑪ ⑨のうち従業員給与', of: (y) => money(y.kyuyoShikyuSogaku) },
    { label: '⑫ ⑪のうち賞与', of: (y) => money(y.kyuyoShoyo) },
    { label: '⑬ ⑪のうち給料賃金', of: (y) => money(kyuryo(y)) },
    { label: '⑭ 役員数（人）', of: (y) => people(y.yakuinSu) },
    { label: '⑮ 従業員数（人）', of: (y) => people(y.jugyoinSu) },
  ];
  return {
    title: '経営状況表（直近2期分の実績）',
    unit: '円',
    corner: '',
    columns: idx.map((i, k) => `${k === idx.length - 1 ? '直近期' : '前期'}\n${periods[i] ?? plan.years[i]?.label ?? ''}`),
    rows: pick.map((p) => {
      const cells = years.map((y) => p.of(y));
      return { label: p.label, cells: cells.map((c) => c.cell), copy: cells.map((c) => c.copy) };
    }),
  };
}

/** ≪目標値の設定≫: each CAGR from 基準年度 to the final plan year, as the check engine computed it (else computed here). */
export function monozukuriTargetsGrid(plan: FinancialPlan, figures: ComputedFigures | undefined): Grid {
  const { years } = formYears(plan);
  const base = years[0];
  const final = years[years.length - 1];
  const n = years.length - 1;
  const cagr = (id: IndicatorId, of: (y: FinancialYear) => FinanceResult<number> | number | null): { cell: string; copy: string } => {
    const g = figures?.growth.find((x) => x.indicator === id && x.measure === 'cagr');
    if (g) return g.value.ok ? { cell: g.value.value.display.replace('%', ''), copy: g.value.value.display.replace('%', '') } : { cell: '―', copy: '' };
    if (!base || !final || n < 1) return { cell: '', copy: '' };
    const a = value(of(base));
    const b = value(of(final));
    if (a === null || b === null) return { cell: '', copy: '' };
    const c = cagrOfficial(a, b, n, id === 'fukaKachiGaku' ? 'oddRoot' : 'dash');
    return c.ok ? { cell: c.value.display.replace('%', ''), copy: c.value.display.replace('%', '') } : { cell: '―', copy: '' };
  };
  const fuka = cagr('fukaKachiGaku', fukaKachiGaku);
  const kyJ = cagr('kyuyoJugyoin', (y) => y.kyuyoShikyuSogaku);
  const kyY = cagr('kyuyoYakuin', (y) => y.yakuinKyuyo);
  const hJ = cagr('hitoriAtariKyuyoJugyoin', (y) => hitoriAtariKyuyo(y, 'jugyoin'));
  const hY = cagr('hitoriAtariKyuyoYakuin', (y) => hitoriAtariKyuyo(y, 'yakuin'));
  const margins = years.slice(1).map((y) => value(saiteiChinginMargin(y)));
  const minMargin = margins.length > 0 && margins.every((m) => m !== null) ? Math.min(...(margins as number[])) : null;
  const row = (label: string, cells: { cell: string; copy: string }[]): GridRow => ({ label, cells: cells.map((c) => c.cell), copy: cells.map((c) => c.copy) });
  const none = { cell: '', copy: '' };
  return {
    title: '目標値の設定（基準年度に対する事業計画最終年度の年平均成長率）',
    unit: '％',
    corner: '',
    columns: ['事業者全体・従業員', '役員'],
    rows: [
      row('付加価値額（％増加）', [fuka, none]),
      row('給与支給総額（％増加）', [kyJ, kyY]),
      row('1人当たり給与支給総額（％増加）', [hJ, hY]),
      row('事業所内最低賃金（都道府県別最低賃金より 円高い水準）', [minMargin === null ? none : { cell: yen(minMargin), copy: String(minMargin) }, none]),
    ],
  };
}
