/**
 * The pipeline of an application: 下書き → 事業者確認中 → 提出準備完了 → 提出済 → 採択 / 不採択, then,
 * after 採択, the milestones 交付決定 and 実績報告. Application.status holds the first six; the
 * milestones are dates (status stays `adopted`). Each forward step records its date (and so does
 * sending the plan to the owner again); going back, or correcting a mistaken entry, clears the dates
 * of the steps left behind (the 様式4 date stays); the history keeps every move.
 */
import { z } from 'zod';
import { ApplicationStatus, STATUS_NAMES } from '../schemas/application';
import { UserText } from '../schemas/common';
import { dayNumber, IsoDate } from './dates';

export const Stage = z.enum([...ApplicationStatus.options, 'kofuKettei', 'jissekiHokoku']);
export type Stage = z.infer<typeof Stage>;

export const STAGE_NAMES: Record<Stage, string> = { ...STATUS_NAMES, kofuKettei: '交付決定', jissekiHokoku: '実績報告' };

/** The date each step records (calendar dates in Japan). */
export const PipelineDates = z.object({
  sentToOwnerAt: IsoDate.optional(), // 事業者へ確認依頼
  readyAt: IsoDate.optional(), // 提出準備完了 (計画の策定完了)
  yoshiki4IssuedAt: IsoDate.optional(), // 様式4 事業支援計画書の発行 (持続化; recorded by hand)
  submittedAt: IsoDate.optional(), // 電子申請の提出
  resultAt: IsoDate.optional(), // 採否の発表 (採択 or 不採択)
  kofuKetteiAt: IsoDate.optional(), // 交付決定
  jissekiHokokuAt: IsoDate.optional(), // 実績報告
});
export type PipelineDates = z.infer<typeof PipelineDates>;
export type DateKey = keyof PipelineDates;

export const PipelineEvent = z.object({
  from: Stage,
  to: Stage,
  on: IsoDate,
  by: UserText(100).default(''),
  note: UserText(1_000).default(''),
});
export type PipelineEvent = z.infer<typeof PipelineEvent>;

export const PipelineRecord = z.object({
  status: ApplicationStatus,
  dates: PipelineDates.default({}),
  history: z.array(PipelineEvent).max(1_000).default([]),
});
export type PipelineRecord = z.infer<typeof PipelineRecord>;

/** Steps in order, with the date each records when entered. */
export const STEPS = [
  { id: 'draft', dateKey: null },
  { id: 'ownerReview', dateKey: 'sentToOwnerAt' },
  { id: 'ready', dateKey: 'readyAt' },
  { id: 'submitted', dateKey: 'submittedAt' },
  { id: 'adopted', dateKey: 'resultAt' },
  { id: 'rejected', dateKey: 'resultAt' },
  { id: 'kofuKettei', dateKey: 'kofuKetteiAt' },
  { id: 'jissekiHokoku', dateKey: 'jissekiHokokuAt' },
] as const satisfies ReadonlyArray<{ id: Stage; dateKey: DateKey | null }>;

const RANK: Record<Stage, number> = { draft: 0, ownerReview: 1, ready: 2, submitted: 3, adopted: 4, rejected: 4, kofuKettei: 5, jissekiHokoku: 6 };
const DATE_RANK: Record<DateKey, number> = { sentToOwnerAt: 1, readyAt: 2, yoshiki4IssuedAt: 2, submittedAt: 3, resultAt: 4, kofuKetteiAt: 5, jissekiHokokuAt: 6 };

export type TransitionKind = 'forward' | 'back' | 'correction';
export interface Transition {
  from: Stage;
  to: Stage;
  kind: TransitionKind;
  label: string;
}

