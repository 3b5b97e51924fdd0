import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndicatorId } from '../../../shared/lokaben/indicators';
import type { KiboId } from '../../../shared/lokaben/officialIndustries';

/**
 * The official 業種平均 test data (METI's ローカルベンチマーク・ツール, as a public repository kept it) is
 * NOT part of this project: it is read at run time from ../shared/data/lokaben next to the checkout.
 * Where it is absent, the tests that need it skip and say so.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const LOKABEN_DATA = path.resolve(root, '../shared/data/lokaben');
export const OFFICIAL_XLSX = path.join(LOKABEN_DATA, 'benchmarks-gyoshu-heikin.xlsx');
export const OFFICIAL_CSV = path.join(LOKABEN_DATA, 'benchmarks.csv');
export const OFFICIAL_JSON = path.join(LOKABEN_DATA, 'benchmarks.json');

export const hasOfficialData = [OFFICIAL_XLSX, OFFICIAL_CSV, OFFICIAL_JSON].every((f) => fs.existsSync(f));
if (!hasOfficialData) console.warn(`SKIP: ${LOKABEN_DATA} (benchmarks-gyoshu-heikin.xlsx, benchmarks.csv, benchmarks.json) is absent — the tests that read the official ローカルベンチマーク table are skipped.`);

export const officialBytes = (): Uint8Array => new Uint8Array(fs.readFileSync(OFFICIAL_XLSX));

/** The reference data's indicator keys. */
export const KEY_OF: Record<string, IndicatorId> = {
  sales_growth_rate: 'uriageZokaRitsu',
  operating_profit_margin: 'eigyoRiekiRitsu',
  labor_productivity: 'rodoSeisansei',
  ebitda_interest_bearing_debt_multiple: 'ebitdaBairitsu',
  operating_working_capital_period: 'untenShihonKikan',
  equity_ratio: 'jikoShihonHiritsu',
};
export const SIZE_OF: Record<string, KiboId> = { 中規模事業者: 'chukibo', 小規模事業者: 'shokibo' };

export interface CsvRow {
  minor: string;
  size: KiboId;
  id: IndicatorId;
  direction: string;
  /** median, std, ⅳ, ⅲ, ⅱ, ⅰ exactly as written (tool units). */
  values: [number, number, number, number, number, number];
}

/** benchmarks.csv: one row per industry × size × indicator (comment lines start with #). */
export function readCsv(): CsvRow[] {
  const lines = fs.readFileSync(OFFICIAL_CSV, 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
  const [header, ...rows] = lines;
  if (!header?.startsWith('major,minor,scale')) throw new Error(`unexpected CSV header: ${header}`);
  return rows.map((l) => {
    const f = l.split(',');
    const nums = f.slice(-6).map(Number);
    if (nums.some((n) => !Number.isFinite(n))) throw new Error(`not numbers: ${l}`);
    return { minor: f[1]!, size: SIZE_OF[f[2]!]!, id: KEY_OF[f[4]!]!, direction: f[f.length - 7]!, values: nums as CsvRow['values'] };
  });
}

export interface JsonIndicator {
  median: number;
  std: number;
  cuts: [number, number, number, number];
}
/** benchmarks.json: the same values in display units (%, 千円/人), unrounded. */
export function readJson(): { minor: string; size: KiboId; indicators: Record<IndicatorId, JsonIndicator> }[] {
  const raw = JSON.parse(fs.readFileSync(OFFICIAL_JSON, 'utf8')) as { rows: Record<string, unknown>[] };
  return raw.rows.map((r) => ({
    minor: String(r.minor),
    size: SIZE_OF[String(r.scale)]!,
    indicators: Object.fromEntries(Object.entries(KEY_OF).map(([k, id]) => [id, r[k] as JsonIndicator])) as Record<IndicatorId, JsonIndicator>,
  }));
}
