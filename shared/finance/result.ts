import type { FigureKey } from '../schemas/financialPlan';

/** Why a value cannot be computed. Never NaN or Infinity: one of these instead. */
export type UnavailableReason =
  | 'missing' // a figure is not entered
  | 'baseZero' // the base year is 0 (growth over |A| is undefined)
  | 'negativeBase' // the base year is negative (the official tool shows "-")
  | 'zeroEmployees' // a per-head figure with 0 people
  | 'nonPositiveDenominator' // e.g. 労働分配率 with 付加価値額 ≤ 0
  | 'finalBelowOne' // official CAGR tool: a final value < 1 gives "-"
  | 'badPeriod' // plan period not a positive whole number of years
  | 'outOfRange'; // too large to show

export interface Unavailable {
  ok: false;
  reason: UnavailableReason;
  /** The figures that are missing (reason 'missing'). */
  missing: FigureKey[];
  /** Japanese, for the UI: what is missing or why the value has no meaning. */
  message: string;
}

export interface Available<T> {
  ok: true;
  value: T;
}

export type FinanceResult<T> = Available<T> | Unavailable;

export const available = <T>(value: T): Available<T> => ({ ok: true, value });

export const unavailable = (reason: UnavailableReason, message: string, missing: FigureKey[] = []): Unavailable => ({
  ok: false,
  reason,
  missing,
  message,
});

/** Japanese names of the plan-table figures, for messages. */
export const FIGURE_NAMES: Record<FigureKey, string> = {
  uriageDaka: '売上高',
  uriageGenka: '売上原価',
  hanbaiKanriHi: '販売費及び一般管理費',
  eigyoRieki: '営業利益',
  jinkenHi: '人件費',
  genkaShokyakuHi: '減価償却費',
  eigyoGaiShueki: '営業外収益',
  eigyoGaiHiyo: '営業外費用',
  keijoRieki: '経常利益',
  tokiJunRieki: '税引後当期利益',
  jugyoinSu: '従業員数',
  yakuinSu: '役員数',
  kyuyoShikyuSogaku: '給与支給総額（従業員）',
  kyuyoShoyo: '賞与（従業員）',
  yakuinKyuyo: '給与支給総額（役員）',
  jigyojoNaiSaiteiChingin: '事業場内最低賃金',
  chiikiBetsuSaiteiChingin: '地域別最低賃金',
  setsubiToshi: '設備投資額',
};

export function missingMessage(label: string, keys: FigureKey[]): string {
  return `${label}の${keys.map((k) => FIGURE_NAMES[k]).join('・')}が未入力です`;
}
