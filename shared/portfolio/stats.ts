/**
 * Portfolio statistics as a chamber reports them.
 *
 * Adoption rate (採択率) = 採択 / (採択 + 不採択): applications still awaiting a result are left out,
 * as in "ものづくり補助金 51 / 58 = 87.9%". The percentage is rounded to one decimal, half up, in
 * exact integer arithmetic (51/58 = 87.931… → 87.9%; 1/8 = 12.5%; 1/16 = 6.25 → 6.3%). With nothing
 * decided there is no rate (null, shown as "—"), never NaN.
 *
 * 経営発達支援事業 yearly counts, for a 年度 (April–March, dates in Japan):
 * - 事業計画策定: plans completed in the year — the earlier of 提出準備完了日 and 提出日 — as plans
 *   (件) and as distinct firms (者);
 * - フォローアップ: follow-up visits in the year, as distinct firms and as visits (回);
 * - 売上高増加 / 粗利増加: distinct firms with a visit in the year whose outcome says so.
 * - A recorded actual of an adopted application (採択後の実績, shared/aftercare/followUps.ts) counts as a
 *   フォローアップ of its firm in the 年度 it was recorded (no visit is added), and as 売上高増加 /
 *   粗利増加 when its figures exceed the year before's.
 * One pass over applications and one over visits.
 */
import { z } from 'zod';
import { type ApplicationStatus, ApplicationStatus as StatusEnum } from '../schemas/application';
import { Id, type ProgramId, PROGRAM_NAMES, UserText } from '../schemas/common';
import { dayNumber, fiscalYearLabel, fiscalYearOf, IsoDate } from './dates';
import type { PipelineDates } from './pipeline';

export const FollowUpVisit = z.object({
  id: Id,
  applicationId: Id.nullable(), // null: a visit not tied to one application
  clientId: Id,
  date: IsoDate,
  advisor: UserText(100).default(''),
  outcome: z.object({ uriageZoka: z.boolean().optional(), arariZoka: z.boolean().optional() }).default({}), // 売上高増加 / 粗利増加
  note: UserText(10_000).default(''),
});
export type FollowUpVisit = z.infer<typeof FollowUpVisit>;

export interface StatsApplication {
  id: string;
  clientId: string;
  programId: ProgramId;
  koboKai: string;
  status: ApplicationStatus;
  /** 担当経営指導員 of this application; defaults to the client's. */
  advisor?: string;
  dates?: PipelineDates;
}

export interface AdoptionRate {
  adopted: number;
  rejected: number;
  decided: number;
  /** Percent rounded half up to 0.1 (87.9), or null when nothing is decided. */
  rate: number | null;
  percentText: string | null; // "87.9%"
  label: string; // "51 / 58 = 87.9%" or "0 / 0 = —"
}

export function adoptionRate(adopted: number, rejected: number): AdoptionRate {
  const decided = adopted + rejected;
  if (decided === 0) return { adopted, rejected, decided, rate: null, percentText: null, label: '0 / 0 = —' };
  const num = 2000 * adopted + decided; // tenths of a percent, half up: floor((1000·a/d) + 1/2)
  const den = 2 * decided;
  const tenths = (num - (num % den)) / den;
  const percentText = `${Math.floor(tenths / 10)}.${tenths % 10}%`;
  return { adopted, rejected, decided, rate: tenths / 10, percentText, label: `${adopted} / ${decided} = ${percentText}` };
}

export type StatusCounts = Record<ApplicationStatus, number>;

export interface GroupStats {
  total: number;
  counts: StatusCounts;
  rate: AdoptionRate;
}

export interface HattatsuCounts {
  fiscalYear: number;
  label: string; // 2025年度（令和7年度）
  jigyoKeikakuSakutei: { plans: number; firms: number }; // 事業計画策定
  followUp: { firms: number; visits: number }; // フォローアップ
  uriageZoka: number; // 売上高増加 (firms)
  arariZoka: number; // 粗利増加 (firms)
}

export interface PortfolioStats {
  overall: GroupStats;
  byProgram: Array<GroupStats & { programId: ProgramId; name: string }>;
  byRound: Array<GroupStats & { programId: ProgramId; koboKai: string }>;
  byAdvisor: Array<GroupStats & { advisor: string }>;
  /** After 採択: how many reached 交付決定 and 実績報告. */
  milestones: { kofuKettei: number; jissekiHokoku: number };
  hattatsu: HattatsuCounts;
}

export const NO_ADVISOR = '（担当未設定）';

interface Acc {
  total: number;
  counts: StatusCounts;
}

const emptyCounts = (): StatusCounts => ({ draft: 0, ownerReview: 0, ready: 0, submitted: 0, adopted: 0, rejected: 0 });
const finish = (a: Acc): GroupStats => ({ total: a.total, counts: a.counts, rate: adoptionRate(a.counts.adopted, a.counts.rejected) });

function bump<K>(map: Map<K, Acc>, key: K, status: ApplicationStatus): void {
  let a = map.get(key);
  if (!a) {
    a = { total: 0, counts: emptyCounts() };
    map.set(key, a);
  }
  a.total += 1;
  a.counts[status] += 1;
}

