import { z } from 'zod';
import { Id } from '../schemas/common';
import { BaseRevision } from '../schemas/revisions';
import { IsoDate } from '../portfolio/dates';
import { PipelineDates } from '../portfolio/pipeline';
import { AftercareRecord } from '../aftercare/schema';
import type { AftercareReport } from '../aftercare/evaluate';
import type { ImportPeriod } from '../aftercare/lokabenImport';
import { AftercareOverview } from '../aftercare/overview';
import { method } from './method';

/**
 * After 採択 (joined into shared/api/contract.ts): the actual figures of an adopted application with
 * their revision, the report (achievement, 返還 as the round computes it, what avoids it, reports due),
 * the figures the client's ロカベン 決算 can give, and the dashboard's at-risk list and report dates.
 */
export const AftercareState = z.object({
  applicationId: Id,
  record: AftercareRecord,
  /** What the next save must name as its base (0 while nothing is saved). */
  revision: z.number().int().min(0),
  updatedAt: z.string().nullable(),
  /** The pipeline's dates and 採択額, which the report reads. */
  dates: PipelineDates,
  adoptedYen: z.number().nullable(),
  /** Computed on the Node side for `today` (the renderer recomputes it while the advisor types). */
  report: z.custom<AftercareReport>(),
});
export type AftercareState = z.infer<typeof AftercareState>;

export const aftercareContract = {
  getAftercare: method(z.object({ applicationId: Id, today: IsoDate.optional() }), AftercareState),
  /** Replaces the record; years whose figures changed get today's date (a follow-up of that 年度). */
  saveAftercare: method(z.object({ applicationId: Id, record: AftercareRecord, baseRevision: BaseRevision, today: IsoDate.optional() }), AftercareState),
  /** The client's ロカベン 決算 periods matched to the plan years, with the values they would set (nothing is written). */
  previewAftercareImport: method(z.object({ applicationId: Id, today: IsoDate.optional() }), z.object({ periods: z.array(z.custom<ImportPeriod>()), hasLokaben: z.boolean() })),
  /** Adopted applications heading for a 返還, and the reports due, for the dashboard: of one 担当 if named, the first `limit` of each. */
  getAftercareOverview: method(z.object({ today: IsoDate.optional(), advisor: z.string().max(100).optional(), limit: z.number().int().min(1).max(1000).default(30) }), AftercareOverview),
} as const;
