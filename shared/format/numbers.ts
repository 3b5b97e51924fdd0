import { normalizeDigits } from '../checks/textScan';

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

/**
 * A number as people type it in Japanese forms: full-width digits, commas, spaces, and a negative
 * written -, △, ▲ or (…). Returns null for a blank text and undefined for text that is not a number.
 */
export function parseNumberText(raw: string): number | null | undefined {
  let t = normalizeDigits(raw).replace(/[,\s　]/g, '');
  if (t === '') return null;
  let negative = false;
  if (/^[△▲-]/.test(t)) {
    negative = true;
    t = t.slice(1);
  } else if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}
