/**
 * パートタイム従業員の人数換算 (もの補助 FAQ: 正社員の就業時間が1日7時間の事業者で1日3時間勤務のパートは 3÷7 の
 * 小数点以下第3位を切捨てて 0.42人). Each part-timer is converted on its own, then summed; exact in hundredths.
 */
export function fteHundredths(regularHoursPerDay: number, partHoursPerDay: readonly number[]): number {
  if (!(regularHoursPerDay > 0)) return 0;
  // Work in minutes so 7.5 hours stays an integer: floor(part × 100 / regular) per person.
  const reg = Math.round(regularHoursPerDay * 60);
  return partHoursPerDay.reduce((sum, h) => sum + Math.floor((Math.round(Math.max(0, h) * 60) * 100) / reg), 0);
}

/** 正社員 + the part-timers converted, in 人 with two decimals. */
export function fteOf(regular: number, regularHoursPerDay: number, partHoursPerDay: readonly number[]): number {
  return (Math.round(regular * 100) + fteHundredths(regularHoursPerDay, partHoursPerDay)) / 100;
}
