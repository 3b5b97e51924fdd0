import { columnName, type SheetProblem } from './excel';
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from './indicators';
import { KIBO_NAMES, SHOBUNRUI, type KiboId, type Shobunrui } from './officialIndustries';
import { cutsInOrder, ROW_COUNT, type OfficialIndicator, type OfficialRow } from './officialSchema';

/**
 * The layout of the 「業種平均」 sheet of METI's ローカルベンチマーク・ツール, read from its cells (pure;
 * the .xlsx is opened on the Node side, electron/lokaben/benchmarkImport.ts):
 *   a header row with 大分類, 小分類, 事業規模 and, per indicator, <指標>_中央値, _標準偏差, _ⅳ, _ⅲ, _ⅱ, _ⅰ —
 *   found by its labels, in any column order, with full-width / half-width variants and the tool's
 *   own typo 「ＥＢＴＤＡ有利子負債倍率」; then one row per 小分類 × 事業規模 (27 × 2).
 * Every value must be a number. Anything missing or not a number refuses the whole sheet, naming the
 * cell: nothing is half-loaded.
 */
export type SheetValue = number | string;

export interface SheetGrid {
  cells: ReadonlyMap<string, SheetValue>;
  rowCount: number;
  columnCount: number;
  /** Cells the reader could not turn into a value (a formula whose result was never saved). */
  unreadable: readonly SheetProblem[];
}

export type OfficialSheetResult = { ok: true; rows: OfficialRow[]; headerRow: number } | { ok: false; message: string; problems: SheetProblem[] };

type Stat = 'median' | 'std' | 0 | 1 | 2 | 3; // 0..3 = index into cuts [ⅳ, ⅲ, ⅱ, ⅰ]
const STATS: { stat: Stat; suffix: string; label: string }[] = [
  { stat: 'median', suffix: '中央値', label: '中央値' },
  { stat: 'std', suffix: '標準偏差', label: '標準偏差' },
  { stat: 0, suffix: 'iv', label: 'ⅳ' },
  { stat: 1, suffix: 'iii', label: 'ⅲ' },
  { stat: 2, suffix: 'ii', label: 'ⅱ' },
  { stat: 3, suffix: 'i', label: 'ⅰ' },
];

/** Indicator names as headers write them (normalised): the tool's 売上増加率 and its EBTDA typo included. */
const INDICATOR_LABELS: Record<IndicatorId, string[]> = {
  uriageZokaRitsu: ['売上増加率', '売上高増加率'],
  eigyoRiekiRitsu: ['営業利益率'],
  rodoSeisansei: ['労働生産性'],
  ebitdaBairitsu: ['ebtda有利子負債倍率', 'ebitda有利子負債倍率'],
  untenShihonKikan: ['営業運転資本回転期間'],
  jikoShihonHiritsu: ['自己資本比率'],
};
/** The header as the tool writes it, for messages. */
const TOOL_NAMES: Record<IndicatorId, string> = {
  uriageZokaRitsu: '売上増加率',
  eigyoRiekiRitsu: '営業利益率',
  rodoSeisansei: '労働生産性',
  ebitdaBairitsu: 'ＥＢＴＤＡ有利子負債倍率',
  untenShihonKikan: '営業運転資本回転期間',
  jikoShihonHiritsu: '自己資本比率',
};
const LOWER = (id: IndicatorId) => INDICATORS[id].direction === 'lower';
/** Full-width → half-width (ＥＢＴＤＡ, ＿, ⅳ → iv), no spaces, lower case. */
export const normLabel = (s: string): string => s.normalize('NFKC').replace(/\s/g, '').toLowerCase();

const SEPARATORS = /^[_\-・:()[\]]+|[_\-・:()[\]]+$/g;

/** 「売上増加率_ⅳ」 → uriageZokaRitsu / cut ⅳ. */
function parseValueHeader(text: string): { id: IndicatorId; stat: Stat } | undefined {
  const t = normLabel(text).replace(/[)\]]+$/, '');
  let best: { id: IndicatorId; stat: Stat; len: number } | undefined;
  for (const s of STATS) {
    if (!t.endsWith(s.suffix)) continue;
    const rest = t.slice(0, t.length - s.suffix.length).replace(SEPARATORS, '');
    const id = INDICATOR_IDS.find((x) => INDICATOR_LABELS[x].includes(rest));
    if (id && (!best || s.suffix.length > best.len)) best = { id, stat: s.stat, len: s.suffix.length };
  }
  return best && { id: best.id, stat: best.stat };
}