export const TRANSITIONS = [
  { from: 'draft', to: 'ownerReview', kind: 'forward', label: '事業者に確認を依頼する' },
  { from: 'draft', to: 'ready', kind: 'forward', label: '提出準備完了にする（対面で確認済み）' },
  { from: 'ownerReview', to: 'ready', kind: 'forward', label: '提出準備完了にする' },
  { from: 'ownerReview', to: 'draft', kind: 'back', label: '下書きに戻す' },
  { from: 'ready', to: 'submitted', kind: 'forward', label: '提出済にする' },
  { from: 'ready', to: 'ownerReview', kind: 'back', label: '事業者に再確認を依頼する' },
  { from: 'ready', to: 'draft', kind: 'back', label: '下書きに戻す' },
  { from: 'submitted', to: 'adopted', kind: 'forward', label: '採択' },
  { from: 'submitted', to: 'rejected', kind: 'forward', label: '不採択' },
  { from: 'submitted', to: 'ready', kind: 'back', label: '申請を取り下げる（締切前の修正）' },
  { from: 'adopted', to: 'kofuKettei', kind: 'forward', label: '交付決定' },
  { from: 'kofuKettei', to: 'jissekiHokoku', kind: 'forward', label: '実績報告' },
  { from: 'adopted', to: 'submitted', kind: 'correction', label: '採否の入力を取り消す' },
  { from: 'rejected', to: 'submitted', kind: 'correction', label: '採否の入力を取り消す' },
  { from: 'kofuKettei', to: 'adopted', kind: 'correction', label: '交付決定の入力を取り消す' },
  { from: 'jissekiHokoku', to: 'kofuKettei', kind: 'correction', label: '実績報告の入力を取り消す' },
] as const satisfies readonly Transition[];

/** Where a record stands, milestones included. */
export function stageOf(r: Pick<PipelineRecord, 'status' | 'dates'>): Stage {
  if (r.status !== 'adopted') return r.status;
  if (r.dates.jissekiHokokuAt) return 'jissekiHokoku';
  if (r.dates.kofuKetteiAt) return 'kofuKettei';
  return 'adopted';
}

export const allowedNext = (from: Stage): Transition[] => TRANSITIONS.filter((t) => t.from === from);
export const canTransition = (from: Stage, to: Stage): boolean => TRANSITIONS.some((t) => t.from === from && t.to === to);

const statusOf = (s: Stage): ApplicationStatus => (s === 'kofuKettei' || s === 'jissekiHokoku' ? 'adopted' : s);

const DATE_NAMES: Record<DateKey, string> = {
  sentToOwnerAt: '確認依頼日',
  readyAt: '提出準備完了日',
  yoshiki4IssuedAt: '様式4発行日',
  submittedAt: '提出日',
  resultAt: '採否発表日',
  kofuKetteiAt: '交付決定日',
  jissekiHokokuAt: '実績報告日',
};

export type TransitionResult = { ok: true; record: PipelineRecord } | { ok: false; message: string };

/** Moves a record to `to` on date `on` (YYYY-MM-DD), recording or clearing dates as described above. */
export function applyTransition(record: PipelineRecord, to: Stage, on: string, by = '', note = ''): TransitionResult {
  const from = stageOf(record);
  const t = TRANSITIONS.find((x) => x.from === from && x.to === to);
  if (!t) return { ok: false, message: `「${STAGE_NAMES[from]}」から「${STAGE_NAMES[to]}」には進められません。` };
  if (!IsoDate.safeParse(on).success) return { ok: false, message: `日付「${on}」が正しくありません（YYYY-MM-DD）。` };
  const dates: PipelineDates = { ...record.dates };
  const step = STEPS.find((s) => s.id === to);
  for (const key of PipelineDates.keyof().options) if (DATE_RANK[key] > RANK[to] && key !== 'yoshiki4IssuedAt') delete dates[key];
  // Forward steps record their date; so does sending the plan to the owner again.
  const records = t.kind === 'forward' || (t.from === 'ready' && t.to === 'ownerReview');
  if (records && step?.dateKey) {
    // A step cannot be dated before the step that precedes it.
    for (const [k, v] of Object.entries(dates)) {
      const key = PipelineDates.keyof().parse(k);
      if (v && key !== 'yoshiki4IssuedAt' && DATE_RANK[key] < DATE_RANK[step.dateKey] && dayNumber(v) > dayNumber(on)) {
        return { ok: false, message: `${DATE_NAMES[step.dateKey]}（${on}）が${DATE_NAMES[key]}（${v}）より前になっています。` };
      }
    }
    dates[step.dateKey] = on;
  }
  const history = [...record.history, { from, to, on, by, note }];
  return { ok: true, record: { status: statusOf(to), dates, history } };
}
