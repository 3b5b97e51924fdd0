import { z } from 'zod';
import { Id } from '../schemas/common';
import { Application } from '../schemas/application';
import { ReviewComment, SectionApproval } from '../review/schema';
import type { Conflict } from '../review/merge';
import { PipelineRecord, Stage } from '../portfolio/pipeline';
import { KoboRound } from '../portfolio/deadlines';
import { FollowUpVisit, type PortfolioStats } from '../portfolio/stats';
import type { DueEntry } from '../portfolio/deadlines';
import type { Transition } from '../portfolio/pipeline';
import { IsoDate } from '../portfolio/dates';
import { method } from './method';
import { VersionSummary } from '../schemas/snapshot';
import { BaseRevision } from '../schemas/revisions';

/** Owner review, history, pipeline and portfolio methods of the API (joined into shared/api/contract.ts). */


const FileDto = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });
const Base64File = z.string().min(1).max(200_000_000);
const Person = z.string().max(100);

export const ReviewState = z.object({ comments: z.array(ReviewComment), approvals: z.array(SectionApproval) });
export type ReviewState = z.infer<typeof ReviewState>;

/** Outcome of reading a returned review file: applied, or waiting for the advisor's choices. */
export const ReviewImportResult = z.object({
  applied: z.boolean(),
  conflicts: z.array(z.custom<Conflict>()),
  appliedChanges: z.number().int(),
  newComments: z.number().int(),
  newApprovals: z.number().int(),
  application: Application.optional(),
});
export type ReviewImportResult = z.infer<typeof ReviewImportResult>;

/** Per conflict: 指導員の版, 事業者の版, 両方を残す (shared/review/keepBoth.ts) or an edited text. */
export const Resolution = z.union([z.literal('advisor'), z.literal('owner'), z.literal('both'), z.object({ custom: z.string().max(200_000) })]);

export const PipelineState = z.object({
  record: PipelineRecord,
  advisor: z.string(),
  adoptedYen: z.number().nullable(),
  next: z.array(z.custom<Transition>()),
  /** The revision of the pipeline part: what the next move or assignment names as its base. */
  revision: z.number().int(),
});
export type PipelineState = z.infer<typeof PipelineState>;

export const PortfolioRowDto = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  programId: z.string(),
  templateId: z.string(),
  koboKai: z.string(),
  title: z.string(),
  status: z.string(),
  stage: Stage,
  advisor: z.string(),
  adoptedYen: z.number().nullable(),
  updatedAt: z.string(),
});
export type PortfolioRowDto = z.infer<typeof PortfolioRowDto>;

export const StageColumn = z.object({ stage: Stage, count: z.number().int(), cards: z.array(PortfolioRowDto) });
export type StageColumn = z.infer<typeof StageColumn>;

export const FollowUpRow = FollowUpVisit.extend({ clientName: z.string(), title: z.string() });
export type FollowUpRow = z.infer<typeof FollowUpRow>;

