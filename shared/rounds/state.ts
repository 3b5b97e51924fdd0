import type { ProgramId } from '../schemas/common';
import type { RoundDates, TemplateCore } from '../templates/schema';
import { dayNumber } from '../portfolio/dates';
import type { KoboRound } from '../portfolio/deadlines';

/**
 * A round's life, from its data (never computed from a rule of thumb): upcoming before 公募開始, open
 * until the 締切 day and time (JST), closed after; 経営革新 has no rounds (rolling approval).
 */
export type RoundState = 'upcoming' | 'open' | 'closed' | 'rolling' | 'undated';

export const ROUND_STATE_NAMES: Record<RoundState, string> = { upcoming: '公募前', open: '公募中', closed: '締切済み', rolling: '随時受付', undated: '日程未登録' };

/** Programs approved any time of the year (no 公募回 dates). */
const ROLLING: readonly ProgramId[] = ['keieiKakushin'];

/** Now in Japan as YYYY-MM-DD and HH:MM. */
export function jstNow(now: Date): { date: string; time: string } {
  const t = new Date(now.getTime() + 9 * 3600_000).toISOString();
  return { date: t.slice(0, 10), time: t.slice(11, 16) };
}

export function roundState(round: RoundDates | undefined, now: Date, programId?: ProgramId): RoundState {
  if (!round) return programId !== undefined && !ROLLING.includes(programId) ? 'undated' : 'rolling';
  const { date, time } = jstNow(now);
  if (round.openFrom && date < round.openFrom) return 'upcoming';
  if (date < round.deadline) return 'open';
  if (date > round.deadline) return 'closed';
  return time < (round.deadlineTime ?? '24:00') ? 'open' : 'closed';
}

/** Whole days from today (JST) to the deadline; negative once it has passed. */
export function daysToDeadline(round: RoundDates, now: Date): number {
  return dayNumber(round.deadline) - dayNumber(jstNow(now).date);
}

export interface RoundSummary {
  templateId: string;
  programId: ProgramId;
  name: string;
  koboKai: string;
  state: RoundState;
  round: RoundDates | null;
  current: boolean;
  /** Made in the app as a rule pack (not shipped with the release). */
  pack: boolean;
}

const ORDER: Record<RoundState, number> = { open: 0, upcoming: 1, rolling: 2, undated: 3, closed: 4 };

/**
 * The rounds to offer for a new application: open first (nearest deadline first), then upcoming,
 * then rolling, then closed (latest first).
 */
export function sortRounds<T extends { state: RoundState; round: RoundDates | null; current: boolean; name: string }>(rounds: readonly T[]): T[] {
  return [...rounds].sort((a, b) => {
    const s = ORDER[a.state] - ORDER[b.state];
    if (s !== 0) return s;
    const da = a.round?.deadline ?? '';
    const db = b.round?.deadline ?? '';
    if (da !== db) return a.state === 'closed' ? (da < db ? 1 : -1) : da < db ? -1 : 1;
    if (a.current !== b.current) return a.current ? -1 : 1;
    return a.name.localeCompare(b.name, 'ja');
  });
}

export function summarizeRound(t: Pick<TemplateCore, 'id' | 'programId' | 'name' | 'koboKai' | 'round' | 'current'>, now: Date, pack: boolean): RoundSummary {
  return { templateId: t.id, programId: t.programId, name: t.name, koboKai: t.koboKai, state: roundState(t.round, now, t.programId), round: t.round ?? null, current: t.current, pack };
}

/** 2026-12-15 17:00 → 「12月15日（火）17:00」 */
export function deadlineLabel(round: RoundDates): string {
  const d = new Date(`${round.deadline}T00:00:00Z`);
  const wd = '日月火水木金土'[d.getUTCDay()] ?? '';
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日（${wd}）${round.deadlineTime ? ` ${round.deadlineTime}` : ''}`;
}

/** The round's dates as the deadline list reads them (null for rolling programs). */
export function koboRoundOf(t: TemplateCore): KoboRound | null {
  const r = t.round;
  if (!r) return null;
  return {
    programId: t.programId,
    koboKai: t.koboKai,
    applicationDeadline: r.deadline,
    ...(r.openFrom ? { acceptanceStart: r.openFrom } : {}),
    ...(r.deadlineTime ? { applicationDeadlineTime: r.deadlineTime } : {}),
    ...(r.yoshiki4Deadline ? { yoshiki4CutOff: r.yoshiki4Deadline } : {}),
    source: r.source.note,
    unconfirmed: r.source.unconfirmed,
  };
}
