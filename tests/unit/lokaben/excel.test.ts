import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { parseSheetNumber } from '../../../shared/lokaben/excel';
import { kessanTemplateXlsx, readKessanExcel } from '../../../electron/lokaben/kessanExcel';
import { writeXlsx } from '../../../electron/xlsx/writeSheet';

describe('決算 figures from Excel', () => {
  it('reads the documented layout: 千円 → 円, 人 as is, negatives as △ or (…)', async () => {
    const bytes = await writeXlsx('決算', [
      ['項目', '2024年3月期', '2025年3月期'],
      ['売上高（千円）', 231000, '256,000'],
      ['前期売上高', 248000, null],
      ['営業利益', '△1,200', '(300)'],
      ['従業員数', 11, '１３'],
      ['純資産', 42900, 47500],
    ]);
    const r = await readKessanExcel(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toEqual([]);
    expect(r.read).toBe(9);
    expect(r.periods).toEqual([
      { label: '2024年3月期', uriageDaka: 231_000_000, zenkiUriageDaka: 248_000_000, eigyoRieki: -1_200_000, jugyoinSu: 11, junShisan: 42_900_000 },
      { label: '2025年3月期', uriageDaka: 256_000_000, eigyoRieki: -300_000, jugyoinSu: 13, junShisan: 47_500_000 },
    ]);
  });

  it('names every cell it could not read, and skips rows it does not know', async () => {
    const r = await readKessanExcel(await writeXlsx('決算', [['項目', '2025年3月期'], ['売上高', '約2億'], ['粗利', 1000], ['総資産', 158000]]));
    expect(r.ok && r.problems).toEqual([
      { cell: 'B2', message: '「約2億」は数値として読めません（売上高）。' },
      { cell: 'A3', message: '「粗利」は読み込む項目ではないため飛ばしました。' },
    ]);
    expect(r.ok && r.periods[0]).toEqual({ label: '2025年3月期', soShisan: 158_000_000 });
  });

  it('refuses what is not an .xlsx, or a sheet without period labels', async () => {
    expect(await readKessanExcel(strToU8('not a zip'))).toMatchObject({ ok: false, message: expect.stringContaining('.xlsx') });
    expect(await readKessanExcel(zipSync({ 'a.txt': strToU8('x') }))).toMatchObject({ ok: false });
    expect(await readKessanExcel(await writeXlsx('x', [['項目'], ['売上高', 1]]))).toMatchObject({ ok: false, message: expect.stringContaining('1行目') });
  });

  it.each([
    ['1,234', 1_234_000],
    ['１２３', 123_000],
    ['△500', -500_000],
    ['▲500', -500_000],
    ['(42)', -42_000],
    ['12.5', 12_500],
    ['8,600千円', 8_600_000],
    ['20万2千円', 202_000],
    ['1.5億', 150_000_000],
    ['千円', null],
    ['', null],
    ['12a', null],
  ])('parseSheetNumber(%j) = %j (円)', (raw, want) => {
    expect(parseSheetNumber(raw)).toBe(want);
  });

  it('従業員数 is read in 人', () => {
    expect(parseSheetNumber('4人', 'jugyoinSu')).toBe(4);
    expect(parseSheetNumber('2.5', 'jugyoinSu')).toBe(2.5);
  });

  it('reads shared strings, rich-text runs and formulas’ cached values, as Excel writes them', async () => {
    const ct = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
    const wb = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="決算書" sheetId="1" r:id="rId3"/></sheets></workbook>';
    const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="worksheet" Target="worksheets/sheet7.xml"/></Relationships>';
    const sst = '<sst><si><t>項目</t></si><si><t>2025年3月期</t></si><si><r><t>売上</t></r><r><rPr><b/></rPr><t>高</t></r></si><si><t xml:space="preserve">営業利益 </t></si></sst>';
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>256000</v></c></row><row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><f>B2*0.03</f><v>7680</v></c></row></sheetData></worksheet>';
    const bytes = zipSync({ '[Content_Types].xml': strToU8(ct), 'xl/workbook.xml': strToU8(wb), 'xl/_rels/workbook.xml.rels': strToU8(rels), 'xl/sharedStrings.xml': strToU8(sst), 'xl/worksheets/sheet7.xml': strToU8(sheet) });
    const r = await readKessanExcel(bytes);
    expect(r.ok && r.periods).toEqual([{ label: '2025年3月期', uriageDaka: 256_000_000, eigyoRieki: 7_680_000 }]);
  });

  it('the template it offers reads back as empty periods with their labels', async () => {
    const t = await readKessanExcel(await kessanTemplateXlsx());
    expect(t.ok && t.periods.map((p) => p.label)).toEqual(['2023年3月期', '2024年3月期', '2025年3月期']);
    expect(t.ok && t.problems).toEqual([]);
  });
});
