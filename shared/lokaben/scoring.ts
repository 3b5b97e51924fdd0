import { computeIndicators, INDICATOR_IDS, INDICATORS, type IndicatorId, type LokabenResult } from './indicators';
import { benchmarkLabel, placeholderBenchmark, type IndicatorScale, type ResolvedBenchmark } from './resolvedBenchmark';
import type { BenchmarkSet, ClientFinancials, Grading, IndicatorBenchmark, IndustryId } from './schema';
import { toolUnitValue } from './toolUnits';

/**
 * Scoring (/work/shared/domain/local-benchmark.md lines 18–22): each indicator 1–5 against the
 * industry benchmark, six scores add up to at most 30, the total gives a grade A–D.
 *
 * Bands: the benchmark's thresholds t1 < t2 < t3 < t4 (BenchmarkTable). Reaching a cut-off earns the
 * better score:
 *   higher is better: v < t1 → 1, t1 ≤ v < t2 → 2, t2 ≤ v < t3 → 3, t3 ≤ v < t4 → 4, v ≥ t4 → 5
 *   lower is better:  v ≤ t1 → 5, t1 < v ≤ t2 → 4, t2 < v ≤ t3 → 3, t3 < v ≤ t4 → 2, v > t4 → 1
 * An indicator that cannot be computed (算出不可) gets no score; the total then covers fewer than six
 * indicators and no grade is given (it would not be comparable).
 *
 * The benchmark is a ResolvedBenchmark (resolvedBenchmark.ts): the placeholder file's group table, in
 * display units, or a row of the official 業種平均 table, whose cut values are compared in the tool's
 * own units (toolUnits.ts) so that a value equal to a cut value always gets the better score.
 */
export type Score = 1 | 2 | 3 | 4 | 5;
export type Grade = 'A' | 'B' | 'C' | 'D';

/** The commonly cited cut-offs (A ≥ 24, B 18–23, C 12–17, D ≤ 11; unconfirmed, doc line 20). */
export const DEFAULT_GRADING = { a: 24, b: 18, c: 12 } as const satisfies Pick<Grading, 'a' | 'b' | 'c'>;

export const MAX_TOTAL = 30;

export function scoreValue(id: IndicatorId, v: number, bench: IndicatorBenchmark): Score {
  const [t1, t2, t3, t4] = bench.thresholds;
  if (INDICATORS[id].direction === 'higher') {
    if (v >= t4) return 5;
    if (v >= t3) return 4;
    if (v >= t2) return 3;
    if (v >= t1) return 2;
    return 1;
  }
  if (v <= t1) return 5;
  if (v <= t2) return 4;
  if (v <= t3) return 3;
  if (v <= t4) return 2;
  return 1;
}

export const scoreResult = (id: IndicatorId, r: LokabenResult, bench: IndicatorBenchmark): Score | null =>
  r.ok ? scoreValue(id, r.value, bench) : null;

export function gradeFor(total: number, g: Pick<Grading, 'a' | 'b' | 'c'> = DEFAULT_GRADING): Grade {
  if (total >= g.a) return 'A';
  if (total >= g.b) return 'B';
  if (total >= g.c) return 'C';
  return 'D';
}

export interface IndicatorEvaluation {
  result: LokabenResult;
  score: Score | null;
  /** The industry's 基準値 for this indicator. */
  reference: number;
}

export interface PeriodEvaluation {
  label: string;
  indicators: Record<IndicatorId, IndicatorEvaluation>;
  /** Sum of the scores that could be given. */
  total: number;
  scoredCount: number;
  /** null unless all six indicators are scored. */
  grade: Grade | null;
  /** Japanese: the total and grade as printed, or why there is no grade. */
  summary: string;
}

export interface LokabenEvaluation {
  /** The benchmark compared with: an industry group (kensetsu), or an official 小分類 and size (0201:shokibo). */
  benchmarkKey: string;
  industryName: string;
  /** 中規模事業者 / 小規模事業者 for the official table, else null. */
  sizeName: string | null;
  /** 比較する業種 as printed: 製造業, or 建設業・小規模事業者. */
  benchmarkLabel: string;
  periods: PeriodEvaluation[];
  /** True when the benchmark or the grade cut-offs are placeholder values. */
  placeholder: boolean;
  /** The official 業種平均 table of METI's tool. */
  official: boolean;
  benchmarkNote: string;
  gradingNote: string;
  grading: Pick<Grading, 'a' | 'b' | 'c'>;
}

