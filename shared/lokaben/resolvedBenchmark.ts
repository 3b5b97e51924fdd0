import { benchmarkFor, INDUSTRY_NAMES, usesPlaceholder } from './industries';
import type { IndicatorId } from './indicators';
import type { BenchmarkSet, Grading, IndustryId } from './schema';

/**
 * What scoring needs from an industry benchmark, whichever table it comes from: the 14-group
 * placeholder file (templates/lokaben/benchmarks.json) or the official 業種平均 table of METI's tool
 * (officialBenchmark.ts). evaluateWith (scoring.ts) takes only this.
 */
export interface IndicatorScale {
  /** The industry's 基準値 printed next to the company's value, in display units (%, 千円, 倍, か月). */
  reference: number;
  /**
   * Four ascending cut-offs t1 ≤ t2 ≤ t3 ≤ t4 (which end scores better is fixed per indicator) and the
   * unit they are in: 'display' compares the value as shown (placeholder data is written that way),
   * 'tool' compares the fraction form of toolUnits.ts against the tool's own cut values.
   */
  unit: 'display' | 'tool';
  thresholds: [number, number, number, number];
}

export interface ResolvedBenchmark {
  /** e.g. kensetsu, or 0201:shokibo */
  key: string;
  industryName: string;
  /** 中規模事業者 / 小規模事業者 for the official table; null for the placeholder groups. */
  sizeName: string | null;
  official: boolean;
  /** Any value the scores rely on is a placeholder: the report says so and carries the watermark. */
  placeholder: boolean;
  /** Where the values come from, as printed. */
  note: string;
  grading: Pick<Grading, 'a' | 'b' | 'c'>;
  gradingNote: string;
  indicators: Record<IndicatorId, IndicatorScale>;
}

/** The placeholder file's table of a group (display units). */
export function placeholderBenchmark(set: BenchmarkSet, industryId: IndustryId): ResolvedBenchmark {
  const t = benchmarkFor(set, industryId);
  const scale = (id: IndicatorId): IndicatorScale => ({ reference: t.indicators[id].reference, unit: 'display', thresholds: t.indicators[id].thresholds });
  return {
    key: industryId,
    industryName: INDUSTRY_NAMES[industryId],
    sizeName: null,
    official: false,
    placeholder: usesPlaceholder(set, t),
    note: t.note,
    grading: { a: set.grading.a, b: set.grading.b, c: set.grading.c },
    gradingNote: set.grading.note,
    indicators: {
      uriageZokaRitsu: scale('uriageZokaRitsu'),
      eigyoRiekiRitsu: scale('eigyoRiekiRitsu'),
      rodoSeisansei: scale('rodoSeisansei'),
      ebitdaBairitsu: scale('ebitdaBairitsu'),
      untenShihonKikan: scale('untenShihonKikan'),
      jikoShihonHiritsu: scale('jikoShihonHiritsu'),
    },
  };
}

/** 比較する業種 as printed: 製造業, or 建設業・小規模事業者. */
export const benchmarkLabel = (b: Pick<ResolvedBenchmark, 'industryName' | 'sizeName'>): string => (b.sizeName ? `${b.industryName}・${b.sizeName}` : b.industryName);
