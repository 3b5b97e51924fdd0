/** Japanese number formatting for messages: 3-digit commas, never NaN/Infinity. */

export function formatYen(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const rounded = Math.trunc(x);
  const s = Math.abs(rounded).toLocaleString('en-US');
  return `${x < 0 ? '△' : ''}${s}円`;
}

/** A difference in 円 with its sign: +30円, −20円, ±0円 (never 「+-20円」). */
export function formatSignedYen(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const r = Math.trunc(x);
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toLocaleString('en-US')}円`;
}

/** Like formatYen but keeps up to 2 decimals (per-head figures). */
export function formatYenFine(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (Number.isInteger(x)) return formatYen(x);
  const s = Math.abs(x).toLocaleString('en-US', { maximumFractionDigits: 2 });
  return `${x < 0 ? '△' : ''}${s}円`;
}

export function formatNumber(x: number): string {
  return Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: 2 }) : '—';
}

export function formatPercentNumber(p: number): string {
  return Number.isFinite(p) ? `${p.toFixed(2)}%` : '—';
}
