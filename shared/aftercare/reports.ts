import { dayNumber, fiscalYearOf } from '../portfolio/dates';
import { addDays, addMonths, monthEnd } from './calendar';
import type { ReportSchedule } from './schema';
import type { Timeline } from './timeline';

/**
 * Due dates of the reports after the project (事業化状況報告, 事業効果報告, 経営革新のフォローアップ)
 * from the completion date and the plan years. Exact calendar arithmetic: 60 days after March 31 is May 30.
 */
export interface ReportDue {
  scheduleId: string;
  name: string;
  /** 1-based: 第1回 … */
  index: number;
  /** What the report covers: the period ending on this day. */
  periodEnd: string;
  due: string;
  /** Our date is an estimate (the secretariat sets it, or a date it depends on was estimated). */
  estimated: boolean;
  status: 'done' | 'overdue' | 'upcoming' | 'later';
  daysLeft: number;
}

/** Each due date of one schedule (none while the completion date is unknown). */
export function reportDates(s: ReportSchedule, t: Timeline): { periodEnd: string; due: string }[] {
  const c = t.completion.date;
  if (!c && s.kind !== 'planYear') return [];
  const count = s.count === 'planYears' ? t.n : s.count;
  const out: { periodEnd: string; due: string }[] = [];
  for (let i = 1; i <= count; i++) {
    let periodEnd: string | null = null;
    if (s.kind === 'nationalFiscalYear' && c) periodEnd = monthEnd(fiscalYearOf(c) + i + 1, 3); // 国の会計年度 after the one holding completion
    else if (s.kind === 'afterCompletion' && c) periodEnd = addMonths(c, s.monthsAfter * i);
    else periodEnd = t.years[i - 1]?.end ?? null;
    if (periodEnd) out.push({ periodEnd, due: addDays(periodEnd, s.dueDays) });
  }
  return out;
}

/** The key a report is marked submitted under (AftercareSettings.reportsDone). */
export const reportKey = (scheduleId: string, index: number): string => `${scheduleId}:${index}`;

/** All reports of a round, with where they stand on `today` (`done`: marked as submitted); `withinDays` marks the upcoming ones. */
export function reportsDue(schedules: readonly ReportSchedule[], t: Timeline, today: string, done: readonly string[] = [], withinDays = 90): ReportDue[] {
  const out: ReportDue[] = [];
  const dateEstimated = t.completion.estimated || t.kakutei.estimated;
  for (const s of schedules) {
    reportDates(s, t).forEach(({ periodEnd, due }, i) => {
      const daysLeft = dayNumber(due) - dayNumber(today);
      // A report is due once its period has ended; before that it is 'later'.
      const status = done.includes(reportKey(s.id, i + 1)) ? 'done' : daysLeft < 0 ? 'overdue' : periodEnd < today || daysLeft <= withinDays ? 'upcoming' : 'later';
      out.push({ scheduleId: s.id, name: s.name, index: i + 1, periodEnd, due, estimated: s.estimated || dateEstimated, status, daysLeft });
    });
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
