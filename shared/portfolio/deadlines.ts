/**
 * Deadlines of each 公募回 and what is due soon.
 *
 * 様式4 事業支援計画書 (持続化補助金): the chamber must issue it before the application deadline, and
 * the 公募要領 sets a cut-off for requesting it. When the round's data gives that date, it is used.
 * Otherwise the default is 10 **calendar** days before the application deadline, moved back to the
 * Friday when it falls on a weekend (never later). Calendar, not business, days: 第17回 has 申請締切
 * 2025-06-13 (Fri) and 様式4 受付締切 2025-06-03 (Tue) — exactly 10 calendar days (10 business days
 * would give 05-30). Public holidays are not known here; a chamber's own earlier cut-off can be set
 * with `daysBefore`.
 */
import { z } from 'zod';
import type { ApplicationStatus } from '../schemas/application';
import { ProgramId } from '../schemas/common';
import { dayNumber, IsoDate, jstToday, toIsoDate, weekday } from './dates';

export const YOSHIKI4_DAYS_BEFORE = 10;

export const KoboRound = z.object({
  programId: ProgramId,
  koboKai: z.string().min(1).max(80), // e.g. 第17回
  acceptanceStart: IsoDate.optional(), // 申請受付開始
  applicationDeadline: IsoDate, // 申請受付締切
  applicationDeadlineTime: z.string().regex(/^\d{2}:\d{2}$/).optional(), // e.g. 17:00
  yoshiki4CutOff: IsoDate.optional(), // 様式4 発行の受付締切, as the 公募要領 states it
  source: z.string().max(500).default(''), // where the dates come from
  unconfirmed: z.boolean().default(false),
});
export type KoboRound = z.infer<typeof KoboRound>;
export type KoboRoundInput = z.input<typeof KoboRound>;

/** Programs whose application needs the chamber's 様式4 事業支援計画書. */
export const needsYoshiki4 = (programId: ProgramId): boolean => programId === 'jizokuka';

/** Default 様式4 cut-off: `daysBefore` calendar days before the deadline, weekend → the Friday before. */
export function defaultYoshiki4CutOff(applicationDeadline: string, daysBefore = YOSHIKI4_DAYS_BEFORE): string {
  let day = dayNumber(applicationDeadline) - daysBefore;
  const wd = weekday(day);
  if (wd === 6) day -= 1;
  else if (wd === 0) day -= 2;
  return toIsoDate(day);
}

export interface RoundDeadlines {
  application: string;
  applicationTime: string | null;
  /** null for programs without 様式4. */
  yoshiki4: { date: string; estimated: boolean } | null;
}

export function roundDeadlines(round: KoboRound, daysBefore = YOSHIKI4_DAYS_BEFORE): RoundDeadlines {
  const yoshiki4 = needsYoshiki4(round.programId)
    ? round.yoshiki4CutOff
      ? { date: round.yoshiki4CutOff, estimated: false }
      : { date: defaultYoshiki4CutOff(round.applicationDeadline, daysBefore), estimated: true }
    : null;
  return { application: round.applicationDeadline, applicationTime: round.applicationDeadlineTime ?? null, yoshiki4 };
}

export interface DueSource {
  applicationId: string;
  title: string;
  clientName?: string;
  status: ApplicationStatus;
  round: KoboRound;
  /** Set once the chamber has issued 様式4: its deadline is then done. */
  yoshiki4IssuedAt?: string;
}

export type DueKind = 'yoshiki4' | 'application';

export interface DueEntry {
  applicationId: string;
  title: string;
  clientName: string;
  programId: ProgramId;
  koboKai: string;
  kind: DueKind;
  date: string;
  time: string | null;
  daysLeft: number;
  overdue: boolean;
  /** The date is the 10-days-before default, not the 公募要領's own. */
  estimated: boolean;
  label: string; // e.g. 様式4 締切まで あと3日
}

const KIND_NAMES: Record<DueKind, string> = { yoshiki4: '様式4 締切', application: '申請締切' };

export function dueLabel(kind: DueKind, daysLeft: number, time: string | null = null): string {
  const name = KIND_NAMES[kind];
  if (daysLeft > 0) return `${name}まで あと${daysLeft}日`;
  if (daysLeft === 0) return `${name}は今日${time ? ` ${time}` : ''}`;
  return `${name}を${-daysLeft}日過ぎています`;
}

const collator = new Intl.Collator('ja', { numeric: true });
const NOT_DUE = new Set<ApplicationStatus>(['submitted', 'adopted', 'rejected']);

/**
 * What is due within `withinDays` days of `today` (a YYYY-MM-DD date in Japan, or a Date), for
 * applications not yet submitted, sorted by date (様式4 before the application deadline on the same
 * day, then by title). A missed 様式4 cut-off is listed as overdue while the application deadline is
 * still ahead — the advisor has to act on it; nothing is listed once the round's deadline has passed.
 */
export function dueSoon(items: readonly DueSource[], today: string | Date, withinDays: number, daysBefore = YOSHIKI4_DAYS_BEFORE): DueEntry[] {
  const t = dayNumber(typeof today === 'string' ? today : jstToday(today));
  const out: DueEntry[] = [];
  const rounds = new Map<KoboRound, RoundDeadlines>(); // many applications share a round
  for (const it of items) {
    if (NOT_DUE.has(it.status)) continue;
    let d = rounds.get(it.round);
    if (!d) {
      d = roundDeadlines(it.round, daysBefore);
      rounds.set(it.round, d);
    }
    const appLeft = dayNumber(d.application) - t;
    if (appLeft < 0) continue;
    const yoshiki4 = d.yoshiki4;
    const entry = (kind: DueKind, date: string, time: string | null, daysLeft: number, estimated: boolean): DueEntry => ({
      applicationId: it.applicationId,
      title: it.title,
      clientName: it.clientName ?? '',
      programId: it.round.programId,
      koboKai: it.round.koboKai,
      kind,
      date,
      time,
      daysLeft,
      overdue: daysLeft < 0,
      estimated,
      label: dueLabel(kind, daysLeft, time),
    });
    if (yoshiki4 && !it.yoshiki4IssuedAt) {
      const left = dayNumber(yoshiki4.date) - t;
      if (left <= withinDays) out.push(entry('yoshiki4', yoshiki4.date, null, left, yoshiki4.estimated));
    }
    if (appLeft <= withinDays) out.push(entry('application', d.application, d.applicationTime, appLeft, false));
  }
  const kindRank = (k: DueKind) => (k === 'yoshiki4' ? 0 : 1);
  return out.sort((a, b) => a.daysLeft - b.daysLeft || kindRank(a.kind) - kindRank(b.kind) || collator.compare(a.title, b.title) || (a.applicationId < b.applicationId ? -1 : 1));
}
