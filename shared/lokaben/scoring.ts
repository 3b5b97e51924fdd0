import { benchmarkFor, INDUSTRY_NAMES, usesPlaceholder } from './industries';
import { computeIndicators, INDICATOR_IDS, INDICATORS, type IndicatorId, type LokabenResult } from './indicators';
import type { BenchmarkSet, ClientFinancials, Grading, IndicatorBenchmark, IndustryId } from './schema';

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
  industryId: IndustryId;
  industryName: string;
  periods: PeriodEvaluation[];
  /** True when the benchmark or the grade cut-offs are placeholder values. */
  placeholder: boolean;
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

/** Indicators, scores, total and grade for every period (oldest first) against an industry's benchmark. */
export function evaluateFinancials(financials: ClientFinancials, set: BenchmarkSet, industryId: IndustryId): LokabenEvaluation {
  const table = benchmarkFor(set, industryId);
  const grading = { a: set.grading.a, b: set.grading.b, c: set.grading.c };
  const periods = computeIndicators(financials).map((p): PeriodEvaluation => {
    const ev = (id: IndicatorId): IndicatorEvaluation => {
      const bench = table.indicators[id];
      return { result: p.results[id], score: scoreResult(id, p.results[id], bench), reference: bench.reference };
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
    const total = scores.reduce<number>((a, b) => a + b, 0);
    const grade = scores.length === INDICATOR_IDS.length ? gradeFor(total, grading) : null;
    return { label: p.label, indicators, total, scoredCount: scores.length, grade, summary: summarize(total, scores.length, grade) };
  });
  return {
    industryId,
    industryName: INDUSTRY_NAMES[industryId],
    periods,
    placeholder: usesPlaceholder(set, table),
    benchmarkNote: table.note,
    gradingNote: set.grading.note,
    grading,
  };
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
