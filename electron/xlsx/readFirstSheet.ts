import ExcelJS from 'exceljs';
import { readZip, type ReadZipResult } from '../zip/readZip';
import { storeZip } from '../zip/storeZip';
import { scanPart } from './scanPart';

/**
 * The first worksheet of an .xlsx as cell texts (cached values of formulas, shared strings, rich
 * text, numbers, dates), read with exceljs on the Node side. The bytes come from outside, so they
 * pass the guarded zip reader first: only the parts that hold cell values are inflated, under caps,
 * and exceljs reads a clean archive of just those parts (an .xlsx bomb is refused before exceljs).
 */
export type ReadSheetResult =
  | { ok: true; sheetName: string; cells: Map<string, string>; unreadable: { cell: string; message: string }[] }
  | { ok: false; message: string };

export const XLSX_LIMITS = {
  /** One part (a 1 MB .xlsx holds ~7 MB of worksheet XML and ~3 MB of shared strings). */
  entryBytes: 16 * 1024 * 1024,
  totalBytes: 32 * 1024 * 1024,
  entries: 5000,
  /** Element nesting (spreadsheet parts nest ~10 deep). */
  depth: 64,
  /** Cells of all sheets together: a 1 MB sheet holds ~160,000; exceljs needs ~1 KB of memory per cell. */
  cells: 200_000,
} as const;

const NOT_XLSX = 'Excelファイル（.xlsx）として読めません。古い形式（.xls）の場合は .xlsx で保存し直してください。';

/** The parts exceljs needs for cell values; drawings, media, themes and the rest are never inflated. */
const VALUE_PARTS = /^(?:_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

function refusal(r: Extract<ReadZipResult, { ok: false }>): { ok: false; message: string } {
  return { ok: false, message: r.reason === 'notZip' ? NOT_XLSX : `Excelファイルを読み込めません。${r.message}` };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** What the cell shows, as text; undefined for an empty cell. A formula without a saved result has no text. */
function cellText(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return `${value.getUTCFullYear()}/${value.getUTCMonth() + 1}/${value.getUTCDate()}${value.getUTCHours() || value.getUTCMinutes() ? ` ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : ''}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? undefined : cellText(value.result);
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  return undefined;
}

/** Parts that would send exceljs into pathological time or memory (see scanPart). */
function partsProblem(entries: Map<string, Uint8Array>): string | undefined {
  let cells = 0;
  for (const [name, xml] of entries) {
    const shape = scanPart(xml, XLSX_LIMITS.depth);
    if (shape.tooDeep) return `Excelファイルの中身が壊れていて読めません（${name} に閉じていない要素が多すぎます）。Excelで開いて保存し直してください。`;
    if (name.startsWith('xl/worksheets/')) cells += shape.cells;
  }
  if (cells > XLSX_LIMITS.cells) return `Excelファイルのセルが多すぎます（${cells.toLocaleString('ja-JP')} 個。${XLSX_LIMITS.cells.toLocaleString('ja-JP')} 個まで）。決算の表のシートだけを残したファイルにしてください。`;
  return undefined;
}

export async function readFirstSheet(bytes: Uint8Array): Promise<ReadSheetResult> {
  const zip = readZip(bytes, { allow: (n) => VALUE_PARTS.test(n), maxEntryBytes: XLSX_LIMITS.entryBytes, maxTotalBytes: XLSX_LIMITS.totalBytes, maxEntries: XLSX_LIMITS.entries });
  if (!zip.ok) return refusal(zip);
  if (!zip.entries.has('xl/workbook.xml')) return { ok: false, message: 'Excelファイル（.xlsx）ではありません。' };
  const shapeProblem = partsProblem(zip.entries);
  if (shapeProblem) return { ok: false, message: shapeProblem };
  const workbook = new ExcelJS.Workbook();
  try {
    // A clean archive of just the allowed parts, stored (they are inflated already). exceljs types its
    // input as its own `Buffer` (an ArrayBuffer); at run time it takes a Node Buffer.
    await workbook.xlsx.load(storeZip(zip.entries) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, message: 'Excelファイルの中身が壊れていて読めません。Excelで開いて保存し直してください。' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: 'Excelファイルの最初のシートが読めません。' };
  const cells = new Map<string, string>();
  const unreadable: { cell: string; message: string }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // the merged range's value lives in its first cell
      const text = cellText(cell.value);
      if (text === undefined) {
        if (cell.type === ExcelJS.ValueType.Formula) unreadable.push({ cell: cell.address, message: '数式の計算結果がファイルに保存されていません。Excelで開いて保存し直してください。' });
        return;
      }
      if (text !== '') cells.set(cell.address, text);
    }),
  );
  return { ok: true, sheetName: sheet.name, cells, unreadable };
}
