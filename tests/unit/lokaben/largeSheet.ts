import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

/**
 * Sheets for the large and hostile .xlsx tests (and the bench): a 決算 sheet of ~1 MB with the
 * twelve figure rows after thousands of rows the import does not know, and the hand-made file with
 * thousands of unclosed tags that made the old regex reader quadratic.
 */
export const LARGE_SHEET_LABELS = ['2021年3月期', '2022年3月期', '2023年3月期', '2024年3月期', '2025年3月期'];
const FIGURES = ['売上高', '前期売上高', '営業利益', '減価償却費', '従業員数', '借入金', '現預金', '売上債権', '棚卸資産', '買入債務', '純資産', '総資産'];

/**
 * `noiseRows` rows of other items (listed as skipped), then the figures: period p of figure f is
 * (f + 1) × 1000 + p 千円. Texts in a shared-strings part, as Excel saves them.
 */
export async function largeKessanSheet(noiseRows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('決算');
  sheet.addRow(['項目', ...LARGE_SHEET_LABELS]);
  for (let i = 0; i < noiseRows; i++) sheet.addRow([`取引先${i} 売上内訳（参考）`, (i * 13) % 99991, `${i},000`, i * 7.25, '△1,200', `メモ${i}`]);
  FIGURES.forEach((label, f) => sheet.addRow([label, ...LARGE_SHEET_LABELS.map((_, p) => `${(f + 1) * 1000 + p}`)]));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const WORKBOOK = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="決算" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/**
 * A sheet of `n` rows labelled メモ (rows 3…n+2), between the header and one 売上高 row. With `closed`
 * false no cell is closed (`<c …><v>3</v>` without `</c>`) and neither are the shared strings: each
 * unclosed tag made the old regex reader rescan the rest of the file (quadratic). A few KB of .xlsx.
 */
export function unclosedTagsSheet(n: number, closed: boolean): Uint8Array {
  const end = closed ? '</c>' : '';
  let rows = '';
  for (let r = 3; r < n + 3; r++) rows += `<row r="${r}"><c r="A${r}" t="s"><v>3</v>${end}</row>`;
  const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>1000</v></c></row>${rows}</sheetData></worksheet>`;
  const strings = `<sst><si><t>項目</t></si><si><t>2025年3月期</t></si><si><t>売上高</t></si>${closed ? '<si><t>メモ</t></si>' : '<si><t>メモ'.repeat(n)}</sst>`;
  return zipSync({ 'xl/workbook.xml': strToU8(WORKBOOK), 'xl/_rels/workbook.xml.rels': strToU8(RELS), 'xl/sharedStrings.xml': strToU8(strings), 'xl/worksheets/sheet1.xml': strToU8(sheet) }, { level: 9 });
}
