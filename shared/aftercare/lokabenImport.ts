import type { KessanPeriod } from '../lokaben/schema';
import { monthEnd } from './calendar';
import type { ActualFigures } from './schema';
import type { Timeline } from './timeline';

/**
 * Actual figures from the client's ローカルベンチマーク 決算 (shared/lokaben/schema.ts): a period whose
 * label names its closing month (「2025年9月期」, 「令和7年9月期」, 「2025/9」) is matched to the plan year
 * (or 基準年度) closing that month. Only the figures ロカベン holds are offered: 売上高, 営業利益,
 * 減価償却費, 従業員数. Nothing is written here: the advisor sees each value and confirms.
 */
export const LOKABEN_KEYS = ['uriageDaka', 'eigyoRieki', 'genkaShokyakuHi', 'jugyoinSu'] as const satisfies readonly (keyof ActualFigures & keyof KessanPeriod)[];
export type LokabenKey = (typeof LOKABEN_KEYS)[number];

export interface ImportItem {
  key: LokabenKey;
  incoming: number;
  current: number | null;
}
export interface ImportPeriod {
  label: string;
  /** The closing day read from the label; null when the label does not say. */
  end: string | null;
  /** The plan year it matches (0 = 基準年度); null when none. */
  year: number | null;
  items: ImportItem[];
}

/** The closing day of a period label, or null. */
export function periodEnd(label: string): string | null {
  const s = label.normalize('NFKC').replace(/\s/g, '');
  let m = /(\d{4})年(\d{1,2})月/.exec(s) ?? /(\d{4})[/.-](\d{1,2})/.exec(s);
  let y = m ? Number(m[1]) : null;
  if (!m) {
    m = /令和(\d{1,2}|元)年(\d{1,2})月/.exec(s);
    if (m) y = (m[1] === '元' ? 1 : Number(m[1])) + 2018;
  }
  const mo = m ? Number(m[2]) : null;
  return y !== null && mo !== null && mo >= 1 && mo <= 12 ? monthEnd(y, mo) : null;
}

export function matchPeriods(periods: readonly KessanPeriod[], t: Timeline, current: (year: number) => ActualFigures | null): ImportPeriod[] {
  return periods.map((p) => {
    const end = periodEnd(p.label);
    const year = end === null ? null : end === t.base.end ? 0 : (t.years.find((y) => y.end === end)?.year ?? null);
    const have = year === null ? null : current(year);
    const items: ImportItem[] = [];
    for (const key of LOKABEN_KEYS) {
      const v = p[key];
      if (v !== null) items.push({ key, incoming: v, current: have ? have[key] : null });
    }
    return { label: p.label, end, year, items };
  });
}
