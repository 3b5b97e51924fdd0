import { INDICATOR_IDS, type IndicatorId } from './indicators';
import { KIBO_NAMES, shobunrui, type KiboId, type ShobunruiId } from './officialIndustries';
import { LOWER_IS_BETTER, officialRow, type OfficialBenchmarks, type OfficialSource } from './officialSchema';
import type { IndicatorScale, ResolvedBenchmark } from './resolvedBenchmark';
import type { BenchmarkSet } from './schema';
import { toDisplayUnit } from './toolUnits';

/**
 * One row of the official table (a 小分類 and a size) as a ResolvedBenchmark for scoring.
 *
 * Cut values stay in the tool's units (unit 'tool') and are compared with toolUnitValue — see
 * toolUnits.ts for why. The sheet's order [ⅳ, ⅲ, ⅱ, ⅰ] is ascending for higher-is-better indicators
 * and descending for the two mirrored ones; scoreValue wants ascending thresholds, so the mirrored
 * ones are reversed to [ⅰ, ⅱ, ⅲ, ⅳ]. The rules, as both public implementations of the tool apply them:
 *   higher is better: 5 if x ≥ ⅰ, 4 if x ≥ ⅱ, 3 if x ≥ ⅲ, 2 if x ≥ ⅳ, else 1
 *   lower is better:  5 if x ≤ ⅰ, 4 if x ≤ ⅱ, 3 if x ≤ ⅲ, 2 if x ≤ ⅳ, else 1
 * so a value equal to a cut value gets the better score. The 基準値 printed is the 中央値.
 *
 * The grade cut-offs (A–D) come from the benchmark file's `grading` (unconfirmed, and said so in the
 * report); they are not benchmark values, so an official table is not a placeholder.
 */
function scale(id: IndicatorId, median: number, cuts: [number, number, number, number]): IndicatorScale {
  const [iv, iii, ii, i] = cuts;
  return {
    reference: toDisplayUnit(id, median),
    unit: 'tool',
    thresholds: LOWER_IS_BETTER.includes(id) ? [i, ii, iii, iv] : [iv, iii, ii, i],
  };
}

/** YYYY-MM-DD of an ISO date-time as written (core.xml's UTC date; the load date as recorded). */
export const isoDay = (iso: string | null): string | null => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null);

/** 業種基準値の出典: ローカルベンチマーク・ツール『業種平均』（ファイル名、最終更新 2024-09-24、2026-11-30 読み込み） */
export function officialSourceText(s: OfficialSource, loadedDay: string | null = isoDay(s.loadedAt)): string {
  const parts = [s.fileName];
  const modified = isoDay(s.modified);
  if (modified) parts.push(`最終更新 ${modified}`);
  if (loadedDay) parts.push(`${loadedDay} 読み込み`);
  return `ローカルベンチマーク・ツール『${s.sheetName}』（${parts.join('、')}）`;
}

export function resolveOfficial(table: OfficialBenchmarks, id: ShobunruiId, size: KiboId, grading: BenchmarkSet['grading']): ResolvedBenchmark {
  const row = officialRow(table, id, size);
  const ind = (x: IndicatorId) => scale(x, row.indicators[x].median, row.indicators[x].cuts);
  const indicators = {
    uriageZokaRitsu: ind('uriageZokaRitsu'),
    eigyoRiekiRitsu: ind('eigyoRiekiRitsu'),
    rodoSeisansei: ind('rodoSeisansei'),
    ebitdaBairitsu: ind('ebitdaBairitsu'),
    untenShihonKikan: ind('untenShihonKikan'),
    jikoShihonHiritsu: ind('jikoShihonHiritsu'),
  } satisfies Record<(typeof INDICATOR_IDS)[number], IndicatorScale>;
  return {
    key: `${id}:${size}`,
    industryName: shobunrui(id).name,
    sizeName: KIBO_NAMES[size],
    official: true,
    placeholder: false,
    note: officialSourceText(table.source),
    grading: { a: grading.a, b: grading.b, c: grading.c },
    gradingNote: grading.note,
    indicators,
  };
}
