import type { FinancialYear } from '../schemas/financialPlan';
import { INDICATOR_NAMES, indicatorExact, type IndicatorId } from '../finance/indicators';
import { toNumber } from '../finance/rational';
import { formatYen } from '../finance/format';
import { fieldValue, choiceValues } from './context';
import { labelOf, type NumericEnv } from './numericEnv';
import { normalizeDigits, quoteAround } from './textScan';
import { anchorColumns, columnScopes, yearScope, type YearScope } from './yearScope';
import type { GrowthFigure } from './types';

/**
 * Consistency between the texts and the tables: a figure quoted in a text ("売上高を3,000万円に",
 * "付加価値額 年率3.5%") that matches no year of the plan table, and schedule quarter codes outside the plan.
 */

const WORDS: [RegExp, IndicatorId][] = [
  [/^(?:一人|1人)(?:当たり|あたり)付加価値額/u, 'hitoriAtariFukaKachiGaku'],
  [/^付加価値額/u, 'fukaKachiGaku'],
  [/^給与支給総額/u, 'kyuyoShikyuSogaku'],
  [/^経常利益/u, 'keijoRieki'],
  [/^営業利益/u, 'eigyoRieki'],
  [/^売上/u, 'uriageDaka'],
];
/** 売上 but not 売上原価 / 売上総利益 / 売上債権 / 売上高営業利益率. */
const WORD_START = /(?:一人|1人)(?:当たり|あたり)付加価値額|付加価値額|給与支給総額|経常利益|営業利益|売上(?!原価|総利益|債権|高?(?:営業|経常)?利益率)高?/gu;
const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*(兆|億|万|千)?(?:\s*(\d[\d,]*(?:\.\d+)?)\s*(万|千))?\s*円/gu;
const PERCENT = /(\d+(?:\.\d+)?)\s*%/gu;
const RATE_WORDS = /年率|年平均|成長|CAGR|伸|増|向上|アップ/u;
const UNIT: Record<string, number> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3 };
const CLAUSE_END = /[。\n]/u;
/** A figure of a part of the business (本事業の売上高, 自社ブランド売上) is not the company's plan-table figure. */
const PART_BEFORE = /(?:本事業|補助事業|当該事業|新事業|新製品|新商品|新サービス|部門|事業部|店舗|商品|製品|[ァ-ヶー]|[A-Za-z])(?:の|による)?\s*$/u;
/** "うち…" (of which) before an amount, or "（構成比" after it: a breakdown, not the total. */
const PART_OF = /うち[^、。]{0,12}$/u;
const SHARE_AFTER = /^\s*[(（]\s*構成比/u;
/** A percentage that quotes a requirement (基準3.1%以上, 要件, 全国平均) rather than the plan. */
const STANDARD_BEFORE = /(?:基準|要件|全国平均|最低賃金)[^。]{0,6}$/u;

function parseNum(s: string): { value: number; decimals: number } {
  const clean = s.replace(/,/g, '');
  const dot = clean.indexOf('.');
  return { value: Number(clean), decimals: dot < 0 ? 0 : clean.length - dot - 1 };
}

/** Values of an indicator in every year where it can be computed (cached per run). */
function yearValues(env: NumericEnv, id: IndicatorId): { label: string; value: number }[] {
  const hit = env.indicatorValues.get(id);
  if (hit) return hit;
  const years: FinancialYear[] = env.app.financialPlan.years;
  const out: { label: string; value: number }[] = [];
  for (const y of years) {
    const v = indicatorExact(y, id);
    const x = v.ok ? toNumber(v.value) : null;
    if (x !== null) out.push({ label: labelOf(y), value: x });
  }
  if (id === 'kyuyoShikyuSogaku') {
    // A text may quote the employees' part only.
    for (const y of years) {
      if (y.kyuyoShikyuSogaku !== null) out.push({ label: labelOf(y), value: y.kyuyoShikyuSogaku });
    }
  }
  env.indicatorValues.set(id, out);
  return out;
}

interface Quoted {
  m: RegExpExecArray;
  quoted: number;
  step: number;
}

/** Every amount of a clause, in 円, with the precision it was written to. */
function amountsOf(clause: string): Quoted[] {
  const out: Quoted[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(clause); m; m = AMOUNT.exec(clause)) {
    const head = parseNum(m[1] ?? '0');
    const u1 = UNIT[m[2] ?? ''] ?? 1;
    const tail = m[3] ? parseNum(m[3]) : null;
    const u2 = UNIT[m[4] ?? ''] ?? 1;
    out.push({ m, quoted: head.value * u1 + (tail ? tail.value * u2 : 0), step: tail ? 10 ** -tail.decimals * u2 : 10 ** -head.decimals * u1 });
  }
  return out;
}

/**
 * A table row pasted as text: two or more amounts separated by nothing but spaces (「売上高 1,000万円 1,200万円」).
 * Its columns are named by the nearest line above that names as many years (the header row; rows of the same
 * table in between are passed over). Calendar years the plan table's labels do not name are placed by the column
 * holding the 直近期 figure. Null when the clause is not a row or no header fits it.
 */
function rowColumns(env: NumericEnv, id: IndicatorId, norm: string, amounts: readonly Quoted[], clause: string, lineStart: number): YearScope[] | null {
  if (amounts.length < 2) return null;
  for (let i = 1; i < amounts.length; i++) {
    const prev = amounts[i - 1]?.m;
    const cur = amounts[i]?.m;
    if (!prev || !cur || !/^\s*$/u.test(clause.slice(prev.index + prev[0].length, cur.index))) return null;
  }
  let end = lineStart - 1;
  for (let up = 0; up < 6 && end > 0; up++) {
    const from = norm.lastIndexOf('\n', end - 1) + 1;
    const cols = columnScopes(env.shape, env.app.financialPlan.years, norm.slice(from, end));
    if (cols.length === amounts.length) {
      if (!cols.every((c) => c.calendar !== null && c.scope.kind === 'none')) return cols.map((c) => c.scope);
      const baseYear = env.shape.base;
      const base = baseYear ? yearValues(env, id).find((v) => v.label === labelOf(baseYear)) : undefined;
      return anchorColumns(env.shape, cols, base ? amounts.findIndex((a) => Math.abs(a.quoted - base.value) < a.step) : -1);
    }
    if (cols.length > 0) return null;
    end = from - 1;
  }
  return null;
}

function checkClause(env: NumericEnv, where: { sectionId: string; fieldId: string }, text: string, norm: string, start: number, end: number, id: IndicatorId): void {
  const clause = norm.slice(start, end);
  const sentenceStart = Math.max(norm.lastIndexOf('。', start), norm.lastIndexOf('\n', start)) + 1;
  const amounts = amountsOf(clause);
  const columns = rowColumns(env, id, norm, amounts, clause, norm.lastIndexOf('\n', start) + 1);
  for (const [k, { m, quoted, step }] of amounts.entries()) {
    if (PART_OF.test(clause.slice(0, m.index)) || SHARE_AFTER.test(clause.slice(m.index + m[0].length))) continue;
    // Only the years the text refers to (「前期」「2024年度」「3年後」…, or the column of a table row); none of the
    // table's years: not compared.
    const scope = columns?.[k] ?? yearScope(env.shape, env.app.financialPlan.years, norm.slice(sentenceStart, start + m.index), clause.slice(m.index + m[0].length));
    if (scope.kind === 'none') continue;
    const inScope = scope.kind === 'years' ? new Set(scope.years.map(labelOf)) : null;
    const values = yearValues(env, id).filter((v) => inScope === null || inScope.has(v.label));
    if (values.length === 0) continue;
    if (values.some((v) => Math.abs(v.value - quoted) < step)) continue;
    // Far outside the table's range (a segment's or another period's figure): not this indicator's plan value.
    const lo = Math.min(...values.map((v) => v.value));
    const hi = Math.max(...values.map((v) => v.value));
    if (lo <= 0 || quoted < lo / 2 || quoted > hi * 2) continue;
    const shown = values.slice(0, 1).concat(values.slice(-1)).filter((v, i, a) => a.findIndex((w) => w.label === v.label) === i);
    env.out.add({
      id: `consistency:amount:${where.sectionId}.${where.fieldId}:${id}:${quoted}`,
      kind: 'consistency',
      severity: 'warning',
      ...where,
      message: `本文の「${quoteAround(text, start + m.index, m[0].length, 8)}」の${INDICATOR_NAMES[id]}${formatYen(quoted)}が、数値計画表（${shown.map((v) => `${v.label} ${formatYen(v.value)}`).join('／')}）のどの年とも一致しません。本文か表のどちらかを直してください。`,
    });
  }
  if (!RATE_WORDS.test(clause)) return;
  const figures = env.growth.filter((g) => g.indicator === id || (id === 'kyuyoShikyuSogaku' && g.indicator.startsWith('kyuyo')));
  const known = figures.flatMap((g: GrowthFigure) => (g.value.ok ? [g.value.value.percent] : []));
  if (known.length === 0) return;
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(clause); m; m = PERCENT.exec(clause)) {
    if (STANDARD_BEFORE.test(clause.slice(0, m.index))) continue;
    const q = parseNum(m[1] ?? '0');
    const step = 10 ** -q.decimals;
    const atLeast = /^\s*(?:以上|超)/u.test(clause.slice(m.index + m[0].length));
    if (known.some((p) => (atLeast ? p >= q.value - 1e-9 : Math.abs(p - q.value) < step + 1e-9))) continue;
    env.out.add({
      id: `consistency:percent:${where.sectionId}.${where.fieldId}:${id}:${q.value}`,
      kind: 'consistency',
      severity: 'warning',
      ...where,
      message: `本文の「${quoteAround(text, start + m.index, m[0].length, 8)}」の${INDICATOR_NAMES[id]}の伸び率${m[1]}%が、数値計画表から計算した値（${figures
        .flatMap((g) => (g.value.ok ? [`${g.measure === 'cagr' ? '年平均' : '累計'}${g.value.value.display}`] : []))
        .join('／')}）と合いません。`,
    });
  }
}

