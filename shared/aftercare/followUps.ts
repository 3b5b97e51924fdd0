import { cmp } from '../finance/rational';
import { measureExact, type YearFigures } from './measures';
import type { AftercareRecord } from './schema';

/**
 * How a recorded actual counts in the 経営発達支援事業 yearly counts (shared/portfolio/stats.ts):
 * a plan year (1…n) whose figures were recorded on day D is a フォローアップ of the firm in D's 年度
 * (the firm once, whatever the number of years or applications; it adds no 訪問回数). It counts as
 * 売上高増加 / 粗利増加 when that year's entered 売上高 / 売上総利益 (売上高 − 売上原価) exceeds the
 * year before's — the previous plan year's actual, or for year 1 the 基準年度 (recorded, else the
 * plan table's 直近期). Figures carried forward are never used here.
 */
export interface ActualFollowUp {
  clientId: string;
  applicationId: string;
  date: string;
  uriageZoka: boolean;
  arariZoka: boolean;
}

const rises = (now: YearFigures | undefined, before: YearFigures | undefined, id: 'uriageDaka' | 'uriageSoRieki'): boolean => {
  if (!now || !before) return false;
  const a = measureExact(now, id, 2);
  const b = measureExact(before, id, 2);
  return a.ok && b.ok && cmp(a.value, b.value) > 0;
};

export function followUpsOf(applicationId: string, clientId: string, record: AftercareRecord, planBase: YearFigures | null): ActualFollowUp[] {
  const byYear = new Map(record.years.map((y) => [y.year, y]));
  const out: ActualFollowUp[] = [];
  for (const y of record.years) {
    if (y.year < 1 || !y.recordedOn) continue;
    const prev = byYear.get(y.year - 1) ?? (y.year === 1 ? (planBase ?? undefined) : undefined);
    out.push({ clientId, applicationId, date: y.recordedOn, uriageZoka: rises(y, prev, 'uriageDaka'), arariZoka: rises(y, prev, 'uriageSoRieki') });
  }
  return out;
}
