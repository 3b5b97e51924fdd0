import { z } from 'zod';
import { Id, UserText } from '../schemas/common';
import { ClientFinancials, HizaimuAnswers, IndustryId, VIEWPOINT_IDS, type BenchmarkSet, type KessanPeriodInput } from '../lokaben/schema';
import { ReviewComment, SectionApproval } from '../review/schema';
import { method } from './method';
import { BaseRevision, PartRevisions } from '../schemas/revisions';
import { KiboId, ShobunruiId } from '../lokaben/officialIndustries';
import { OfficialSource, type OfficialBenchmarks } from '../lokaben/officialSchema';

/**
 * ローカルベンチマーク methods of the API (joined into shared/api/contract.ts). The data belongs to the
 * client (one record per client, reused by every application of that client): the comparison
 * industry, the 決算 figures per period, the 非財務 answers and the advisor's 所見. Indicators, scores
 * and grades are computed from it (shared/lokaben), never stored.
 */

/** The parts of the record saved, and guarded against stale windows, independently. */
export const LokabenPart = z.enum(['industryId', 'financials', 'hizaimu', 'shoken', 'shobunruiId', 'size']);
export type LokabenPart = z.infer<typeof LokabenPart>;

/** The advisor's 所見 printed in the report (stored with the 非財務 answers). */
export const LokabenShoken = UserText(4000);

export const LokabenRecord = z.object({
  clientId: Id,
  /** The benchmark's industry group; null = not chosen yet (see suggestedIndustryId). */
  industryId: IndustryId.nullable(),
  /** With the official table (getLokabenBenchmarks): the tool's 小分類 and size; null = the suggestion. */
  shobunruiId: ShobunruiId.nullable(),
  size: KiboId.nullable(),
  financials: ClientFinancials,
  hizaimu: HizaimuAnswers,
  shoken: LokabenShoken,
  /** Revision per part (LokabenPart): what a save of that part must name as its base. */
  revisions: PartRevisions,
  /** null = nothing saved yet. */
  updatedAt: z.string().nullable(),
});
export type LokabenRecord = z.infer<typeof LokabenRecord>;

export const LokabenDto = LokabenRecord.extend({
  /** A guess from the client's 業種 text, for when industryId is null. */
  suggestedIndustryId: IndustryId.nullable(),
  /** The placeholder benchmark file (its 14 groups score while no official table is loaded; its grade cut-offs always). */
  benchmarks: z.custom<BenchmarkSet>(),
  /** The official 業種平均 table loaded for the data folder, or null (shared/lokaben/benchmarkChoice.ts decides). */
  official: z.custom<OfficialBenchmarks>().nullable(),
  /** The 小分類 guessed from the client's 業種 text, for when shobunruiId is null. */
  suggestedShobunruiId: ShobunruiId.nullable(),
  /** The client's 従業員数 (the suggested size follows it). */
  clientEmployeeCount: z.number().nullable(),
});
export type LokabenDto = z.infer<typeof LokabenDto>;

// ---- the official industry table (業種平均 of METI's ローカルベンチマーク・ツール) ----

const BenchmarkFileName = z.string().min(1).max(255);
const BenchmarkBase64 = z.string().min(1).max(28_000_000);

/** A loaded table as listed: its source and size, without the values. */
export const BenchmarkVersionSummary = z.object({
  revision: z.number().int(),
  action: z.enum(['import', 'restore', 'clear']),
  createdAt: z.string(),
  /** null for a 'clear' (back to the placeholder values). */
  source: OfficialSource.nullable(),
  industries: z.number().int(),
  rows: z.number().int(),
});
export type BenchmarkVersionSummary = z.infer<typeof BenchmarkVersionSummary>;

export const LokabenBenchmarksState = z.object({
  /** What the next change must name as baseRevision (0 = never loaded). */
  revision: z.number().int(),
  current: BenchmarkVersionSummary.nullable(),
  /** Earlier changes, newest first. */
  history: z.array(BenchmarkVersionSummary),
});
export type LokabenBenchmarksState = z.infer<typeof LokabenBenchmarksState>;

export const LokabenBenchmarksPreview = z.object({
  source: OfficialSource,
  industries: z.number().int(),
  rows: z.number().int(),
  /** Numbers read (rows × 6 indicators × 中央値, 標準偏差, ⅳ, ⅲ, ⅱ, ⅰ). */
  values: z.number().int(),
  /** Against the table in use: null when none is loaded. */
  changes: z
    .object({
      current: OfficialSource,
      changedValues: z.number().int(),
      /** e.g. 建設業・小規模事業者 */
      changedRows: z.array(z.string()),
    })
    .nullable(),
  /** The revision an import of this file must name. */
  revision: z.number().int(),
});
export type LokabenBenchmarksPreview = z.infer<typeof LokabenBenchmarksPreview>;

