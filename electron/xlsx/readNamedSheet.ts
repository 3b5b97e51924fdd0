import ExcelJS from 'exceljs';
import { readZip, type ZipLimits } from '../zip/readZip';
import { storeZip } from '../zip/storeZip';
import { XLSX_LIMITS } from './readFirstSheet';
import { scanPart } from './scanPart';

/**
 * One worksheet of an .xlsx / .xlsm chosen by its name (a workbook with many sheets, such as METI's
 * ローカルベンチマーク・ツール), with its cell values and the workbook's document properties. As with
 * readFirstSheet, the bytes pass the guarded zip reader first, under the same caps: a first pass
 * inflates only the workbook's sheet list, a second only that one sheet with the shared strings,
 * styles and docProps/core.xml — other sheets, drawings, macros and media are never inflated — and
 * exceljs reads a clean archive of just those parts (an .xlsx bomb is refused before exceljs).
 * Numbers stay numbers (cached results of formulas too); everything else becomes its text.
 */
export type CellValue = number | string;

export interface WorkbookProperties {
  creator: string | null;
  lastModifiedBy: string | null;
  /** ISO date-times (UTC) from docProps/core.xml. */
  created: string | null;
  modified: string | null;
}

export type NamedSheetResult =
  | {
      ok: true;
      sheetName: string;
      cells: Map<string, CellValue>;
      rowCount: number;
      columnCount: number;
      /** Cells without a value to read (a formula whose result was never saved). */
      unreadable: { cell: string; message: string }[];
      properties: WorkbookProperties;
    }
  | { ok: false; reason: 'notXlsx' | 'noSheet' | 'refused'; message: string; sheetNames?: string[] };

const NOT_XLSX = 'Excelファイル（.xlsx）として読めません。古い形式（.xls）の場合は .xlsx で保存し直してください。';
const BROKEN = 'Excelファイルの中身が壊れていて読めません。Excelで開いて保存し直してください。';

const limits = (allow: (name: string) => boolean): ZipLimits => ({ allow, maxEntryBytes: XLSX_LIMITS.entryBytes, maxTotalBytes: XLSX_LIMITS.totalBytes, maxEntries: XLSX_LIMITS.entries });

const decodeXml = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name!]!;
  });

/** Attributes of each `<prefix:tag …>` element, by local attribute name (r:id → id). */
function elements(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${tag}\\b([^>]*)>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w.-]+:)?([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      const local = a[1] && a[2] === 'id' ? 'rid' : a[2]!; // r:id (the relationship) apart from a plain id
      attrs[local] = decodeXml(a[4] ?? a[5] ?? '');
    }
    out.push(attrs);
  }
  return out;
}

/** The worksheet parts by sheet name, in workbook order. */
function sheetParts(workbookXml: string, relsXml: string): { name: string; part: string | null }[] {
  const targets = new Map(elements(relsXml, 'Relationship').map((r) => [r.Id ?? '', r.Target ?? '']));
  return elements(workbookXml, 'sheet').map((s) => {
    const target = targets.get(s.rid ?? '');
    if (!target) return { name: s.name ?? '', part: null };
    const part = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    return { name: s.name ?? '', part };
  });
}

const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : '');
const pad = (n: number) => String(n).padStart(2, '0');

/** A cell's value: numbers as numbers, the rest as the text it shows; undefined for none. */
function valueOf(v: ExcelJS.CellValue): CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `${v.getUTCFullYear()}/${v.getUTCMonth() + 1}/${v.getUTCDate()}${v.getUTCHours() || v.getUTCMinutes() ? ` ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}` : ''}`;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return v.error;
  if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? undefined : valueOf(v.result as ExcelJS.CellValue);
  if ('hyperlink' in v) return valueOf(v.text as ExcelJS.CellValue);
  return undefined;
}

/** The text of a docProps/core.xml element (dc:creator, cp:lastModifiedBy, dcterms:modified …), or null. */
function coreText(xml: string, tag: string): string | null {
  const m = new RegExp(`<(?:[\\w.-]+:)?${tag}\\b[^>]*>([^<]*)</`).exec(xml);
  const t = m ? decodeXml(m[1]!).trim() : '';
  return t === '' ? null : t.slice(0, 200);
}

