import { z } from 'zod';

/** A money or count figure; null = not entered yet. Money is in 円 (yen). */
const Figure = z.number().finite().nullable().default(null);

/**
 * One fiscal year of the financial plan (直近期 actual, or a plan year).
 * Derived figures (付加価値額, CAGR, …) are computed in shared/finance, never stored.
 */
export const FinancialYear = z.object({
  label: z.string().max(40), // e.g. 直近期, 1年後
  kind: z.enum(['actual', 'plan']),
  uriageDaka: Figure, // 売上高
  uriageGenka: Figure, // 売上原価
  hanbaiKanriHi: Figure, // 販売費及び一般管理費
  eigyoRieki: Figure, // 営業利益
  jinkenHi: Figure, // 人件費
  genkaShokyakuHi: Figure, // 減価償却費
  eigyoGaiShueki: Figure, // 営業外収益
  eigyoGaiHiyo: Figure, // 営業外費用
  keijoRieki: Figure, // 経常利益
  jugyoinSu: Figure, // 従業員数 (人, FTE allowed)
  yakuinSu: Figure, // 役員数
  kyuyoShikyuSogaku: Figure, // 給与支給総額 (従業員)
  yakuinKyuyo: Figure, // 役員給与 (給与支給総額 役員分)
  jigyojoNaiSaiteiChingin: Figure, // 事業場内最低賃金 (円/時)
  chiikiBetsuSaiteiChingin: Figure, // 地域別最低賃金 (円/時)
  setsubiToshi: Figure, // 設備投資額
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
  'jugyoinSu',
  'yakuinSu',
  'kyuyoShikyuSogaku',
  'yakuinKyuyo',
  'jigyojoNaiSaiteiChingin',
  'chiikiBetsuSaiteiChingin',
  'setsubiToshi',
] as const satisfies readonly (keyof FinancialYear)[];
export type FigureKey = (typeof FIGURE_KEYS)[number];
