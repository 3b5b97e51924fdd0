import { writeXlsx, type SheetCell } from '../../../electron/xlsx/writeSheet';
import { INDICATOR_IDS, type IndicatorId } from '../../../shared/lokaben/indicators';
import { KIBO_IDS, KIBO_NAMES, SHOBUNRUI } from '../../../shared/lokaben/officialIndustries';

/**
 * A made-up 業種平均 sheet in the tool's layout (NOT the official values: those are only read from
 * ../shared/data/lokaben at run time). Round numbers per indicator, shifted by `shift` so two versions
 * differ; for tests that need a workbook to load whether or not the shared data is present.
 */
const TOOL_HEADER: Record<IndicatorId, string> = {
  uriageZokaRitsu: '売上増加率',
  eigyoRiekiRitsu: '営業利益率',
  rodoSeisansei: '労働生産性',
  ebitdaBairitsu: 'ＥＢＴＤＡ有利子負債倍率',
  untenShihonKikan: '営業運転資本回転期間',
  jikoShihonHiritsu: '自己資本比率',
};

/** median, std, ⅳ, ⅲ, ⅱ, ⅰ in the tool's units. */
const BASE: Record<IndicatorId, number[]> = {
  uriageZokaRitsu: [0.02, 0.1, -0.1, -0.01, 0.05, 0.2],
  eigyoRiekiRitsu: [0.02, 0.05, -0.05, 0, 0.04, 0.1],
  rodoSeisansei: [500_000, 2_000_000, -1_000_000, 0, 1_000_000, 4_000_000],
  ebitdaBairitsu: [6, 30, 30, 10, 3, 1],
  untenShihonKikan: [1.5, 1.5, 4, 2, 1, 0],
  jikoShihonHiritsu: [0.3, 0.3, -0.2, 0.1, 0.4, 0.7],
};

export function syntheticSheetRows(shift = 0): SheetCell[][] {
  const header: SheetCell[] = ['大分類', '小分類', '事業規模', ...INDICATOR_IDS.flatMap((id) => ['中央値', '標準偏差', 'ⅳ', 'ⅲ', 'ⅱ', 'ⅰ'].map((s) => `${TOOL_HEADER[id]}_${s}`))];
  const rows = SHOBUNRUI.flatMap((s) =>
    KIBO_IDS.map((k): SheetCell[] => [`${s.daibunruiId}_${s.daibunruiName}`, `${s.id}_${s.name}`, KIBO_NAMES[k], ...INDICATOR_IDS.flatMap((id) => BASE[id].map((v) => v + (id === 'rodoSeisansei' ? shift * 1000 : shift / 1000)))]),
  );
  return [header, ...rows];
}

export const syntheticOfficialXlsx = (shift = 0): Promise<Uint8Array> => writeXlsx('業種平均', syntheticSheetRows(shift));
