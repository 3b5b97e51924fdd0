import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * One-sheet .xlsx with exceljs: texts and numbers, bold rows, column widths — what the chamber's
 * yearly counts and the 決算 template need. Texts are written inline (in the sheet itself, as the
 * previous writer did) rather than in a shared-strings part — exceljs's streaming writer is the one
 * that honours useSharedStrings: false.
 */
export { XLSX_MIME } from './mime';

export type SheetCell = string | number | null;

export interface SheetOptions {
  widths?: number[];
  /** 0-based row indexes. */
  boldRows?: number[];
}

/** Excel refuses sheet names with \ / ? * [ ] : or over 31 characters. */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1';
/** Control characters other than tab and line breaks are not allowed in XML. */
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export async function writeXlsx(name: string, rows: SheetCell[][], opts: SheetOptions = {}): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName(name));
  sheet.columns = (opts.widths ?? []).map((width) => ({ width }));
  const bold = new Set(opts.boldRows ?? []);
  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 1);
    values.forEach((v, c) => {
      if (v === null || v === '') return;
      // A rich-text value is written inline (t="inlineStr"); the cell's font still applies to it.
      row.getCell(c + 1).value = typeof v === 'number' && Number.isFinite(v) ? v : { richText: [{ text: clean(String(v)) }] };
    });
    if (bold.has(r)) row.font = { bold: true };
    row.commit();
  });
  sheet.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
