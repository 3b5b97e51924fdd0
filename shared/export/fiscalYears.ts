import type { FinancialYear } from '../schemas/financialPlan';

/** The calendar month in Japan (UTC+9): [year, month 1–12]. */
function jstYearMonth(d: Date): [number, number] {
  const j = new Date(d.getTime() + 9 * 3600_000);
  return [j.getUTCFullYear(), j.getUTCMonth() + 1];
}

/**
 * Each plan-table year as the forms write it, 「2026年9月期」: the last actual year is the fiscal year
 * that last closed before `now` (from the client's 決算月), the years before and after it count from
 * there. null for every year when the 決算月 is not known.
 */
export function fiscalPeriodLabels(years: readonly Pick<FinancialYear, 'kind'>[], endMonth: number | null | undefined, now: Date): (string | null)[] {
  if (!endMonth || endMonth < 1 || endMonth > 12) return years.map(() => null);
  const [y, m] = jstYearMonth(now);
  const latestEnd = m > endMonth ? y : y - 1;
  let base = -1;
  years.forEach((yr, i) => {
    if (yr.kind === 'actual') base = i;
  });
  if (base < 0) base = -1; // no actual year: the first plan year is the year after the latest closed one
  return years.map((_, i) => `${latestEnd + (i - base)}年${endMonth}月期`);
}

/** The last actual year (直近期), the base of every growth figure. */
export function latestActualIndex(years: readonly Pick<FinancialYear, 'kind'>[]): number {
  for (let i = years.length - 1; i >= 0; i--) if (years[i]?.kind === 'actual') return i;
  return -1;
}
