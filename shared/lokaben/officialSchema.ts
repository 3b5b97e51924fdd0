import { z } from 'zod';
import { INDICATOR_IDS, type IndicatorId } from './schema';
import { KIBO_IDS, KiboId, SHOBUNRUI_IDS, ShobunruiId } from './officialIndustries';

/**
 * The official 業種平均 table of METI's ローカルベンチマーク・ツール as loaded from the advisor's copy:
 * 27 小分類 × 2 sizes, per indicator the 中央値, 標準偏差 and the four cut values [ⅳ, ⅲ, ⅱ, ⅰ] — the lower
 * bounds of scores 2, 3, 4, 5 (for the two lower-is-better indicators, EBITDA有利子負債倍率 and
 * 営業運転資本回転期間, the upper bounds: the sheet lists them descending).
 *
 * Values stay in the TOOL's units, unchanged: rates as fractions (0.0227 = 2.27%), 労働生産性 in 円/人,
 * 倍, ヶ月. Conversion to display units and scoring are in officialBenchmark.ts. Stored as JSON in the
 * database (table lokaben_benchmarks) and parsed with this schema on every read.
 */
export const OFFICIAL_FORMAT = 'banso-lokaben-official';

/** Higher-is-better indicators; the other two are mirrored (lower is better). */
export const LOWER_IS_BETTER: readonly IndicatorId[] = ['ebitdaBairitsu', 'untenShihonKikan'];

const Num = z.number().finite();

export const OfficialIndicator = z.object({
  median: Num, // 中央値
  std: Num.min(0), // 標準偏差
  /** [ⅳ, ⅲ, ⅱ, ⅰ] as the sheet orders them. */
  cuts: z.tuple([Num, Num, Num, Num]),
});
export type OfficialIndicator = z.infer<typeof OfficialIndicator>;

/** Whether cuts [ⅳ, ⅲ, ⅱ, ⅰ] run the way the indicator is scored (ascending, or descending when mirrored); ties allowed. */
export function cutsInOrder(id: IndicatorId, cuts: readonly number[]): boolean {
  const lower = LOWER_IS_BETTER.includes(id);
  for (let i = 1; i < cuts.length; i++) {
    const a = cuts[i - 1]!;
    const b = cuts[i]!;
    if (lower ? a < b : a > b) return false;
  }
  return true;
}

export const OfficialRow = z
  .object({
    shobunruiId: ShobunruiId,
    size: KiboId,
    /** The labels as the sheet writes them, e.g. 03_製造業 / 0306_その他の製造業. */
    daibunruiLabel: z.string().max(200),
    shobunruiLabel: z.string().max(200),
    indicators: z.object({
      uriageZokaRitsu: OfficialIndicator,
      eigyoRiekiRitsu: OfficialIndicator,
      rodoSeisansei: OfficialIndicator,
      ebitdaBairitsu: OfficialIndicator,
      untenShihonKikan: OfficialIndicator,
      jikoShihonHiritsu: OfficialIndicator,
    } satisfies Record<IndicatorId, typeof OfficialIndicator>),
  })
  .superRefine((row, ctx) => {
    for (const id of INDICATOR_IDS) {
      if (!cutsInOrder(id, row.indicators[id].cuts)) ctx.addIssue({ code: 'custom', path: ['indicators', id, 'cuts'], message: '評点の区切り（ⅳ〜ⅰ）の順序が逆です' });
    }
  });
export type OfficialRow = z.infer<typeof OfficialRow>;

/** Where the table came from: the file, its document properties (docProps/core.xml), when it was loaded. */
export const OfficialSource = z.object({
  fileName: z.string().max(255),
  sheetName: z.string().max(100),
  creator: z.string().max(200).nullable(),
  lastModifiedBy: z.string().max(200).nullable(),
  /** ISO date-times from the workbook (UTC, as core.xml records them); null when the file has none. */
  created: z.string().max(40).nullable(),
  modified: z.string().max(40).nullable(),
  loadedAt: z.string().max(40),
});
export type OfficialSource = z.infer<typeof OfficialSource>;

export const ROW_COUNT = SHOBUNRUI_IDS.length * KIBO_IDS.length;

export const OfficialBenchmarks = z
  .object({
    format: z.literal(OFFICIAL_FORMAT),
    version: z.literal(1),
    source: OfficialSource,
    rows: z.array(OfficialRow).length(ROW_COUNT),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.rows.forEach((r, i) => {
      const key = `${r.shobunruiId}:${r.size}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['rows', i], message: `${key} が重複しています` });
      seen.add(key);
    });
  });
export type OfficialBenchmarks = z.infer<typeof OfficialBenchmarks>;

/** The row of a 小分類 and size (a parsed table holds all 54). */
export function officialRow(t: OfficialBenchmarks, id: ShobunruiId, size: KiboId): OfficialRow {
  const r = t.rows.find((x) => x.shobunruiId === id && x.size === size);
  if (!r) throw new Error(`no official row for ${id} ${size}`);
  return r;
}
