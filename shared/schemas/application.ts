import { z } from 'zod';
import { Id, IsoDateTime, ProgramId } from './common';
import { FinancialPlan } from './financialPlan';
import { ExpenseLine } from './expense';
import { PartRevisions } from './revisions';

/** Pipeline status of an application (下書き → … → 採択 / 不採択). */
export const ApplicationStatus = z.enum(['draft', 'ownerReview', 'ready', 'submitted', 'adopted', 'rejected']);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const STATUS_NAMES: Record<ApplicationStatus, string> = {
  draft: '下書き',
  ownerReview: '事業者確認中',
  ready: '提出準備完了',
  submitted: '提出済',
  adopted: '採択',
  rejected: '不採択',
};

/** A table row: column id → cell. */
export const TableRow = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
export type TableRow = z.infer<typeof TableRow>;

/** Value of one field: text / single choice (string), multiple choice (string[]), or table rows. */
export const FieldValue = z.union([z.string().max(200_000), z.array(z.string().max(200)), z.array(TableRow).max(500)]);
export type FieldValue = z.infer<typeof FieldValue>;

/** Section id → field id → value. */
export const SectionValues = z.record(z.string().max(80), FieldValue);
export type SectionValues = z.infer<typeof SectionValues>;
export const ApplicationContent = z.record(z.string().max(80), SectionValues);
export type ApplicationContent = z.infer<typeof ApplicationContent>;

/** Where a reused section came from (a plan feeding another application). */
export const SectionOrigin = z.object({
  applicationId: Id,
  sectionId: z.string(),
  title: z.string(), // e.g. "経営革新計画（令和6年度）: 新事業活動の内容"
});
export type SectionOrigin = z.infer<typeof SectionOrigin>;

export const Application = z.object({
  id: Id,
  clientId: Id,
  programId: ProgramId,
  templateId: z.string().max(80), // e.g. monozukuri-20
  koboKai: z.string().max(80), // 公募回, e.g. 第20次締切
  title: z.string().max(200),
  status: ApplicationStatus,
  content: ApplicationContent,
  financialPlan: FinancialPlan,
  expenses: z.array(ExpenseLine).max(500),
  origins: z.record(z.string(), SectionOrigin).default({}),
  revision: z.number().int().min(0),
  /** Revision per part (see revisions.ts): what a write of that part must name as its base. */
  revisions: PartRevisions,
  /** 「提出後に修正する」: the text of a submitted application was unlocked on purpose. */
  editUnlocked: z.boolean().default(false),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Who saved last (the chamber's PostgreSQL login, or the PC's user name); absent in older files. */
  updatedBy: z.string().max(200).optional(),
});
export type Application = z.infer<typeof Application>;

export const ApplicationSummary = Application.pick({
  id: true,
  clientId: true,
  programId: true,
  templateId: true,
  koboKai: true,
  title: true,
  status: true,
  updatedAt: true,
}).extend({ clientName: z.string() });
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;
