import { z } from 'zod';
import { Id, UserText } from '../schemas/common';
import { ClientFinancials, HizaimuAnswers, IndustryId, type BenchmarkSet } from '../lokaben/schema';
import { method } from './method';

/**
 * ローカルベンチマーク methods of the API (joined into shared/api/contract.ts). The data belongs to the
 * client (one record per client, reused by every application of that client): the comparison
 * industry, the 決算 figures per period, the 非財務 answers and the advisor's 所見. Indicators, scores
 * and grades are computed from it (shared/lokaben), never stored.
 */

/** The advisor's 所見 printed in the report (stored with the 非財務 answers). */
export const LokabenShoken = UserText(4000);

export const LokabenRecord = z.object({
  clientId: Id,
  /** The benchmark's industry group; null = not chosen yet (see suggestedIndustryId). */
  industryId: IndustryId.nullable(),
  financials: ClientFinancials,
  hizaimu: HizaimuAnswers,
  shoken: LokabenShoken,
  /** null = nothing saved yet. */
  updatedAt: z.string().nullable(),
});
export type LokabenRecord = z.infer<typeof LokabenRecord>;

export const LokabenDto = LokabenRecord.extend({
  /** A guess from the client's 業種 text, for when industryId is null. */
  suggestedIndustryId: IndustryId.nullable(),
  /** The benchmark set the scores are computed against (the shipped file: placeholder values). */
  benchmarks: z.custom<BenchmarkSet>(),
});
export type LokabenDto = z.infer<typeof LokabenDto>;

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
      financials: ClientFinancials.optional(),
      hizaimu: HizaimuAnswers.optional(),
      shoken: LokabenShoken.optional(),
    }),
    z.object({ updatedAt: z.string() }),
  ),
  /** The printable ロカベン report (PDF, base64) as the chamber hands it to the owner. */
  exportLokabenReport: method(
    z.object({ clientId: Id }),
    z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), warnings: z.array(z.string()) }),
  ),
} as const;