function summarize(total: number, scoredCount: number, grade: Grade | null): string {
  if (grade) return `総合評価点 ${total}点／${MAX_TOTAL}点　評価 ${grade}`;
  if (scoredCount === 0) return '算出できた指標がないため、総合評価は付けられません';
  const n = INDICATOR_IDS.length - scoredCount;
  return `算出不可の指標が${n}つあるため総合評価は付けられません（算出できた${scoredCount}指標の合計 ${total}点）`;
}

/** The score of a computed result against one indicator's scale (null when 算出不可). */
export function scoreOn(id: IndicatorId, r: LokabenResult, toolValue: number | null, s: IndicatorScale): Score | null {
  if (!r.ok) return null;
  const bench = { reference: s.reference, thresholds: s.thresholds };
  if (s.unit === 'display') return scoreValue(id, r.value, bench);
  return toolValue === null ? null : scoreValue(id, toolValue, bench);
}

/** Indicators, scores, total and grade for every period (oldest first) against a resolved benchmark. */
export function evaluateWith(financials: ClientFinancials, b: ResolvedBenchmark): LokabenEvaluation {
  const grading = b.grading;
  const periods = computeIndicators(financials).map((p, i): PeriodEvaluation => {
    const figures = financials.periods[i]!;
    const previous = i > 0 ? financials.periods[i - 1] : undefined;
    const ev = (id: IndicatorId): IndicatorEvaluation => {
      const s = b.indicators[id];
      const r = p.results[id];
      return { result: r, score: scoreOn(id, r, r.ok && s.unit === 'tool' ? toolUnitValue(id, figures, previous) : null, s), reference: s.reference };
    };
    const indicators = {
      uriageZokaRitsu: ev('uriageZokaRitsu'),
      eigyoRiekiRitsu: ev('eigyoRiekiRitsu'),
      rodoSeisansei: ev('rodoSeisansei'),
      ebitdaBairitsu: ev('ebitdaBairitsu'),
      untenShihonKikan: ev('untenShihonKikan'),
      jikoShihonHiritsu: ev('jikoShihonHiritsu'),
    } satisfies Record<IndicatorId, IndicatorEvaluation>;
    const scores = INDICATOR_IDS.map((id) => indicators[id].score).filter((s): s is Score => s !== null);
    const total = scores.reduce<number>((a, c) => a + c, 0);
    const grade = scores.length === INDICATOR_IDS.length ? gradeFor(total, grading) : null;
    return { label: p.label, indicators, total, scoredCount: scores.length, grade, summary: summarize(total, scores.length, grade) };
  });
  return {
    benchmarkKey: b.key,
    industryName: b.industryName,
    sizeName: b.sizeName,
    benchmarkLabel: benchmarkLabel(b),
    periods,
    placeholder: b.placeholder,
    official: b.official,
    benchmarkNote: b.note,
    gradingNote: b.gradingNote,
    grading,
  };
}

/** Against a group of the placeholder benchmark file (templates/lokaben/benchmarks.json). */
export function evaluateFinancials(financials: ClientFinancials, set: BenchmarkSet, industryId: IndustryId): LokabenEvaluation {
  return evaluateWith(financials, placeholderBenchmark(set, industryId));
}

/** Scores per indicator of each period, for the radar chart. */
export const radarScores = (e: LokabenEvaluation): { label: string; scores: Record<IndicatorId, Score | null> }[] =>
  e.periods.map((p) => ({
    label: p.label,
    scores: {
      uriageZokaRitsu: p.indicators.uriageZokaRitsu.score,
      eigyoRiekiRitsu: p.indicators.eigyoRiekiRitsu.score,
      rodoSeisansei: p.indicators.rodoSeisansei.score,
      ebitdaBairitsu: p.indicators.ebitdaBairitsu.score,
      untenShihonKikan: p.indicators.untenShihonKikan.score,
      jikoShihonHiritsu: p.indicators.jikoShihonHiritsu.score,
    },
  }));
