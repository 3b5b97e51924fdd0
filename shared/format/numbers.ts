/** Money and counts as Japanese forms print them: 3-digit commas, 千円 tables, never NaN. */
export function yen(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return Math.trunc(n).toLocaleString('ja-JP');
}

/** 円 → 千円, truncated toward zero (as plan tables are usually rounded down), with commas. */
export function senYen(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return Math.trunc(n / 1000).toLocaleString('ja-JP');
}

export function plainNumber(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return n.toLocaleString('ja-JP', { maximumFractionDigits: digits });
}