/** The parts of the ロカベン that are reviewed: the four 非財務 viewpoints and the 商流・業務フロー. */
export const LokabenReviewTarget = z.enum([...VIEWPOINT_IDS, 'shoryu']);
export type LokabenReviewTarget = z.infer<typeof LokabenReviewTarget>;

export const lokabenContract = {
  /** The client's ロカベン record (empty defaults when nothing is saved yet). */
  getLokaben: method(z.object({ clientId: Id }), LokabenDto),
  /**
   * Autosave: only the parts given are replaced (the figures, the 非財務 answers, the industry and the
   * 所見 are saved independently, so two edits to different parts never undo each other).
   */
  saveLokaben: method(
    z.object({
      clientId: Id,
      industryId: IndustryId.nullable().optional(),
      shobunruiId: ShobunruiId.nullable().optional(),
      size: KiboId.nullable().optional(),
      financials: ClientFinancials.optional(),
      hizaimu: HizaimuAnswers.optional(),
      shoken: LokabenShoken.optional(),
      /** The revision each part given was based on (LokabenRecord.revisions); a stale one is refused. */
      baseRevisions: z.partialRecord(LokabenPart, BaseRevision),
    }),
    z.object({ updatedAt: z.string(), revisions: PartRevisions }),
  ),
  /** Comments and 確認済み on the 非財務 viewpoints and 商流, as on plan sections. */
  getLokabenReview: method(z.object({ clientId: Id }), z.object({ comments: z.array(ReviewComment), approvals: z.array(SectionApproval) })),
  addLokabenComment: method(
    z.object({ clientId: Id, viewpoint: LokabenReviewTarget, body: z.string().min(1).max(10_000), author: z.string().max(100), role: z.enum(['owner', 'advisor']) }),
    ReviewComment,
  ),
  resolveLokabenComment: method(z.object({ clientId: Id, commentId: Id, by: z.string().max(100) }), ReviewComment),
  setLokabenApproval: method(z.object({ clientId: Id, viewpoint: LokabenReviewTarget, approved: z.boolean(), by: z.string().max(100) }), z.array(SectionApproval)),
  /** The printable ロカベン report (PDF, base64) as the chamber hands it to the owner. */
  exportLokabenReport: method(
    z.object({ clientId: Id }),
    z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), warnings: z.array(z.string()) }),
  ),
  /**
   * 決算 figures from the chamber's Excel sheet (.xlsx as base64, at most ~10 MB), read on the Node
   * side (layout: shared/lokaben/excel.ts). Every cell that could not be read is named; a file that
   * is not an .xlsx, or an .xlsx bomb, is refused (BAD_INPUT) with a message.
   */
  readKessanExcel: method(
    z.object({ base64: z.string().min(1).max(14_000_000) }),
    z.object({ periods: z.array(z.custom<KessanPeriodInput>()), problems: z.array(z.object({ cell: z.string(), message: z.string() })), read: z.number().int() }),
  ),
  /** The documented 決算 sheet as an .xlsx to fill in, with these period labels (or three example ones). */
  kessanExcelTemplate: method(z.object({ labels: z.array(z.string().max(40)).max(5).optional() }), z.object({ fileName: z.string(), mime: z.string(), base64: z.string() })),
  /** The official industry table of the data folder (used for every client), its revision and history. */
  getLokabenBenchmarks: method(z.object({}), LokabenBenchmarksState),
  /**
   * Reads the 「業種平均」 sheet of METI's ローカルベンチマーク・ツール (.xlsx / .xlsm as base64, at most
   * ~20 MB) and says what it holds and what a load would change; nothing is stored. A file that is not
   * the tool's, a missing row or a cell that is not a number is refused (BAD_INPUT) naming the cell.
   */
  previewLokabenBenchmarks: method(z.object({ fileName: BenchmarkFileName, base64: BenchmarkBase64 }), LokabenBenchmarksPreview),
  /** Reads the file again and makes it the table in use; the previous one stays in the history. A stale baseRevision is refused (CONFLICT). */
  importLokabenBenchmarks: method(z.object({ fileName: BenchmarkFileName, base64: BenchmarkBase64, baseRevision: BaseRevision }), LokabenBenchmarksState),
  /** Makes an earlier table (a history revision) the one in use again. */
  restoreLokabenBenchmarks: method(z.object({ revision: z.number().int().min(1), baseRevision: BaseRevision }), LokabenBenchmarksState),
  /** Stops using the loaded table: the placeholder values (仮の基準値) apply again; the table stays in the history. */
  clearLokabenBenchmarks: method(z.object({ baseRevision: BaseRevision }), LokabenBenchmarksState),
} as const;