export const reviewContract = {
  // History
  listVersions: method(z.object({ applicationId: Id }), z.array(VersionSummary)),
  takeSnapshot: method(z.object({ applicationId: Id, name: z.string().max(200).default('') }), VersionSummary),
  getVersion: method(z.object({ id: Id }), Application),
  /** Restores a version as a new version; the current one is kept as a snapshot first. `baseRevision`: the application's revision. */
  restoreVersion: method(z.object({ id: Id, baseRevision: BaseRevision }), Application),

  // Owner review (same desk: comments and 確認済み; at home: review files)
  getReview: method(z.object({ applicationId: Id }), ReviewState),
  addComment: method(
    z.object({ applicationId: Id, sectionId: z.string().min(1).max(80), fieldId: z.string().max(80).optional(), quote: z.string().max(2_000).optional(), body: z.string().min(1).max(10_000), proposedText: z.string().max(200_000).optional(), author: Person, role: z.enum(['owner', 'advisor']) }),
    ReviewComment,
  ),
  /**
   * Marks a comment done; with apply, its proposed text replaces the quoted passage (or the field) —
   * `baseRevision` is the section's revision the advisor previewed; a version is kept first and
   * `undoVersionId` restores it.
   */
  resolveComment: method(
    z.object({ applicationId: Id, commentId: Id, apply: z.boolean(), by: Person, baseRevision: BaseRevision.optional() }),
    z.object({ comment: ReviewComment, application: Application, undoVersionId: z.string().nullable() }),
  ),
  setApproval: method(z.object({ applicationId: Id, sectionId: z.string().min(1).max(80), approved: z.boolean(), by: Person }), ReviewState),
  /** Advisor: the file to send to the owner. Owner: the file to send back. */
  /** `purpose` checkout: the same file carries an application to a laptop (持ち出し) and back; only the version's name differs. */
  exportReviewFile: method(z.object({ applicationId: Id, role: z.enum(['advisor', 'owner']), purpose: z.enum(['review', 'checkout']).default('review') }), FileDto),
  /** Owner side: opens a review file from the advisor in this (the owner's) copy of 伴走. */
  /** Opens a review or 持ち出し file in this copy of 伴走; `openedAs` says which (the owner starts in review mode, the advisor in the editor). */
  openReviewFile: method(z.object({ base64: Base64File }), Application.extend({ openedAs: z.enum(['review', 'checkout']) })),
  /** Advisor side: merges a returned review file, or an owner's reply from the HTML review file. Conflicts come back unless every one has a resolution. */
  importReviewFile: method(z.object({ applicationId: Id, base64: Base64File, resolutions: z.record(z.string(), Resolution).default({}), baseRevision: BaseRevision }), ReviewImportResult),

  // Pipeline
  getPipeline: method(z.object({ applicationId: Id }), PipelineState),
  moveApplication: method(z.object({ applicationId: Id, to: Stage, on: IsoDate, by: Person.default(''), note: z.string().max(1_000).default(''), baseRevision: BaseRevision }), PipelineState),
  setAssignment: method(z.object({ applicationId: Id, advisor: Person, adoptedYen: z.number().int().min(0).max(1e12).nullable(), baseRevision: BaseRevision }), PipelineState),

  // Portfolio
  /**
   * The dashboard as it is drawn, computed on the server: per stage its count and first cards, the
   * advisors and rates, due items, the latest follow-ups. Never every row: the payload stays small at a
   * chamber's 50,000 applications (`listStageCards` pages a column, `findAdoptedApplications` searches).
   */
  getPortfolio: method(
    z.object({
      today: IsoDate.optional(),
      withinDays: z.number().int().min(1).max(365).default(30),
      fiscalYear: z.number().int().min(2000).max(2100).optional(),
      /** Only this 担当's applications ('' = everyone in view). */
      advisor: z.string().max(100).default(''),
      perStage: z.number().int().min(1).max(200).default(30),
      /** The first due items, the nearest first (dueCount says how many there are). */
      dueLimit: z.number().int().min(1).max(1000).default(50),
    }),
    z.object({
      stages: z.array(StageColumn),
      total: z.number().int(),
      /** Every 担当 in view, for the filter. */
      advisors: z.array(z.string()),
      stats: z.custom<PortfolioStats>(),
      due: z.array(z.custom<DueEntry>()),
      dueCount: z.number().int(),
      rounds: z.array(KoboRound),
      /** The latest follow-up visits (at most 20), with whose they are. */
      visits: z.array(FollowUpRow),
      fiscalYear: z.number().int(),
      /** chamber: every advisor's applications (the manager, or a single advisor's own database); mine: the signed-in advisor's (担当). */
      scope: z.enum(['chamber', 'mine']).default('chamber'),
    }),
  ),
  /** More cards of one stage column (「ほか N 件」). */
  listStageCards: method(
    z.object({ stage: Stage, advisor: z.string().max(100).default(''), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(100) }),
    z.object({ cards: z.array(PortfolioRowDto), total: z.number().int() }),
  ),
  /** Adopted applications whose client or title contains `query` (the follow-up visit's picker), at most `limit`. */
  findAdoptedApplications: method(z.object({ query: z.string().max(100).default(''), limit: z.number().int().min(1).max(50).default(20) }), z.array(PortfolioRowDto)),
  addFollowUp: method(FollowUpVisit.omit({ id: true }), FollowUpVisit),
  deleteFollowUp: method(z.object({ id: Id }), z.object({ deleted: z.boolean() })),
  /** The yearly 経営発達支援事業 counts as an Excel sheet. */
  exportHattatsuSheet: method(z.object({ fiscalYear: z.number().int().min(2000).max(2100) }), FileDto),

  // Owner review without installing anything
  /** Advisor: the HTML review file (one page, any browser, no network); the owner's reply comes back through importReviewFile. */
  exportReviewHtml: method(z.object({ applicationId: Id }), FileDto),
} as const;
