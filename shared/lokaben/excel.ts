import { readFirstSheet, columnName } from '../format/xlsxRead';
import { writeXlsx, type Cell } from '../format/xlsx';
import { FIGURE_LABELS } from './indicators';
import { parseNumberText } from '../format/numbers';
import type { KessanFigureKey, KessanPeriodInput } from './schema';

/**
 * 決算 figures from the chamber's Excel sheet. The layout (also what kessanTemplateXlsx writes):
 *   A1: anything (e.g. 項目)     B1, C1, … : period labels (e.g. 2024年3月期), oldest first, up to 5
 *   A2…: item names — 売上高, 前期売上高, 営業利益, 減価償却費, 従業員数, 借入金, 現預金, 売上債権,
 *        棚卸資産, 買入債務, 純資産, 総資産 (in any order; other rows are ignored and listed)
 *   values in 千円 (従業員数 in 人); commas, full-width digits, △/▲ or parentheses for negatives accepted.
 * Every cell that could not be read is reported with its address; nothing is guessed.
 */
export interface SheetProblem {
  cell: string;
  message: string;
}

export type KessanImport = { ok: true; periods: KessanPeriodInput[]; problems: SheetProblem[]; read: number } | { ok: false; message: string };

const KEYS = Object.keys(FIGURE_LABELS) as KessanFigureKey[];
const MAX_PERIODS = 5;

/** 売上高(千円) / 売上高 合計 / 「売上高」 → uriageDaka; 前期売上高 wins over 売上高 (longest label first). */
function keyOf(label: string): KessanFigureKey | undefined {
  const t = label.replace(/[\s　]/g, '');
  return [...KEYS].sort((a, b) => FIGURE_LABELS[b].length - FIGURE_LABELS[a].length).find((k) => t.startsWith(FIGURE_LABELS[k]) || t.startsWith(`「${FIGURE_LABELS[k]}`));
}

/** A cell's number; units written in the cell (円・千・人) are ignored. null when it is not a number. */
export function parseSheetNumber(raw: string): number | null {
  return parseNumberText(raw.replace(/[円千人]/g, '')) ?? null;
}

export function readKessanSheet(bytes: Uint8Array): KessanImport {
  const sheet = readFirstSheet(bytes);
  if (!sheet.ok) return sheet;
  const { cells } = sheet;
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
  const columns = [...Array(MAX_PERIODS + 5).keys()].map((i) => i + 1).filter((c) => cells.has(`${columnName(c)}1`)).slice(0, MAX_PERIODS);
  let read = 0;
  const rows = new Set<number>();
  for (const ref of cells.keys()) rows.add(Number(/\d+$/.exec(ref)?.[0]));
  for (const r of [...rows].filter((r) => r >= 2).sort((a, b) => a - b)) {
    const label = cells.get(`A${r}`);
    if (label === undefined) continue;
    const key = keyOf(label);
    if (!key) {
      problems.push({ cell: `A${r}`, message: `「${label}」は読み込む項目ではないため飛ばしました。` });
      continue;
    }
    columns.forEach((c, i) => {
      const ref = `${columnName(c)}${r}`;
      const raw = cells.get(ref);
      if (raw === undefined) return;
      const n = parseSheetNumber(raw);
      const period = periods[i];
      if (n === null || !period) {
        problems.push({ cell: ref, message: `「${raw}」は数値として読めません（${FIGURE_LABELS[key]}）。` });
        return;
      }
      period[key] = key === 'jugyoinSu' ? n : Math.round(n * 1000);
      read++;
    });
  }
  return { ok: true, periods, problems, read };
}

/** The sheet layout above, with the period labels filled in: the file an advisor fills and imports. */
export function kessanTemplateXlsx(labels: string[] = ['2023年3月期', '2024年3月期', '2025年3月期']): Uint8Array {
  const rows: Cell[][] = [['項目（単位: 千円、従業員数は人）', ...labels], ...KEYS.map((k) => [FIGURE_LABELS[k], ...labels.map(() => null)])];
  return writeXlsx('決算', rows, { widths: [34, ...labels.map(() => 16)], boldRows: [0] });
}
