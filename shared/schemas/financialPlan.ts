import { z } from 'zod';

/**
 * A figure; null = not entered yet. Money is in 円. Each kind has the bounds a real plan can have,
 * with a Japanese message: amounts up to 1兆円 (profits may be negative), head counts 0–1,000,000,
 * hourly wages 0–100,000円.
 */
const bounded = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what}は数値で入力してください` })
    .finite(`${what}は数値で入力してください`)
    .min(min, `${what}は${min.toLocaleString('ja-JP')}以上で入力してください`)
    .max(max, `${what}は${max.toLocaleString('ja-JP')}以下で入力してください`)
    .nullable()
    .default(null);
const ITCHO = 1e12;
const Amount = bounded(0, ITCHO, '金額'); // 0 or more
const Profit = bounded(-ITCHO, ITCHO, '利益'); // may be negative
const HeadCount = bounded(0, 1_000_000, '人数');
const HourlyWage = bounded(0, 100_000, '時給');

/**
 * One fiscal year of the financial plan (直近期 actual, or a plan year).
 * Derived figures (付加価値額, CAGR, …) are computed in shared/finance, never stored.
 */
export const FinancialYear = z.object({
  label: z.string().max(40), // e.g. 直近期, 1年後
  kind: z.enum(['actual', 'plan']),
  uriageDaka: Amount, // 売上高
  uriageGenka: Amount, // 売上原価
  hanbaiKanriHi: Amount, // 販売費及び一般管理費
  eigyoRieki: Profit, // 営業利益
  jinkenHi: Amount, // 人件費
  genkaShokyakuHi: Amount, // 減価償却費
  eigyoGaiShueki: Amount, // 営業外収益
  eigyoGaiHiyo: Amount, // 営業外費用
  keijoRieki: Profit, // 経常利益
  tokiJunRieki: Profit, // 税引後当期利益 (もの補助 経営状況表)
  jugyoinSu: HeadCount, // 従業員数 (人, FTE allowed)
  yakuinSu: HeadCount, // 役員数
  kyuyoShikyuSogaku: Amount, // 給与支給総額 (従業員)
  kyuyoShoyo: Amount, // 賞与: the part of 給与支給総額 (従業員) paid as bonuses (もの補助 ⑪; ⑫ 給料・賃金 = ⑩ − ⑪)
  yakuinKyuyo: Amount, // 役員給与 (給与支給総額 役員分)
  jigyojoNaiSaiteiChingin: HourlyWage, // 事業場内最低賃金 (円/時)
  chiikiBetsuSaiteiChingin: HourlyWage, // 地域別最低賃金 (円/時)
  setsubiToshi: Amount, // 設備投資額
});
export type FinancialYear = z.infer<typeof FinancialYear>;
export type FinancialYearInput = z.input<typeof FinancialYear>;

export const FinancialPlan = z.object({
  /** First entries are actuals (oldest first), then plan years 1年後 … 5年後. */
  years: z.array(FinancialYear).max(10).default([]),
});
export type FinancialPlan = z.infer<typeof FinancialPlan>;

export const FIGURE_KEYS = [
  'uriageDaka',
  'uriageGenka',
  'hanbaiKanriHi',
  'eigyoRieki',
  'jinkenHi',
  'genkaShokyakuHi',
  'eigyoGaiShueki',
  'eigyoGaiHiyo',
  'keijoRieki',
  'tokiJunRieki',
  'jugyoinSu',
  'yakuinSu',
  'kyuyoShikyuSogaku',
  'kyuyoShoyo',
  'yakuinKyuyo',
  'jigyojoNaiSaiteiChingin',
  'chiikiBetsuSaiteiChingin',
  'setsubiToshi',
] as const satisfies readonly (keyof FinancialYear)[];
export type FigureKey = (typeof FIGURE_KEYS)[number];
