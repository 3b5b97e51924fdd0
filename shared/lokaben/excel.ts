import { FIGURE_LABELS } from './indicators';
import { readNumberInput } from '../format/numbers';
import type { KessanFigureKey, KessanPeriodInput } from './schema';

/**
 * 決算 figures from the chamber's Excel sheet. The layout (also what kessanTemplateRows lays out):
 *   A1: anything (e.g. 項目)     B1, C1, … : period labels (e.g. 2024年3月期), oldest first, up to 5
 *   A2…: item names — 売上高, 前期売上高, 営業利益, 減価償却費, 従業員数, 借入金, 現預金, 売上債権,
 *        棚卸資産, 買入債務, 純資産, 総資産 (in any order; other rows are ignored and listed)
 *   values in 千円 (従業員数 in 人); commas, full-width digits, △/▲ or parentheses for negatives accepted.
 * Every cell that could not be read is reported with its address; nothing is guessed.
 * Pure layout logic over the sheet's cell texts; the .xlsx bytes are read on the Node side
 * (electron/lokaben/kessanExcel.ts), never in the renderer.
 */
export interface SheetProblem {
  cell: string;
  message: string;
}

export type KessanImport = { ok: true; periods: KessanPeriodInput[]; problems: SheetProblem[]; read: number } | { ok: false; message: string };

const KEYS = Object.keys(FIGURE_LABELS) as KessanFigureKey[];
const MAX_PERIODS = 5;

/** A cell text: what the sheet shows in a cell, by address (A1, B2, …). */
export type SheetCells = ReadonlyMap<string, string>;
/** One row of the template: texts, numbers, or nothing. */
export type SheetRow = (string | number | null)[];

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Longest label first, so 前期売上高 wins over 売上高; each with its quoted form (「売上高」). */
const LABEL_PREFIXES = [...KEYS].sort((a, b) => FIGURE_LABELS[b].length - FIGURE_LABELS[a].length).map((key) => ({ key, plain: FIGURE_LABELS[key], quoted: `「${FIGURE_LABELS[key]}` }));

/** 売上高(千円) / 売上高 合計 / 「売上高」 → uriageDaka; 前期売上高 wins over 売上高 (longest label first). */
function keyOf(label: string): KessanFigureKey | undefined {
  const t = label.replace(/[\s　]/g, '');
  return LABEL_PREFIXES.find((p) => t.startsWith(p.plain) || t.startsWith(p.quoted))?.key;
}

/**
 * A cell's figure in the unit it is stored in: money in 円 from the sheet's 千円 (「8,600」 → 8,600,000;
 * an amount written with 万/億 or ending in 円 is yen as written: 「20万2千円」 → 202,000), 従業員数 in 人.
 * null when the cell is not a number.
 */
export function parseSheetNumber(raw: string, key: KessanFigureKey = 'uriageDaka'): number | null {
  const r = key === 'jugyoinSu' ? readNumberInput(raw, { unit: '人' }) : readNumberInput(raw, { unit: '千円', scale: 1000 });
  if (r.kind !== 'number') return null;
  return key === 'jugyoinSu' ? r.stored : Math.round(r.stored);
}

/** The 決算 periods in the cells of the sheet's first worksheet (layout above). */
export function readKessanCells(cells: SheetCells): KessanImport {
  const problems: SheetProblem[] = [];
  const periods: KessanPeriodInput[] = [];
  for (let c = 1; c <= MAX_PERIODS + 5; c++) {
    const label = cells.get(`${columnName(c)}1`);
    if (label === undefined) continue;
    if (periods.length >= MAX_PERIODS) {
      problems.push({ cell: `${columnName(c)}1`, message: `決算期は${MAX_PERIODS}期までです。この列は読み込みませんでした。` });
      continue;
    }
    periods.push({ label: label.slice(0, 40) });
  }
  if (periods.length === 0) return { ok: false, message: '1行目（B1から右）に決算期の名前（例: 2024年3月期）が見つかりません。書式を確認してください。' };
  const columns = [...Array(MAX_PERIODS + 5).keys()].map((i) => columnName(i + 1)).filter((c) => cells.has(`${c}1`)).slice(0, MAX_PERIODS);
  let read = 0;
  // Rows with an item name in column A, top to bottom (a row without one is not read).
  const rows: number[] = [];
  for (const ref of cells.keys()) {
    const m = /^A(\d+)$/.exec(ref);
    if (m && Number(m[1]) >= 2) rows.push(Number(m[1]));
  }
  for (const r of rows.sort((a, b) => a - b)) {
    const label = cells.get(`A${r}`)!;
    const key = keyOf(label);
    if (!key) {
      problems.push({ cell: `A${r}`, message: `「${label}」は読み込む項目ではないため飛ばしました。` });
      continue;
    }
    columns.forEach((c, i) => {
      const ref = `${c}${r}`;
      const raw = cells.get(ref);
      if (raw === undefined) return;
      const n = parseSheetNumber(raw, key);
      const period = periods[i];
      if (n === null || !period) {
        problems.push({ cell: ref, message: `「${raw}」は数値として読めません（${FIGURE_LABELS[key]}）。` });
        return;
      }
      period[key] = n;
      read++;
    });
  }
  return { ok: true, periods, problems, read };
}

export const KESSAN_TEMPLATE_FILE_NAME = 'ローカルベンチマーク_決算入力.xlsx';
export const KESSAN_SHEET_NAME = '決算';

/** The sheet layout above, with the period labels filled in: the rows of the file an advisor fills and imports. */
export function kessanTemplateRows(labels: string[] = ['2023年3月期', '2024年3月期', '2025年3月期']): { rows: SheetRow[]; widths: number[]; boldRows: number[] } {
  const rows: SheetRow[] = [['項目（単位: 千円、従業員数は人）', ...labels], ...KEYS.map((k) => [FIGURE_LABELS[k], ...labels.map(() => null)])];
  return { rows, widths: [34, ...labels.map(() => 16)], boldRows: [0] };
}
