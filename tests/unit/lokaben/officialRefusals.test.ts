import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readOfficialBenchmarks } from '../../../electron/lokaben/benchmarkImport';
import { writeXlsx } from '../../../electron/xlsx/writeSheet';
import { buildZip, rssMb, storedEntry, zerosEntry } from '../zip/bombs';
import { hasOfficialData, officialBytes } from './officialData';

/**
 * Broken and unusual variants of the official workbook, built here in memory from the real file
 * (../shared/data/lokaben, never copied): every refusal names the cell, and nothing is half-loaded.
 */
const MB = 1024 * 1024;

async function variant(edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(officialBytes()) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('業種平均');
  if (!ws) throw new Error('no 業種平均 sheet in the test file');
  edit(ws, wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const read = (bytes: Uint8Array) => readOfficialBenchmarks(bytes, 'test.xlsx');
async function refusal(bytes: Uint8Array): Promise<string> {
  const r = await read(bytes);
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
}

describe.skipIf(!hasOfficialData)('the official workbook: variants that must still be read', () => {
  it('the file as exceljs writes it back', async () => {
    const r = await read(await variant(() => undefined));
    expect(r.ok && r.table.rows).toHaveLength(54);
  });

  it('the tool as advisors get it: many sheets, 業種平均 hidden and not first, a title above the header, half-width labels, columns in another order', async () => {
    const src = new ExcelJS.Workbook();
    await src.xlsx.load(Buffer.from(officialBytes()) as unknown as ExcelJS.Buffer);
    const orig = src.getWorksheet('業種平均')!;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表紙').getCell('A1').value = 'ローカルベンチマーク・ツール';
    wb.addWorksheet('財務分析入力シート').getCell('B2').value = '売上高';
    const ws = wb.addWorksheet('業種平均', { state: 'hidden' });
    ws.getCell('A1').value = '業種別の基準値';
    const columns = orig.columnCount;
    // Identity columns first, then the indicator blocks in reverse order; labels half-width / with 高.
    const order = [1, 2, 3, ...Array.from({ length: columns - 3 }, (_, i) => columns - i)];
    order.forEach((from, to) => {
      for (let r = 1; r <= orig.rowCount; r++) {
        let v = orig.getCell(r, from).value;
        if (r === 1 && typeof v === 'string') v = v.replace('ＥＢＴＤＡ', 'EBITDA').replace('売上増加率', '売上高増加率').replace('ⅳ', 'Ⅳ').replace('_', '＿');
        ws.getCell(r + 2, to + 1).value = v;
      }
    });
    const r = await read(new Uint8Array(await wb.xlsx.writeBuffer()));
    if (!r.ok) throw new Error(r.message);
    const ref = await read(officialBytes());
    expect(r.table.rows).toEqual(ref.ok && ref.table.rows);
  });

  it('a bomb in a part that is not the 業種平均 sheet (another sheet, an image) is never inflated', async () => {
    const parts = unzipSync(officialBytes());
    const workbook = strFromU8(parts['xl/workbook.xml']!).replace('</sheets>', '<sheet name="入力" sheetId="9" r:id="rId99"/></sheets>');
    const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']!).replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>');
    const entries = Object.entries(parts).map(([name, data]) => (name === 'xl/workbook.xml' ? storedEntry(name, workbook) : name === 'xl/_rels/workbook.xml.rels' ? storedEntry(name, rels) : storedEntry(name, data)));
    const before = rssMb();
    const r = await read(buildZip([...entries, zerosEntry('xl/worksheets/sheet9.xml', 600, 600 * MB, 0), zerosEntry('xl/media/image1.png', 2000, 2000 * MB, 0)]));
    expect(r.ok && r.table.rows).toHaveLength(54);
    expect(rssMb() - before).toBeLessThan(100);
  });
});

describe.skipIf(!hasOfficialData)('the official workbook: refusals name the cell, nothing is half-loaded', () => {
  it('a sheet with one row removed', async () => {
    const m = await refusal(await variant((ws) => ws.spliceRows(5, 1))); // 02_建設業 / 小規模事業者
    expect(m).toContain('1行が足りません（建設業・小規模事業者）');
    expect(m).toContain('基準値は何も読み込んでいません');
  });

  it('a cell that is not a number', async () => {
    const m = await refusal(await variant((ws) => (ws.getCell('N7').value = 'abc')));
    expect(m).toMatch(/^「業種平均」シートを読み込めません。N7: .*の営業利益率_ⅱが数値ではありません（「abc」）/);
  });

  it('a number stored as text is not a number either', async () => {
    expect(await refusal(await variant((ws) => (ws.getCell('D2').value = String(ws.getCell('D2').value))))).toContain('D2: 農業・中規模事業者の売上増加率_中央値が数値ではありません');
  });

  it('an empty value cell', async () => {
    expect(await refusal(await variant((ws) => (ws.getCell('AA9').value = null)))).toMatch(/AA9: .*のＥＢＴＤＡ有利子負債倍率_ⅰが空欄です/);
  });

  it('a formula whose result was never saved', async () => {
    expect(await refusal(await variant((ws) => (ws.getCell('F3').value = { formula: 'F2*2' } as ExcelJS.CellFormulaValue)))).toMatch(/F3: .*数式の計算結果がファイルに保存されていません/);
  });

  it('cut values out of order, an unknown 小分類, a duplicate row, a 大分類 that does not fit', async () => {
    expect(
      await refusal(
        await variant((ws) => {
          ws.getCell('F2').value = 1; // 売上増加率_ⅳ above ⅲ
        }),
      ),
    ).toContain('F2: 農業・中規模事業者の売上増加率の区切り ⅳ〜ⅰ が小さい順（ⅳ ≤ ⅲ ≤ ⅱ ≤ ⅰ）になっていません');
    expect(await refusal(await variant((ws) => (ws.getCell('B4').value = '9999_宇宙産業')))).toContain('B4: 「9999_宇宙産業」はローカルベンチマーク・ツールの業種（小分類27業種）にありません');
    expect(await refusal(await variant((ws) => (ws.getCell('C5').value = '中規模事業者')))).toContain('B5: 建設業・中規模事業者の行が2つあります（B4 と同じ）');
    expect(await refusal(await variant((ws) => (ws.getCell('A4').value = '05_小売業')))).toContain('A4: 大分類「05_小売業」が小分類「0201_建設業」と合いません');
  });

  it('a header column that is missing', async () => {
    expect(await refusal(await variant((ws) => (ws.getCell('Y1').value = null)))).toContain('見出し行（1行目）に「ＥＢＴＤＡ有利子負債倍率_ⅲ」の列がありません');
  });

  it("not the tool's workbook", async () => {
    const m = await refusal(await writeXlsx('決算', [['項目', '2025年3月期'], ['売上高', 1000]]));
    expect(m).toContain('ローカルベンチマーク・ツールのExcelではないようです。「業種平均」シートがありません（あるシート: 「決算」）');
    expect(await refusal(await variant((ws) => (ws.getCell('B1').value = '業種')))).toContain('見出し行（大分類・小分類・事業規模・売上増加率_中央値 …）が見つかりません');
  });

  it('not an .xlsx at all (an old .xls, a text file)', async () => {
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toContain('Excelファイル（.xlsx）として読めません');
    expect(await refusal(new TextEncoder().encode('大分類,小分類\n'))).toContain('Excelファイル（.xlsx）として読めません');
  });

  it.each([
    ['the 業種平均 sheet claims 1 KB and inflates to 600 MB', 'xl/worksheets/sheet1.xml', 1024, /sheet1\.xml を展開すると、ZIPに記録された大きさを超えます/],
    ['shared strings of 600 MB', 'xl/sharedStrings.xml', 600 * MB, /sharedStrings\.xml は展開すると大きすぎます/],
    ['docProps/core.xml of 600 MB', 'docProps/core.xml', 600 * MB, /core\.xml は展開すると大きすぎます/],
  ])('an .xlsx bomb is refused before exceljs: %s', async (_what, name, declared, message) => {
    const parts = unzipSync(officialBytes());
    const entries = Object.entries(parts).filter(([n]) => n !== name).map(([n, data]) => storedEntry(n, data));
    const before = rssMb();
    const m = await refusal(buildZip([...entries, zerosEntry(name, 600, declared, 0)]));
    expect(m).toMatch(/^Excelファイルを読み込めません。/);
    expect(m).toMatch(message);
    expect(m).toContain('圧縮爆弾（zip bomb）');
    expect(rssMb() - before).toBeLessThan(100);
  });
});
