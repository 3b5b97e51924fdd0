import type { IndustryId } from './industries';
import { resolveOfficial } from './officialBenchmark';
import type { KiboId, ShobunruiId } from './officialIndustries';
import type { OfficialBenchmarks } from './officialSchema';
import { placeholderBenchmark, type ResolvedBenchmark } from './resolvedBenchmark';
import type { BenchmarkSet, ClientFinancials } from './schema';
import { suggestSize, type SizeSuggestion } from './sizeRule';

/**
 * Which benchmark a client is scored against — the one place that decides, for the page, the report,
 * the plan attachment and the material cited in plans.
 *
 * Two tables, two industry lists, kept apart on purpose: the 14 placeholder groups (日本標準産業分類
 * divisions, `industryId`) and the official tool's 27 小分類 × 2 sizes (`shobunruiId`, `size`). The
 * lists do not map one to one (the tool has 観光業, 娯楽業, 広告・調査・情報サービス業 …; the groups have
 * 情報通信業, 教育 …), so neither choice is derived from the other. While an official table is loaded
 * it is used, with the advisor's 小分類 (or the guess from the client's 業種) and size (or the
 * 中小企業基本法 suggestion from the head count). Without one, the placeholder group is used as before.
 * Each choice is saved on its own, so loading or removing the table never loses the other.
 */
export interface BenchmarkChoiceSource {
  /** The placeholder file (also the source of the grade cut-offs). */
  benchmarks: BenchmarkSet;
  /** The loaded official table, or null / absent. */
  official?: OfficialBenchmarks | null;
  industryId: IndustryId | null;
  suggestedIndustryId: IndustryId | null;
  shobunruiId?: ShobunruiId | null;
  suggestedShobunruiId?: ShobunruiId | null;
  size?: KiboId | null;
  /** The client's 従業員数 (else the newest period's decides the suggested size). */
  clientEmployeeCount?: number | null;
  financials: ClientFinancials;
}

export type BenchmarkChoice =
  | {
      kind: 'placeholder';
      industryId: IndustryId | null;
      /** The industry is the guess from the client's 業種 text. */
      guessed: boolean;
      benchmark: ResolvedBenchmark | null;
      /** Why there is no benchmark (Japanese), when there is none. */
      missing: string | null;
    }
  | {
      kind: 'official';
      official: OfficialBenchmarks;
      shobunruiId: ShobunruiId | null;
      guessed: boolean;
      size: KiboId | null;
      /** The size is the advisor's choice (not the suggestion). */
      sizeChosen: boolean;
      suggestion: SizeSuggestion | null;
      benchmark: ResolvedBenchmark | null;
      missing: string | null;
    };

export function chooseBenchmark(src: BenchmarkChoiceSource): BenchmarkChoice {
  const official = src.official ?? null;
  if (!official) {
    const industryId = src.industryId ?? src.suggestedIndustryId;
    return {
      kind: 'placeholder',
      industryId,
      guessed: src.industryId === null && industryId !== null,
      benchmark: industryId ? placeholderBenchmark(src.benchmarks, industryId) : null,
      missing: industryId ? null : '比較する業種が選ばれていません。',
    };
  }
  const shobunruiId = src.shobunruiId ?? src.suggestedShobunruiId ?? null;
  const suggestion = shobunruiId ? suggestSize(shobunruiId, src.clientEmployeeCount, src.financials) : null;
  const chosen = src.size ?? null;
  const size = chosen ?? suggestion?.size ?? null;
  const missing = !shobunruiId ? '比較する業種が選ばれていません。' : !size ? '規模（中規模事業者・小規模事業者）が選ばれていません。' : null;
  return {
    kind: 'official',
    official,
    shobunruiId,
    guessed: (src.shobunruiId ?? null) === null && shobunruiId !== null,
    size,
    sizeChosen: chosen !== null,
    suggestion,
    benchmark: shobunruiId && size ? resolveOfficial(official, shobunruiId, size, src.benchmarks.grading) : null,
    missing,
  };
}
