import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strToU8 } from 'fflate';
import { readKessanExcel } from '../../../electron/lokaben/kessanExcel';
import { dispatch } from '../../../electron/api/dispatch';
import { templates } from '../demoFixtures';
import { openEnv } from '../testStore';
import { buildZip, rssMb, storedEntry, zerosEntry } from '../zip/bombs';
import { LARGE_SHEET_LABELS, largeKessanSheet, unclosedTagsSheet } from './largeSheet';

/** Large, malformed and hostile .xlsx files: read correctly or refused with a message — never hung on. */
const MB = 1024 * 1024;
const WORKBOOK = '<workbook xmlns:r="r"><sheets><sheet name="決算" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS = '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

describe('決算 Excel import: large and hostile files', () => {
  it('the old reader’s quadratic file (20,000 unclosed cells, a few KB) is refused as damaged', async () => {
    const bytes = unclosedTagsSheet(20_000, false);
    expect(bytes.length).toBeLessThan(100_000);
    const r = await readKessanExcel(bytes);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^Excelファイルの中身が壊れていて読めません（xl\/.*\.xml に閉じていない要素が多すぎます）/) });
  });

  it('the same file, well formed, is read: every unknown row listed, the figure read', async () => {
    const r = await readKessanExcel(unclosedTagsSheet(20_000, true));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.periods).toEqual([{ label: '2025年3月期', uriageDaka: 1_000_000 }]);
    expect(r.read).toBe(1);
    expect(r.problems).toHaveLength(20_000);
    expect(r.problems[0]).toEqual({ cell: 'A3', message: '「メモ」は読み込む項目ではないため飛ばしました。' });
    expect(r.problems.at(-1)?.cell).toBe('A20002');
  });

  it('a 1 MB sheet is read correctly', async () => {
    const bytes = await largeKessanSheet(26_000);
    expect(bytes.length).toBeGreaterThan(1_000_000);
    const r = await readKessanExcel(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.periods.map((p) => p.label)).toEqual(LARGE_SHEET_LABELS);
    expect(r.read).toBe(12 * 5);
    expect(r.problems).toHaveLength(26_000);
    expect(r.periods[0]).toEqual({
      label: '2021年3月期', uriageDaka: 1_000_000, zenkiUriageDaka: 2_000_000, eigyoRieki: 3_000_000, genkaShokyakuHi: 4_000_000, jugyoinSu: 5000, kariireKin: 6_000_000,
      genYokin: 7_000_000, uriageSaiken: 8_000_000, tanaoroshiShisan: 9_000_000, kaiireSaimu: 10_000_000, junShisan: 11_000_000, soShisan: 12_000_000,
    });
    expect(r.periods[4]!.soShisan).toBe(12_004_000);
  });

  it('a small file holding more cells than exceljs should hold (200,000) is refused before exceljs', async () => {
    const bytes = unclosedTagsSheet(200_000, true);
    expect(bytes.length).toBeLessThan(1_000_000);
    const before = rssMb();
    expect(await readKessanExcel(bytes)).toEqual({ ok: false, message: 'Excelファイルのセルが多すぎます（200,004 個。200,000 個まで）。決算の表のシートだけを残したファイルにしてください。' });
    expect(rssMb() - before).toBeLessThan(100);
  });

  it.each([
    ['a worksheet that claims 1 KB and inflates to 600 MB', zerosEntry('xl/worksheets/sheet1.xml', 600, 1024, 0), /sheet1\.xml を展開すると、ZIPに記録された大きさを超えます/],
    ['a worksheet that honestly declares 600 MB (over the 16 MB cap)', zerosEntry('xl/worksheets/sheet1.xml', 600, 600 * MB, 0), /sheet1\.xml は展開すると大きすぎます（16 MBまで）/],
    ['shared strings of 600 MB', zerosEntry('xl/sharedStrings.xml', 600, 600 * MB, 0), /sharedStrings\.xml は展開すると大きすぎます/],
  ])('an .xlsx bomb is refused before exceljs: %s', async (_what, bomb, message) => {
    const before = rssMb();
    const r = await readKessanExcel(buildZip([storedEntry('xl/workbook.xml', WORKBOOK), storedEntry('xl/_rels/workbook.xml.rels', RELS), bomb]));
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^Excelファイルを読み込めません。/) });
    expect(!r.ok && r.message).toMatch(message);
    expect(!r.ok && r.message).toContain('圧縮爆弾（zip bomb）');
    expect(rssMb() - before).toBeLessThan(100);
  });

  it('parts that hold no cell values (images, drawings) are never inflated, even a 2 GB one', async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>項目</t></is></c><c r="B1" t="inlineStr"><is><t>2025年3月期</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>総資産</t></is></c><c r="B2"><v>158000</v></c></row></sheetData></worksheet>';
    const before = rssMb();
    const r = await readKessanExcel(buildZip([storedEntry('xl/workbook.xml', WORKBOOK), storedEntry('xl/_rels/workbook.xml.rels', RELS), storedEntry('xl/worksheets/sheet1.xml', sheet), zerosEntry('xl/media/image1.png', 2000, 2000 * MB, 0)]));
    expect(r.ok && r.periods).toEqual([{ label: '2025年3月期', soShisan: 158_000_000 }]);
    expect(rssMb() - before).toBeLessThan(100);
  });

  it('a merged header is one period, and a date cell reads as the date Excel shows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('決算');
    sheet.getCell('A1').value = '項目';
    sheet.getCell('B1').value = '2025年3月期';
    sheet.mergeCells('B1:C1');
    sheet.getCell('D1').value = new Date(Date.UTC(2026, 2, 31));
    sheet.getCell('D1').numFmt = 'yyyy/m/d';
    sheet.getCell('A2').value = '売上高';
    sheet.getCell('B2').value = 1000;
    const r = await readKessanExcel(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(r.ok && r.periods).toEqual([{ label: '2025年3月期', uriageDaka: 1_000_000 }, { label: '2026/3/31' }]);
  });

  it('a formula whose result was never saved is named, not guessed', async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>項目</t></is></c><c r="B1" t="inlineStr"><is><t>2025年3月期</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>売上高</t></is></c><c r="B2"><f>SUM(C2:D2)</f></c></row></sheetData></worksheet>';
    const r = await readKessanExcel(buildZip([storedEntry('xl/workbook.xml', WORKBOOK), storedEntry('xl/_rels/workbook.xml.rels', RELS), storedEntry('xl/worksheets/sheet1.xml', sheet)]));
    expect(r.ok && r.periods).toEqual([{ label: '2025年3月期' }]);
    expect(r.ok && r.problems).toEqual([{ cell: 'B2', message: expect.stringContaining('数式の計算結果がファイルに保存されていません') }]);
  });
});