type KeyColumn = 'daibunrui' | 'shobunrui' | 'kibo';
const KEY_LABELS: Record<KeyColumn, string[]> = { daibunrui: ['大分類'], shobunrui: ['小分類'], kibo: ['事業規模', '規模'] };

interface Layout {
  row: number;
  keys: Partial<Record<KeyColumn, number>>;
  values: Map<string, number>; // `${id}:${stat}` → column index
}

const valueKey = (id: IndicatorId, stat: Stat) => `${id}:${stat}`;
const statLabel = (stat: Stat) => STATS.find((s) => s.stat === stat)!.label;
const headerName = (id: IndicatorId, stat: Stat) => `${TOOL_NAMES[id]}_${statLabel(stat)}`;

function textAt(grid: SheetGrid, col: number, row: number): string | undefined {
  const v = grid.cells.get(`${columnName(col)}${row}`);
  return v === undefined ? undefined : String(v).trim() || undefined;
}

/** The header row: the first of the top 30 with a 小分類 column and at least one indicator column. */
function findLayout(grid: SheetGrid): Layout | undefined {
  for (let row = 1; row <= Math.min(grid.rowCount, 30); row++) {
    const keys: Layout['keys'] = {};
    const values = new Map<string, number>();
    for (let col = 0; col < grid.columnCount; col++) {
      const t = textAt(grid, col, row);
      if (t === undefined) continue;
      const n = normLabel(t);
      const key = (Object.keys(KEY_LABELS) as KeyColumn[]).find((k) => KEY_LABELS[k].includes(n));
      if (key) {
        keys[key] ??= col;
        continue;
      }
      const h = parseValueHeader(t);
      if (h && !values.has(valueKey(h.id, h.stat))) values.set(valueKey(h.id, h.stat), col);
    }
    if (keys.shobunrui !== undefined && values.size > 0) return { row, keys, values };
  }
  return undefined;
}

const SHOBUNRUI_BY_NAME = new Map(SHOBUNRUI.map((s) => [normLabel(s.name), s]));

/** 「0306_その他の製造業」 (or the name alone) → the 小分類; undefined when it is not one of the 27. */
function matchShobunrui(text: string): Shobunrui | undefined {
  const m = /^(\d{4})[_\-・:]*(.*)$/.exec(normLabel(text));
  if (!m) return SHOBUNRUI_BY_NAME.get(normLabel(text));
  const s = SHOBUNRUI.find((x) => x.id === m[1]);
  return s && normLabel(s.name) === m[2] ? s : undefined;
}

function matchKibo(text: string): KiboId | undefined {
  const n = normLabel(text);
  if (n === '中規模事業者' || n === '中規模') return 'chukibo';
  if (n === '小規模事業者' || n === '小規模') return 'shokibo';
  return undefined;
}

const MAX_PROBLEMS = 50;

