import { KESSAN_SHEET_NAME, kessanTemplateRows, readKessanCells, type KessanImport } from '../../shared/lokaben/excel';
import { readFirstSheet } from '../xlsx/readFirstSheet';
import { writeXlsx } from '../xlsx/writeSheet';

/**
 * 決算 figures from the chamber's Excel sheet, read on the Node side (the layout and its rules are
 * in shared/lokaben/excel.ts). Cells the sheet reader could not turn into text (a formula whose
 * result was never saved) are listed with the layout's own problems: nothing is guessed.
 */
export async function readKessanExcel(bytes: Uint8Array): Promise<KessanImport> {
  const sheet = await readFirstSheet(bytes);
  if (!sheet.ok) return sheet;
  const r = readKessanCells(sheet.cells);
  return r.ok ? { ...r, problems: [...r.problems, ...sheet.unreadable] } : r;
}

/** The template an advisor fills in: the documented layout with the period labels filled in. */
export function kessanTemplateXlsx(labels?: string[]): Promise<Uint8Array> {
  const t = kessanTemplateRows(labels);
  return writeXlsx(KESSAN_SHEET_NAME, t.rows, { widths: t.widths, boldRows: t.boldRows });
}