const STATUSES = new Set<string>(StatusEnum.options);
const PROGRAM_ORDER: Record<ProgramId, number> = { keieiKakushin: 0, monozukuri: 1, shinMonozukuri: 2, jizokuka: 3 };
const collator = new Intl.Collator('ja', { numeric: true });

export interface StatsInput {
  applications: readonly StatsApplication[];
  /** For the advisor of applications that do not name one. */
  clients?: ReadonlyArray<{ id: string; advisor?: string }>;
  visits?: readonly FollowUpVisit[];
  /** Recorded actuals after 採択 (see above): the day recorded and whether 売上高 / 粗利 rose. */
  actualFollowUps?: ReadonlyArray<{ clientId: string; date: string; uriageZoka: boolean; arariZoka: boolean }>;
}

/** All statistics in one pass; `fiscalYear` (年度, e.g. 2025 = 2025-04 … 2026-03) for the yearly counts. */
export function computeStats(input: StatsInput, fiscalYear: number): PortfolioStats {
  const clientAdvisor = new Map<string, string>();
  for (const c of input.clients ?? []) if (c.advisor?.trim()) clientAdvisor.set(c.id, c.advisor.trim());
  const overall: Acc = { total: 0, counts: emptyCounts() };
  const byProgram = new Map<ProgramId, Acc>();
  const byRound = new Map<string, Acc>();
  const roundKeys = new Map<string, { programId: ProgramId; koboKai: string }>();
  const byAdvisor = new Map<string, Acc>();
  const milestones = { kofuKettei: 0, jissekiHokoku: 0 };
  const fyStart = dayNumber(`${fiscalYear}-04-01`);
  const fyEnd = dayNumber(`${fiscalYear + 1}-04-01`); // exclusive
  let plans = 0;
  const planFirms = new Set<string>();

  for (const app of input.applications) {
    const status = STATUSES.has(app.status) ? app.status : 'draft';
    overall.total += 1;
    overall.counts[status] += 1;
    bump(byProgram, app.programId, status);
    const rk = `${app.programId}\u0000${app.koboKai}`;
    if (!roundKeys.has(rk)) roundKeys.set(rk, { programId: app.programId, koboKai: app.koboKai });
    bump(byRound, rk, status);
    bump(byAdvisor, app.advisor?.trim() || clientAdvisor.get(app.clientId) || NO_ADVISOR, status);
    const d = app.dates;
    if (!d) continue;
    if (status === 'adopted' && d.kofuKetteiAt) milestones.kofuKettei += 1;
    if (status === 'adopted' && d.jissekiHokokuAt) milestones.jissekiHokoku += 1;
    const ready = d.readyAt ? dayNumber(d.readyAt) : Infinity;
    const submitted = d.submittedAt ? dayNumber(d.submittedAt) : Infinity;
    const day = Math.min(ready, submitted);
    if (day !== Infinity) {
      if (day >= fyStart && day < fyEnd) {
        plans += 1;
        planFirms.add(app.clientId);
      }
    }
  }

  const followFirms = new Set<string>();
  const uriage = new Set<string>();
  const arari = new Set<string>();
  let visits = 0;
  for (const v of input.visits ?? []) {
    if (fiscalYearOf(v.date) !== fiscalYear) continue;
    visits += 1;
    followFirms.add(v.clientId);
    if (v.outcome.uriageZoka) uriage.add(v.clientId);
    if (v.outcome.arariZoka) arari.add(v.clientId);
  }
  for (const a of input.actualFollowUps ?? []) {
    if (fiscalYearOf(a.date) !== fiscalYear) continue;
    followFirms.add(a.clientId);
    if (a.uriageZoka) uriage.add(a.clientId);
    if (a.arariZoka) arari.add(a.clientId);
  }

  return {
    overall: finish(overall),
    byProgram: [...byProgram]
      .sort(([a], [b]) => PROGRAM_ORDER[a] - PROGRAM_ORDER[b])
      .map(([programId, acc]) => ({ programId, name: PROGRAM_NAMES[programId], ...finish(acc) })),
    byRound: [...roundKeys]
      .map(([k, meta]) => ({ ...meta, ...finish(byRound.get(k) ?? { total: 0, counts: emptyCounts() }) }))
      .sort((a, b) => PROGRAM_ORDER[a.programId] - PROGRAM_ORDER[b.programId] || collator.compare(a.koboKai, b.koboKai)),
    byAdvisor: [...byAdvisor]
      .map(([advisor, acc]) => ({ advisor, ...finish(acc) }))
      .sort((a, b) => (a.advisor === NO_ADVISOR ? 1 : 0) - (b.advisor === NO_ADVISOR ? 1 : 0) || collator.compare(a.advisor, b.advisor)),
    milestones,
    hattatsu: {
      fiscalYear,
      label: fiscalYearLabel(fiscalYear),
      jigyoKeikakuSakutei: { plans, firms: planFirms.size },
      followUp: { firms: followFirms.size, visits },
      uriageZoka: uriage.size,
      arariZoka: arari.size,
    },
  };
}