describe('決算 Excel through the API (the renderer sends base64; the Node side reads)', () => {
  const handlers = async () => (await openEnv(templates)).handlers;
  const quiet = () => undefined;

  it('offers the template with the given labels, and reads it back', async () => {
    const h = await handlers();
    const t = await dispatch(h, 'kessanExcelTemplate', { labels: ['2024年3月期', '2025年3月期'] });
    expect(t).toMatchObject({ ok: true, value: { fileName: 'ローカルベンチマーク_決算入力.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
    if (!t.ok) return;
    const r = await dispatch(h, 'readKessanExcel', { base64: (t.value as { base64: string }).base64 });
    expect(r).toEqual({ ok: true, value: { periods: [{ label: '2024年3月期' }, { label: '2025年3月期' }], problems: [], read: 0 } });
  });

  it('answers a file that is not an .xlsx, and an .xlsx bomb, with BAD_INPUT and the message', async () => {
    const h = await handlers();
    const notXlsx = await dispatch(h, 'readKessanExcel', { base64: Buffer.from(strToU8('not a zip')).toString('base64') }, quiet);
    expect(notXlsx).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('.xlsx') } });
    const bomb = buildZip([storedEntry('xl/workbook.xml', WORKBOOK), zerosEntry('xl/worksheets/sheet1.xml', 300, 4096, 0)]);
    const r = await dispatch(h, 'readKessanExcel', { base64: Buffer.from(bomb).toString('base64') }, quiet);
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('圧縮爆弾') } });
  });
});
