import type { SheetProblem } from '../../shared/lokaben/excel';
import { normLabel, readGyoshuHeikin } from '../../shared/lokaben/officialSheet';
import { OFFICIAL_FORMAT, OfficialBenchmarks } from '../../shared/lokaben/officialSchema';
import { readNamedSheet } from '../xlsx/readNamedSheet';

/**
 * The official industry benchmark table from the advisor's copy of METI's ローカルベンチマーク・ツール
 * (Excel): its 「業種平均」 sheet (the tool keeps it hidden among many sheets), read on the Node side
 * behind the zip caps (readNamedSheet) and checked cell by cell (shared/lokaben/officialSheet.ts). The
 * result is the whole table or a refusal naming the cells: nothing is half-loaded. The source — file
 * name, the workbook's creator and dates from docProps/core.xml, the time it was read — goes with it.
 */
export const GYOSHU_HEIKIN = '業種平均';

export type BenchmarkImportResult = { ok: true; table: OfficialBenchmarks } | { ok: false; message: string; problems: SheetProblem[] };

/** Local time with its offset (2026-11-30T09:15:00+09:00): the day printed as 読み込み日 is the advisor's day. */
export function localIso(d: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(off / 60)}:${pad(off % 60)}`;
}

const cleanFileName = (name: string) => (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255) || '（ファイル名なし）';

export async function readOfficialBenchmarks(bytes: Uint8Array, fileName: string, now = new Date()): Promise<BenchmarkImportResult> {
  const sheet = await readNamedSheet(bytes, (name) => normLabel(name) === GYOSHU_HEIKIN);
  if (!sheet.ok) {
    if (sheet.reason === 'noSheet') {
      const names = (sheet.sheetNames ?? []).slice(0, 8).map((n) => `「${n}」`).join('');
      return { ok: false, message: `ローカルベンチマーク・ツールのExcelではないようです。「${GYOSHU_HEIKIN}」シートがありません${names ? `（あるシート: ${names}${(sheet.sheetNames ?? []).length > 8 ? ' …' : ''}）` : ''}。経済産業省のローカルベンチマーク・ツールのファイルを選んでください。`, problems: [] };
    }
    return { ok: false, message: sheet.message, problems: [] };
  }
  const read = readGyoshuHeikin({ cells: sheet.cells, rowCount: sheet.rowCount, columnCount: sheet.columnCount, unreadable: sheet.unreadable }, sheet.sheetName);
  if (!read.ok) return read;
  const table = OfficialBenchmarks.safeParse({
    format: OFFICIAL_FORMAT,
    version: 1,
    source: { fileName: cleanFileName(fileName), sheetName: sheet.sheetName.slice(0, 100), ...sheet.properties, loadedAt: localIso(now) },
    rows: read.rows,
  });
  // The sheet reader checks everything the schema does; a difference is a bug, reported, not hidden.
  if (!table.success) return { ok: false, message: `業種基準値の形式を確認できませんでした（${table.error.issues[0]?.message ?? ''}）。基準値は何も読み込んでいません。`, problems: [] };
  return { ok: true, table: table.data };
}
