import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads the first sheet of an .xlsx as a grid of cell texts (cached values of formulas included),
 * enough for the simple layouts Banso imports. Pure: runs in the browser and in Node.
 */
export type ReadSheetResult = { ok: true; cells: Map<string, string>; sheetName: string } | { ok: false; message: string };

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

function texts(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

export function readFirstSheet(bytes: Uint8Array): ReadSheetResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { ok: false, message: 'Excelファイル（.xlsx）として読めません。古い形式（.xls）の場合は .xlsx で保存し直してください。' };
  }
  const workbook = files['xl/workbook.xml'];
  if (!workbook) return { ok: false, message: 'Excelファイル（.xlsx）ではありません。' };
  const sheetTag = /<sheet\b[^>]*>/.exec(strFromU8(workbook))?.[0] ?? '';
  const attr = (tag: string, a: string) => new RegExp(`\\b${a}="([^"]*)"`).exec(tag)?.[1];
  const rid = attr(sheetTag, 'r:id');
  const rels = files['xl/_rels/workbook.xml.rels'];
  const relTag = rid && rels ? [...strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, 'Id') === rid) : undefined;
  const target = relTag ? attr(relTag, 'Target') : undefined;
  const sheet = target ? files[target.startsWith('/') ? target.slice(1) : `xl/${target}`] : undefined;
  if (!sheet) return { ok: false, message: 'Excelファイルの最初のシートが読めません。' };
  const name = attr(sheetTag, 'name');
  const shared = files['xl/sharedStrings.xml'] ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1] ?? '')) : [];
  const cells = new Map<string, string>();
  for (const m of strFromU8(sheet).matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
    if (!ref) continue;
    const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    let text: string | undefined;
    if (type === 's') text = shared[Number(v)];
    else if (type === 'inlineStr') text = texts(body);
    else if (v !== undefined) text = decode(v);
    if (text !== undefined && text !== '') cells.set(ref, text);
  }
  return { ok: true, cells, sheetName: decode(name ?? '') };
}

export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
