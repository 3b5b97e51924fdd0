import type { PipelineDates } from '../portfolio/pipeline';
import { addDays, addMonths, businessYearEnd, jaDate, periodLabel, shiftYearEnd } from './calendar';
import type { AftercareSettings, PlanStart } from './schema';

/**
 * Where each plan year lies in the calendar, from the pipeline dates (交付決定, 実績報告) and what the
 * advisor recorded (完了日, 額の確定日, 決算月). Dates not known are estimated, and said so.
 */
export type YearStatus = 'past' | 'current' | 'future' | 'unknown';

export interface PlanYearSpan {
  year: number;
  start: string | null;
  end: string | null;
  /** e.g. 1年目（2025年9月期） */
  label: string;
  status: YearStatus;
}

export interface KnownDate {
  date: string | null;
  /** How it was found: recorded, or estimated from another date (Japanese). */
  basis: string;
  estimated: boolean;
}

export interface Timeline {
  n: number;
  base: { end: string | null; label: string };
  years: PlanYearSpan[];
  completion: KnownDate;
  kakutei: KnownDate;
  fiscalYearEndMonth: number;
  /** Notes on what was assumed (決算月 unknown, dates estimated …). */
  notes: string[];
}

export interface TimelineInput {
  planStart: PlanStart['kind'];
  n: number;
  dates: PipelineDates;
  settings: Pick<AftercareSettings, 'kanryoBi' | 'kakuteiBi'>;
  fiscalYearEndMonth: number | null;
  today: string;
}

/** 補助事業の完了日: recorded, else the 実績報告日, else 交付決定日 + 10か月 (もの補助 20次's 実施期間). */
export function completionDate(dates: PipelineDates, settings: TimelineInput['settings']): KnownDate {
  if (settings.kanryoBi) return { date: settings.kanryoBi, basis: '入力された完了日', estimated: false };
  if (dates.jissekiHokokuAt) return { date: dates.jissekiHokokuAt, basis: '実績報告日を完了日とみなした推定', estimated: true };
  if (dates.kofuKetteiAt) return { date: addMonths(dates.kofuKetteiAt, 10), basis: '交付決定日から10か月後とした推定', estimated: true };
  return { date: null, basis: '交付決定日・実績報告日が未入力', estimated: true };
}

/** 額の確定日: recorded, else about a month after 実績報告 (FAQ 3-1). */
export function kakuteiDate(dates: PipelineDates, settings: TimelineInput['settings'], completion: KnownDate): KnownDate {
  if (settings.kakuteiBi) return { date: settings.kakuteiBi, basis: '入力された額の確定日', estimated: false };
  const from = dates.jissekiHokokuAt ?? completion.date;
  if (from) return { date: addDays(from, 30), basis: `${dates.jissekiHokokuAt ? '実績報告日' : '完了日（推定）'}の30日後とした推定`, estimated: true };
  return { date: null, basis: '実績報告日が未入力', estimated: true };
}

const statusOf = (start: string | null, end: string | null, today: string): YearStatus => {
  if (!start || !end) return 'unknown';
  if (end < today) return 'past';
  return start <= today ? 'current' : 'future';
};

export function buildTimeline(input: TimelineInput): Timeline {
  const notes: string[] = [];
  const fyEnd = input.fiscalYearEndMonth ?? 3;
  if (input.fiscalYearEndMonth === null) notes.push('事業者の決算月が未登録のため3月決算として計算しています（事業者情報で決算月を登録してください）。');
  const completion = completionDate(input.dates, input.settings);
  const kakutei = kakuteiDate(input.dates, input.settings, completion);
  for (const d of [completion, kakutei]) if (d.date && d.estimated) notes.push(`${d === completion ? '補助事業の完了日' : '額の確定日'}は${d.basis}です（${jaDate(d.date)}）。`);

  let firstEnd: string | null = null;
  let step: (end: string, k: number) => string = shiftYearEnd;
  let yearLabel = (k: number, end: string | null) => `${k}年目${end ? `（${periodLabel(end)}）` : ''}`;
  let baseLabel = (end: string | null) => `基準年度${end ? `（${periodLabel(end)}）` : ''}`;
  if (input.planStart === 'kakuteiFiscalYear') {
    firstEnd = kakutei.date ? businessYearEnd(kakutei.date, fyEnd) : null;
  } else if (input.planStart === 'afterApproval') {
    firstEnd = input.dates.resultAt ? shiftYearEnd(businessYearEnd(input.dates.resultAt, fyEnd), 1) : null;
  } else {
    firstEnd = completion.date;
    step = (end, k) => addMonths(end, 12 * k);
    yearLabel = (k, end) => `${k === 1 ? '補助事業終了時' : `終了から${k - 1}年後`}${end ? `（${jaDate(end)}）` : ''}`;
    baseLabel = () => '申請時（直近期）';
  }
  const years: PlanYearSpan[] = [];
  let prevEnd: string | null = firstEnd ? (input.planStart === 'completion' ? null : shiftYearEnd(firstEnd, -1)) : null;
  for (let k = 1; k <= input.n; k++) {
    const end = firstEnd ? step(firstEnd, k - 1) : null;
    const start = prevEnd ? addDays(prevEnd, 1) : input.planStart === 'completion' && end ? addDays(addMonths(end, -12), 1) : null;
    years.push({ year: k, start, end, label: yearLabel(k, end), status: statusOf(start, end, input.today) });
    prevEnd = end;
  }
  const baseEnd = firstEnd && input.planStart !== 'completion' ? shiftYearEnd(firstEnd, -1) : null;
  return { n: input.n, base: { end: baseEnd, label: baseLabel(baseEnd) }, years, completion, kakutei, fiscalYearEndMonth: fyEnd, notes };
}

/** The plan year in progress on `today` (null before year 1 or after the last). */
export const currentYear = (t: Timeline): number | null => t.years.find((y) => y.status === 'current')?.year ?? null;
