import { formatIndicatorValue, INDICATOR_IDS, INDICATORS } from '../../../shared/lokaben/indicators';
import { answersFeeding, PLAN_SECTIONS, type PlanSectionTag } from '../../../shared/lokaben/questions';
import type { HizaimuAnswers } from '../../../shared/lokaben/schema';
import { evaluateWith, MAX_TOTAL, type LokabenEvaluation } from '../../../shared/lokaben/scoring';
import { chooseBenchmark, type BenchmarkChoiceSource } from '../../../shared/lokaben/benchmarkChoice';

/**
 * The ロカベン analysis as text an advisor can cite in a plan section (pure; no React). Which
 * material a section gets follows its template `purpose`:
 *   kigyoGaiyo, genjoKadai → 経営状況分析 (the six indicators + answers about the business's situation)
 *   tsuyomi               → 自社の強み (answers + indicators scoring above the industry benchmark)
 *   shijoKokyaku          → 顧客ニーズと市場の動向 (answers)
 */
export const MATERIAL_PURPOSES: Record<string, PlanSectionTag> = {
  kigyoGaiyo: 'keieiJokyo',
  genjoKadai: 'keieiJokyo',
  tsuyomi: 'tsuyomi',
  shijoKokyaku: 'kokyakuNeeds',
};

/** The plan-section tag of a template purpose, or undefined when the analysis does not feed it. */
export function materialTag(purpose: string | undefined): PlanSectionTag | undefined {
  return purpose !== undefined && Object.prototype.hasOwnProperty.call(MATERIAL_PURPOSES, purpose) ? MATERIAL_PURPOSES[purpose] : undefined;
}

export interface MaterialItem {
  id: string;
  heading: string;
  text: string;
}

export interface Material {
  /** e.g. 経営状況分析 */
  title: string;
  items: MaterialItem[];
  /** Things to know before citing, e.g. that the scores use placeholder benchmarks. */
  notes: string[];
}

/** The saved record (LokabenDto) or what the ロカベン page shows; the benchmark is chosen as there (benchmarkChoice.ts). */
export interface MaterialSource extends BenchmarkChoiceSource {
  hizaimu: HizaimuAnswers;
}

const PLACEHOLDER_NOTE = '評点は仮の基準値によるため、引用する文には数値だけを入れ、評点・総合評価は入れていません。';

/** One line per indicator: the values oldest → newest, the newest score (unless placeholder). */
function analysisText(e: LokabenEvaluation, withScores: boolean): string {
  const ps = e.periods;
  const last = ps[ps.length - 1];
  if (!last) return '';
  const lines = [`ローカルベンチマークにより直近${ps.length}期（${ps.map((p) => p.label).join('、')}）の決算を${e.benchmarkLabel}の基準値と比べて分析した。`];
  for (const id of INDICATOR_IDS) {
    const info = INDICATORS[id];
    const values = ps.map((p) => {
      const r = p.indicators[id].result;
      if (!r.ok) return `${p.label} 算出不可`;
      return `${p.label} ${formatIndicatorValue(id, r.value)}${r.note ? `（${r.note}）` : ''}`;
    });
    const ev = last.indicators[id];
    let tail = '';
    if (!ev.result.ok) tail = `。直近期は算出不可（${ev.result.message}）`;
    else if (withScores && ev.score !== null) tail = `（直近期の評点 ${ev.score}点／5点、業種基準値 ${formatIndicatorValue(id, ev.reference)}）`;
    lines.push(`・${info.name}（${info.viewpoint}）：${values.join(' → ')}${tail}`);
  }
  if (withScores) {
    lines.push(last.grade ? `直近期の総合評価点は${last.total}点／${MAX_TOTAL}点（評価${last.grade}）である。` : `直近期は${last.summary}。`);
  }
  return lines.join('\n');
}

/** Indicators of the newest period scoring 4 or 5: financial strengths. */
function strengthsText(e: LokabenEvaluation): string {
  const last = e.periods[e.periods.length - 1];
  if (!last) return '';
  const strong = INDICATOR_IDS.filter((id) => (last.indicators[id].score ?? 0) >= 4);
  if (strong.length === 0) return '';
  const parts = strong.map((id) => {
    const ev = last.indicators[id];
    return ev.result.ok ? `${INDICATORS[id].name}（${formatIndicatorValue(id, ev.result.value)}、業種基準値 ${formatIndicatorValue(id, ev.reference)}）` : INDICATORS[id].name;
  });
  return `ローカルベンチマークの財務分析（${last.label}）では、${parts.join('、')}が${e.benchmarkLabel}の基準を上回っている。`;
}

export function materialFor(purpose: string, src: MaterialSource): Material | undefined {
  const tag = materialTag(purpose);
  if (!tag) return undefined;
  const items: MaterialItem[] = [];
  const notes: string[] = [];
  const choice = chooseBenchmark(src);
  const e = choice.benchmark && src.financials.periods.length > 0 ? evaluateWith(src.financials, choice.benchmark) : undefined;

  if (e && tag === 'keieiJokyo') {
    items.push({ id: 'zaimu', heading: '財務分析（6つの指標）', text: analysisText(e, !e.placeholder) });
    if (e.placeholder) notes.push(PLACEHOLDER_NOTE);
  }
  if (e && tag === 'tsuyomi') {
    if (e.placeholder) notes.push('評点が仮の基準値のため、財務面の強み（評点4以上の指標）は挙げていません。');
    else {
      const text = strengthsText(e);
      if (text) items.push({ id: 'zaimu', heading: '財務面の強み', text });
    }
  }
  if (!e && tag === 'keieiJokyo') notes.push(src.financials.periods.length === 0 ? '決算の数値がまだ入力されていません。' : (choice.missing ?? '比較する業種が選ばれていません。'));

  answersFeeding(tag, src.hizaimu).forEach((a, i) => items.push({ id: `a${i}`, heading: `${a.viewpoint}：${a.question}`, text: a.answer }));
  return { title: PLAN_SECTIONS[tag], items, notes };
}
