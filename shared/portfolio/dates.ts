/**
 * Calendar dates as the chamber uses them: YYYY-MM-DD in Japan (UTC+9), whatever the machine's time
 * zone. Arithmetic goes through day numbers (days since 1970-01-01), so it is exact and DST-free.
 */
import { z } from 'zod';

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日付は YYYY-MM-DD で入力してください')
  .refine((s) => toIsoDate(dayNumber(s)) === s, '存在しない日付です');
export type IsoDate = z.infer<typeof IsoDate>;

/** Days since 1970-01-01 of a YYYY-MM-DD date (or of the JST calendar date of an ISO date-time). */
export function dayNumber(date: string): number {
  if (date.length > 10) return Math.floor((Date.parse(date) + 9 * 3600_000) / 86_400_000);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function toIsoDate(day: number): string {
  const t = new Date(day * 86_400_000);
  const y = String(t.getUTCFullYear()).padStart(4, '0');
  return `${y}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** Today's date in Japan. */
export const jstToday = (now: Date): string => toIsoDate(Math.floor((now.getTime() + 9 * 3600_000) / 86_400_000));

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** 年度 (April–March) of a date: 2025-03-31 → 2024, 2025-04-01 → 2025. */
export function fiscalYearOf(date: string): number {
  const iso = date.length > 10 ? toIsoDate(dayNumber(date)) : date;
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? y : y - 1;
}

/** "2025年度（令和7年度）". */
export function fiscalYearLabel(fy: number): string {
  const reiwa = fy - 2018;
  const wareki = reiwa >= 1 ? `令和${reiwa === 1 ? '元' : reiwa}年度` : `平成${fy - 1988}年度`;
  return `${fy}年度（${wareki}）`;
}