/** An ISO date-time from core.xml (W3CDTF, UTC), normalised; null when absent or not a date. */
function coreDate(xml: string, tag: string): string | null {
  const t = coreText(xml, tag);
  const d = t ? new Date(t) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

/** Read from core.xml itself: exceljs fills in "now" for dates a file does not have. */
function propertiesOf(coreXml: string): WorkbookProperties {
  return { creator: coreText(coreXml, 'creator'), lastModifiedBy: coreText(coreXml, 'lastModifiedBy'), created: coreDate(coreXml, 'created'), modified: coreDate(coreXml, 'modified') };
}

export async function readNamedSheet(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<NamedSheetResult> {
  const book = readZip(bytes, limits((n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels'));
  if (!book.ok) return { ok: false, reason: book.reason === 'notZip' ? 'notXlsx' : 'refused', message: book.reason === 'notZip' ? NOT_XLSX : `Excelファイルを読み込めません。${book.message}` };
  if (!book.entries.has('xl/workbook.xml')) return { ok: false, reason: 'notXlsx', message: 'Excelファイル（.xlsx）ではありません。' };
  const sheets = sheetParts(text(book.entries.get('xl/workbook.xml')), text(book.entries.get('xl/_rels/workbook.xml.rels')));
  const sheet = sheets.find((s) => wanted(s.name));
  if (!sheet) return { ok: false, reason: 'noSheet', message: 'シートが見つかりません。', sheetNames: sheets.map((s) => s.name) };
  // exceljs reads worksheets only under this name pattern (Excel always writes them so).
  if (!sheet.part || !/^xl\/worksheets\/sheet\d+\.xml$/.test(sheet.part) || !book.names.includes(sheet.part)) {
    return { ok: false, reason: 'refused', message: `シート「${sheet.name}」の中身が見つかりません。${BROKEN}` };
  }

  const part = sheet.part;
  const keep = new Set(['_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'docProps/core.xml', part]);
  const zip = readZip(bytes, limits((n) => keep.has(n)));
  if (!zip.ok) return { ok: false, reason: 'refused', message: `Excelファイルを読み込めません。${zip.message}` };
  for (const [name, xml] of zip.entries) {
    const shape = scanPart(xml, XLSX_LIMITS.depth);
    if (shape.tooDeep) return { ok: false, reason: 'refused', message: `Excelファイルの中身が壊れていて読めません（${name} に閉じていない要素が多すぎます）。Excelで開いて保存し直してください。` };
    if (name === part && shape.cells > XLSX_LIMITS.cells) return { ok: false, reason: 'refused', message: `シート「${sheet.name}」のセルが多すぎます（${shape.cells.toLocaleString('ja-JP')} 個。${XLSX_LIMITS.cells.toLocaleString('ja-JP')} 個まで）。` };
  }

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own `Buffer` (an ArrayBuffer); at run time it takes a Node Buffer.
    await workbook.xlsx.load(storeZip(zip.entries) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, reason: 'refused', message: BROKEN };
  }
  const ws = workbook.worksheets.find((w) => w.name === sheet.name) ?? workbook.worksheets[0];
  if (!ws) return { ok: false, reason: 'refused', message: `シート「${sheet.name}」が読めません。${BROKEN}` };
  const cells = new Map<string, CellValue>();
  const unreadable: { cell: string; message: string }[] = [];
  let rowCount = 0;
  let columnCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // the merged range's value lives in its first cell
      const v = valueOf(cell.value);
      rowCount = Math.max(rowCount, r);
      columnCount = Math.max(columnCount, c);
      if (v === undefined) {
        if (cell.type === ExcelJS.ValueType.Formula) unreadable.push({ cell: cell.address, message: '数式の計算結果がファイルに保存されていません。Excelで開いて保存し直してください。' });
        return;
      }
      if (v !== '') cells.set(cell.address, v);
    }),
  );
  return { ok: true, sheetName: sheet.name, cells, rowCount, columnCount, unreadable, properties: propertiesOf(text(zip.entries.get('docProps/core.xml'))) };
}