export function readGyoshuHeikin(grid: SheetGrid, sheetName = '業種平均'): OfficialSheetResult {
  const problems: SheetProblem[] = [];
  const refuse = (): OfficialSheetResult => {
    const first = problems[0]!;
    const more = problems.length > 1 ? `（ほか${problems.length - 1}件）` : '';
    return {
      ok: false,
      message: `「${sheetName}」シートを読み込めません。${first.cell ? `${first.cell}: ` : ''}${first.message}${more}基準値は何も読み込んでいません。`,
      problems: problems.slice(0, MAX_PROBLEMS),
    };
  };

  const layout = findLayout(grid);
  if (!layout) {
    problems.push({ cell: '', message: '見出し行（大分類・小分類・事業規模・売上増加率_中央値 …）が見つかりません。ローカルベンチマーク・ツールの「業種平均」シートか確認してください。' });
    return refuse();
  }
  const headerCell = (col: number) => `${columnName(col)}${layout.row}`;
  if (layout.keys.kibo === undefined) problems.push({ cell: headerCell(layout.keys.shobunrui!), message: `見出し行（${layout.row}行目）に「事業規模」の列がありません。` });
  for (const id of INDICATOR_IDS) {
    for (const s of STATS) {
      if (!layout.values.has(valueKey(id, s.stat))) problems.push({ cell: '', message: `見出し行（${layout.row}行目）に「${headerName(id, s.stat)}」の列がありません。` });
    }
  }
  if (problems.length > 0) return refuse();

  const unreadable = new Map(grid.unreadable.map((u) => [u.cell, u.message]));
  const rows: OfficialRow[] = [];
  const seen = new Map<string, string>(); // `${id}:${size}` → the 小分類 cell that had it
  for (let row = layout.row + 1; row <= grid.rowCount; row++) {
    const shoCol = layout.keys.shobunrui!;
    const shoText = textAt(grid, shoCol, row);
    const kiboText = textAt(grid, layout.keys.kibo!, row);
    const anyValue = [...layout.values.values()].some((c) => grid.cells.has(`${columnName(c)}${row}`));
    if (shoText === undefined && kiboText === undefined && !anyValue) continue; // an empty row or a note below the table
    const cell = (col: number) => `${columnName(col)}${row}`;
    if (shoText === undefined) {
      problems.push({ cell: cell(shoCol), message: '小分類が空欄です。' });
      continue;
    }
    const s = matchShobunrui(shoText);
    if (!s) {
      problems.push({ cell: cell(shoCol), message: `「${shoText}」はローカルベンチマーク・ツールの業種（小分類27業種）にありません。` });
      continue;
    }
    const daiCol = layout.keys.daibunrui;
    const daiText = daiCol === undefined ? undefined : textAt(grid, daiCol, row);
    if (daiCol !== undefined && daiText !== undefined && !normLabel(daiText).startsWith(s.daibunruiId)) {
      problems.push({ cell: cell(daiCol), message: `大分類「${daiText}」が小分類「${shoText}」と合いません（${s.daibunruiId}_${s.daibunruiName} のはずです）。` });
    }
    const size = kiboText === undefined ? undefined : matchKibo(kiboText);
    if (!size) {
      problems.push({ cell: cell(layout.keys.kibo!), message: kiboText === undefined ? '事業規模が空欄です。' : `事業規模「${kiboText}」は「中規模事業者」「小規模事業者」のどちらでもありません。` });
      continue;
    }
    const rowName = `${s.name}・${KIBO_NAMES[size]}`;
    const key = `${s.id}:${size}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ cell: cell(shoCol), message: `${rowName}の行が2つあります（${earlier} と同じ）。` });
      continue;
    }
    seen.set(key, cell(shoCol));

    const number = (id: IndicatorId, stat: Stat): number | undefined => {
      const col = layout.values.get(valueKey(id, stat))!;
      const ref = cell(col);
      const v = grid.cells.get(ref);
      const what = `${rowName}の${headerName(id, stat)}`;
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      if (v === undefined) problems.push({ cell: ref, message: unreadable.has(ref) ? `${what}: ${unreadable.get(ref)}` : `${what}が空欄です。` });
      else problems.push({ cell: ref, message: `${what}が数値ではありません（「${String(v).slice(0, 40)}」）。` });
      return undefined;
    };
    const indicators: Partial<Record<IndicatorId, OfficialIndicator>> = {};
    for (const id of INDICATOR_IDS) {
      const median = number(id, 'median');
      const std = number(id, 'std');
      const cuts = [number(id, 0), number(id, 1), number(id, 2), number(id, 3)];
      if (median === undefined || std === undefined || cuts.some((c) => c === undefined)) continue;
      const c = cuts as [number, number, number, number];
      if (std < 0) problems.push({ cell: cell(layout.values.get(valueKey(id, 'std'))!), message: `${rowName}の${headerName(id, 'std')}が負の値です。` });
      if (!cutsInOrder(id, c)) {
        const order = LOWER(id) ? '大きい順（ⅳ ≥ ⅲ ≥ ⅱ ≥ ⅰ）' : '小さい順（ⅳ ≤ ⅲ ≤ ⅱ ≤ ⅰ）';
        problems.push({ cell: cell(layout.values.get(valueKey(id, 0))!), message: `${rowName}の${TOOL_NAMES[id]}の区切り ⅳ〜ⅰ が${order}になっていません。` });
      }
      indicators[id] = { median, std, cuts: c };
    }
    if (INDICATOR_IDS.every((id) => indicators[id])) {
      rows.push({
        shobunruiId: s.id,
        size,
        daibunruiLabel: daiText ?? `${s.daibunruiId}_${s.daibunruiName}`,
        shobunruiLabel: shoText,
        indicators: indicators as OfficialRow['indicators'],
      });
    }
  }
  if (problems.length > 0) return refuse();

  const missing = SHOBUNRUI.flatMap((s) => (['chukibo', 'shokibo'] as const).filter((k) => !seen.has(`${s.id}:${k}`)).map((k) => `${s.name}・${KIBO_NAMES[k]}`));
  if (missing.length > 0) {
    problems.push({ cell: '', message: `${missing.length}行が足りません（${missing.slice(0, 5).join('、')}${missing.length > 5 ? ' …' : ''}）。27業種 × 中規模・小規模の${ROW_COUNT}行すべてが必要です。` });
    return refuse();
  }
  return { ok: true, rows, headerRow: layout.row };
}
