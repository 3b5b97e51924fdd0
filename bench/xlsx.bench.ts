import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readKessanExcel } from '../electron/lokaben/kessanExcel';
import { XLSX_LIMITS } from '../electron/xlsx/readFirstSheet';
import { largeKessanSheet, unclosedTagsSheet } from '../tests/unit/lokaben/largeSheet';
import { readInChild } from './zip.bench';
import { median, timeIt, type BenchResult } from './stats';

/** The heaviest .xlsx the caps let through: just under the cell cap, each cell its own shared string, ~16 MB of strings. */
function heaviestXlsx(): Uint8Array {
  const cells = XLSX_LIMITS.cells - 10;
  const rows: string[] = [];
  for (let i = 0; i < cells; i += 2) rows.push(`<row r="${i / 2 + 1}"><c r="A${i / 2 + 1}" t="s"><v>${i}</v></c><c r="B${i / 2 + 1}" t="s"><v>${i + 1}</v></c></row>`);
  const strings: string[] = [];
  for (let i = 0; i < cells; i++) strings.push(`<si><t>${`取引先${i}の売上内訳（参考）`.padEnd(24, '。')}</t></si>`);
  return zipSync({
    'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="決算" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8(`<sst>${strings.join('')}</sst>`),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`),
  });
}

/** 決算 Excel import on the Node side (guarded unzip + exceljs + layout): a 1 MB sheet, and the old reader's quadratic file. */
export async function xlsxBenchmarks(): Promise<BenchResult[]> {
  const big = await largeKessanSheet(26_000);
  const first = await timeIt(1, () => readKessanExcel(big));
  const times = await timeIt(7, () => readKessanExcel(big));
  const r = await readKessanExcel(big);
  const quadratic = unclosedTagsSheet(20_000, false);
  await readKessanExcel(quadratic);
  const refusals = await timeIt(7, () => readKessanExcel(quadratic));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-xlsx-'));
  const heavy = heaviestXlsx();
  fs.writeFileSync(path.join(dir, 'heaviest.xlsx'), heavy);
  fs.writeFileSync(path.join(dir, 'big.xlsx'), big);
  const heavyRun = readInChild(path.join(dir, 'heaviest.xlsx'), 'xlsx', 1);
  const bigRun = readInChild(path.join(dir, 'big.xlsx'), 'xlsx', 1);
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    {
      name: `.xlsx import of a ${(big.length / 1024 / 1024).toFixed(2)} MB sheet (26,000 rows × 6 columns)`,
      value: median(times),
      unit: 'ms',
      target: 500,
      note: `median of 7; first call ${first[0]!.toFixed(0)} ms; ${r.ok ? `${r.read} figures, ${r.problems.length} rows listed` : r.message}`,
    },
    { name: '  peak RSS over baseline while importing it', value: bigRun.peakOverBaselineMb, unit: 'MB', note: `one import in a fresh process (${bigRun.medianMs.toFixed(0)} ms there)` },
    {
      name: `heaviest .xlsx the caps let through (${((XLSX_LIMITS.cells - 10) / 1000).toFixed(0)}k cells, ${(heavy.length / 1024 / 1024).toFixed(1)} MB)`,
      value: heavyRun.medianMs,
      unit: 'ms',
      note: `${heavyRun.ok ? 'read' : heavyRun.message}; peak RSS over baseline ${heavyRun.peakOverBaselineMb.toFixed(0)} MB; one import in a fresh process`,
    },
    { name: `.xlsx with 20,000 unclosed tags (${(quadratic.length / 1024).toFixed(0)} KB; the old reader was quadratic)`, value: median(refusals), unit: 'ms', note: 'refused as damaged; median of 7' },
  ];
}