/** Every indicator word starts a clause that runs to the next indicator word or the end of the sentence. */
export function checkQuotedFigures(env: NumericEnv, where: { sectionId: string; fieldId: string }, text: string): void {
  const norm = env.texts.normalized(`${where.sectionId}.${where.fieldId}`, text);
  const hits: { index: number; id: IndicatorId | null }[] = [];
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(norm); m; m = WORD_START.exec(norm)) {
    const id = WORDS.find(([re]) => re.test(m?.[0] ?? ''))?.[1];
    const part = PART_BEFORE.test(norm.slice(Math.max(0, m.index - 10), m.index));
    // A part-of-business word still ends the previous clause, but its figures are not checked.
    hits.push({ index: m.index, id: part ? null : (id ?? null) });
  }
  hits.forEach((h, i) => {
    if (h.id === null) return;
    const next = hits[i + 1]?.index ?? norm.length;
    const stop = norm.slice(h.index, Math.min(next, h.index + 60)).search(CLAUSE_END);
    const end = stop < 0 ? Math.min(next, h.index + 60) : h.index + stop;
    checkClause(env, where, text, norm, h.index, end, h.id);
  });
}

const QUARTER = /^\s*(\d+)\s*-\s*(\d+)\s*$/u;

/** Quarter codes ("年-四半期", e.g. 1-1) in schedule tables must lie within the plan period. */
export function checkSchedule(env: NumericEnv): void {
  if (!env.t.rules.text.scheduleChecks || env.years === null) return;
  const extraField = env.t.rules.text.scheduleExtraYearsField;
  const extra = extraField ? Number(choiceValues(env.app, 'kihon', extraField)[0] ?? '0') || 0 : 0;
  const maxYear = env.years + extra;
  for (const q of env.compiled.quarterColumns) {
    const rows = fieldValue(env.app, q.sectionId, q.fieldId);
    if (!Array.isArray(rows)) continue;
    rows.forEach((row, i) => {
      if (typeof row !== 'object') return;
      for (const col of q.columnIds) {
        const cell = row[col];
        if (cell === null || cell === undefined || String(cell).trim() === '') continue;
        const m = QUARTER.exec(normalizeDigits(String(cell)).replace(/[ー－―‐]/gu, '-'));
        const at = { sectionId: q.sectionId, fieldId: q.fieldId };
        if (!m) {
          env.out.add({ id: `schedule:format:${q.sectionId}.${q.fieldId}:${i}:${col}`, kind: 'consistency', severity: 'hint', ...at, message: `「${q.label}」${i + 1}行目の時期「${String(cell)}」は「年-四半期」（例：1-2）の形で書いてください。` });
          continue;
        }
        const y = Number(m[1]);
        const qt = Number(m[2]);
        if (y < 1 || y > maxYear || qt < 1 || qt > 4) {
          const why = qt < 1 || qt > 4 ? '四半期は1〜4です' : `計画期間（${maxYear}年）の外です`;
          env.out.add({ id: `schedule:range:${q.sectionId}.${q.fieldId}:${i}:${col}`, kind: 'consistency', severity: 'warning', ...at, message: `「${q.label}」${i + 1}行目の時期「${String(cell)}」は${why}。` });
        }
      }
    });
  }
}
