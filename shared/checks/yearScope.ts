import type { FinancialYear } from '../schemas/financialPlan';
import type { PlanShape } from '../finance/plan';

/**
 * Which years of the plan table a figure quoted in a text refers to, read from the words around it:
 * 「3年後」 the third plan year, 「最終年度」 the last, 「前期」「直近期」 the latest actual, 「前々期」「2期前」
 * older actuals, 「2024年度」「2025年3月期」「令和6年」 the year whose label names it, past-tense words
 * (だった, 推移した, 実績) of no named year are history and not compared. A figure is compared with the plan only for the years it refers
 * to; one about a year the table does not hold is not compared at all. In a table row pasted as text
 * (「売上高 1,000万円 1,200万円 1,400万円」 under 「2020年度 2021年度 2022年度」), each figure refers to the year its
 * column's header names (`columnScopes`).
 */
export type YearScope = { kind: 'any' } | { kind: 'years'; years: FinancialYear[] } | { kind: 'none' };

const ANY: YearScope = { kind: 'any' };
const NONE: YearScope = { kind: 'none' };
const only = (ys: (FinancialYear | null | undefined)[]): YearScope => {
  const years = ys.filter((y): y is FinancialYear => !!y);
  return years.length ? { kind: 'years', years } : NONE;
};

const PLAN_N = /(\d+)\s*年(?:後|目)/gu;
const FINAL = /最終年|計画終了|計画期間終了|最終期/u;
const LATEST = /直近期|直近の決算|前期|前年度|前年|昨年度|昨年|昨期/u;
const OLDER = /前々期|前々年|(\d+)\s*期前/u;
const CALENDAR = /(?:(20\d\d)|令和\s*(\d{1,2})|R\s*(\d{1,2}))\s*年(?:度|\s*\d{1,2}\s*月期)?/gu;
const PAST_WORDS = /実績|過去|これまで|創業以来|当時|だった|であった|でした|となった|推移し|落ち込|減少し|伸び悩/u;

/** Western year of a calendar mention (令和6年 → 2024). */
function yearOf(m: RegExpExecArray): number {
  if (m[1]) return Number(m[1]);
  return 2018 + Number(m[2] ?? m[3]);
}

/** The table years whose label names a western or 令和 year. */
function labelled(years: readonly FinancialYear[], y: number): FinancialYear[] {
  const reiwa = y - 2018;
  return years.filter((t) => t.label.includes(String(y)) || new RegExp(`(?:令和|R)\\s*${reiwa}(?!\\d)`, 'u').test(t.label));
}

/**
 * `before` is the sentence up to the figure, `after` the rest of the sentence. The mention nearest the
 * figure wins (the last one before it).
 */
export function yearScope(shape: PlanShape, all: readonly FinancialYear[], before: string, after: string): YearScope {
  const near = before.slice(-40);
  // A mention already followed by another figure belonged to that figure (「直近期の2,500万円から3,000万円へ」).
  const lastFigure = Math.max(-1, ...[...near.matchAll(/\d[\d,.]*\s*(?:兆|億|万|千)?\s*円/gu)].map((m) => m.index + m[0].length));
  let best: { at: number; scope: YearScope } | null = null;
  const consider = (at: number, scope: YearScope) => {
    if (at < lastFigure) return;
    if (!best || at > best.at) best = { at, scope };
  };
  for (const m of near.matchAll(PLAN_N)) consider(m.index, only([shape.planYears[Number(m[1]) - 1]]));
  for (const m of near.matchAll(CALENDAR)) consider(m.index, only(labelled(all, yearOf(m))));
  const fin = FINAL.exec(near);
  if (fin) consider(fin.index, only([shape.planYears.at(-1)]));
  const older = OLDER.exec(near);
  if (older) consider(older.index, only([shape.actuals.at(-(older[1] ? Number(older[1]) + 1 : 2))]));
  const latest = LATEST.exec(near);
  if (latest && !(older && older.index <= latest.index && latest.index < older.index + older[0].length)) consider(latest.index, only([shape.base]));
  if (best) return (best as { scope: YearScope }).scope;
  // Past figures of no named year (創業当時, これまで…) are history, not the plan table: not compared.
  if (PAST_WORDS.test(after.slice(0, 24)) || PAST_WORDS.test(near.slice(lastFigure + 1))) return NONE;
  return ANY;
}

/** One column heading of a table: a calendar year (2024年度, 令和6年, 2025年3月期), n年後 / n年目, or 直近期・前期. */
const COLUMN = /(?:(20\d\d)|令和\s*(\d{1,2})|R\s*(\d{1,2}))\s*年(?:度|\s*\d{1,2}\s*月期)?|(\d+)\s*年(?:後|目)|直近期|前期|前年度/gu;

export interface Column {
  scope: YearScope;
  /** The western year a calendar heading names (2022年度 → 2022), else null. */
  calendar: number | null;
}

/**
 * The year each column of a table's header row refers to, left to right (「2021年度 2022年度 2023年度」,
 * 「直近期 1年後 2年後」). A calendar column naming no year of the plan table is `none` until anchored.
 */
export function columnScopes(shape: PlanShape, all: readonly FinancialYear[], header: string): Column[] {
  return [...header.matchAll(COLUMN)].map((m) => {
    if (m[1] || m[2] || m[3]) return { scope: only(labelled(all, yearOf(m))), calendar: yearOf(m) };
    if (m[4]) return { scope: only([shape.planYears[Number(m[4]) - 1]]), calendar: null };
    return { scope: only([shape.base]), calendar: null };
  });
}

/**
 * Calendar columns placed by the column that holds the 直近期 figure (the plan table's labels name no calendar
 * year): the year after it is 1年後, the year before it 前期; years the table does not hold are `none`.
 */
export function anchorColumns(shape: PlanShape, cols: readonly Column[], baseAt: number): YearScope[] {
  const anchor = cols[baseAt]?.calendar;
  return cols.map((c) => {
    if (c.calendar === null || anchor === null || anchor === undefined) return NONE;
    const offset = c.calendar - anchor;
    if (offset === 0) return only([shape.base]);
    return offset > 0 ? only([shape.planYears[offset - 1]]) : only([shape.actuals.at(offset - 1)]);
  });
}
