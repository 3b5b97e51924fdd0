import { plainNumber } from '../../shared/format/numbers';

/** Display formats used across the UI (Japanese conventions). */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}/${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}`;
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${formatDate(iso)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** 1234567 → "1,234,567"; null/NaN → "—" (the exports' formatting, 0 decimals by default). */
export const formatNumber = (n: number | null | undefined, digits = 0): string => plainNumber(n, digits);

export { countChars } from '../../shared/checks/textScan';
