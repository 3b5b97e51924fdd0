import { dayNumber, toIsoDate } from '../portfolio/dates';

/** Calendar arithmetic on YYYY-MM-DD dates (Japan), exact through day numbers. */

const parts = (d: string) => ({ y: Number(d.slice(0, 4)), m: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) });
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The last day of month `m` (1–12) of year `y`. */
export const monthEnd = (y: number, m: number): string => toIsoDate(dayNumber(iso(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1)) - 1);

export const addDays = (d: string, n: number): string => toIsoDate(dayNumber(d) + n);

/** Same day `n` months later (clamped to the month's end: 01-31 + 1 month → 02-28/29). */
export function addMonths(d: string, n: number): string {
  const { y, m, day } = parts(d);
  const idx = y * 12 + (m - 1) + n;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  const last = Number(monthEnd(ny, nm).slice(8, 10));
  return iso(ny, nm, Math.min(day, last));
}

/** The end of the business year (決算月 `endMonth`) that holds date `d`. */
export function businessYearEnd(d: string, endMonth: number): string {
  const { y, m } = parts(d);
  return monthEnd(m <= endMonth ? y : y + 1, endMonth);
}

/** The end of the business year `k` years after the one ending on `end` (a month end). */
export function shiftYearEnd(end: string, k: number): string {
  const { y, m } = parts(end);
  return monthEnd(y + k, m);
}

/** Every end of month `month` that falls in [from, to]. */
export function monthEndsWithin(from: string, to: string, month: number): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const e = monthEnd(y, month);
    if (e >= from && e <= to) out.push(e);
  }
  return out;
}

/** "2025年9月期" for a business year ending on `end`. */
export const periodLabel = (end: string): string => `${Number(end.slice(0, 4))}年${Number(end.slice(5, 7))}月期`;

/** "2026年3月31日". */
export const jaDate = (d: string): string => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
