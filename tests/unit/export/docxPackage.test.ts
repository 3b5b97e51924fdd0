/** The DOCX writer's package: structure, Japanese typography settings, tables, images, text fidelity, speed. */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/export/docx/index';
import { readImageInfo } from '../../../electron/export/docx/imageSize';
import { imageDisplaySize } from '../../../electron/export/docx/image';
import { TEXT_WIDTH } from '../../../electron/export/docx/styles';
import { columnWidths, normalizeRow } from '../../../electron/export/docx/table';
import { sanitizeText } from '../../../electron/export/docx/text';
import type { DocModel } from '../../../shared/export/docModel';
import {
  expectedParagraphs,
  expenseTable,
  financialTable,
  makeJpegHeader,
  makePng,
  sampleDocument,
  textLength,
} from './docxFixture';
import { paragraphTexts, unzipDocx, xmlProblem } from './docxXml';

const part = (files: Map<string, string>, path: string): string => {
  const xml = files.get(path);
  if (xml === undefined) throw new Error(`missing part ${path}`);
  return xml;
};

const count = (xml: string, re: RegExp): number => [...xml.matchAll(re)].length;

/** The w:tbl elements of a part (tables are not nested here). */
const tables = (xml: string): string[] => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const rows = (tbl: string): string[] => [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);

function minimal(blocks: DocModel['blocks'], meta: Partial<DocModel['meta']> = {}): DocModel {
  return { meta: { title: 'テスト', author: '伴走 花子', createdAt: new Date('2024-12-24T03:04:05.678Z'), ...meta }, blocks };
}

describe('renderDocx: the package', async () => {
  const doc = sampleDocument({ watermark: '下書き' });
  const bytes = await renderDocx(doc);
  const files = unzipDocx(bytes);
  const documentXml = part(files, 'word/document.xml');
  const stylesXml = part(files, 'word/styles.xml');

  it('is a zip with the main parts', () => {
    expect(bytes[0]).toBe(0x50); // PK
    expect(bytes[1]).toBe(0x4b);
    for (const p of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml', 'word/_rels/document.xml.rels']) {
      expect(files.has(p), p).toBe(true);
    }
  });

  it('has only well-formed XML parts', () => {
    expect(files.size).toBeGreaterThan(10);
    for (const [path, xml] of files) expect(xmlProblem(xml), path).toBeUndefined();
    expect(xmlProblem('<a><b></a></b>')).toBeDefined(); // the checker does check
    expect(xmlProblem('<a x="1" x="2"/>')).toBeDefined();
    expect(xmlProblem('<a>&nbsp;</a>')).toBeDefined();
  });

  it('gives every line spacing its lineRule (LibreOffice does not default it to auto)', () => {
    for (const [path, xml] of files) {
      for (const m of xml.matchAll(/<w:spacing [^>]*>/g)) {
        // auto, or exact for the body's pitch (the PDF's 17.85 pt line, so both paginate alike)
        if (m[0].includes('w:line=')) expect(m[0], path).toMatch(/w:lineRule="(auto|exact)"/);
      }
    }
  });

  it('is A4 with 25 mm / 20 mm margins', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="1417" w:right="1134" w:bottom="1417" w:left="1134"/);
  });

  it('sets Japanese fonts and language in the document defaults', () => {
    const defaults = stylesXml.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? '';
    expect(defaults).toContain('w:eastAsia="ＭＳ 明朝"');
    expect(defaults).toContain('w:ascii="Century"');
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="ja-JP"/);
    expect(defaults).toContain('<w:jc w:val="both"/>'); // 両端揃え
    expect(defaults).toContain('<w:sz w:val="21"/>'); // 10.5 pt
    expect(defaults).not.toContain('w:kinsoku'); // 禁則 stays on (Word's default)
    expect(defaults).toContain('<w:overflowPunct/>'); // Word's default, written for LibreOffice (styles.ts)
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = stylesXml.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? '';
      expect(style, id).toContain('w:eastAsia="ＭＳ ゴシック"');
      expect(style, id).toContain('<w:keepNext/>');
      expect(style, id).toContain('<w:b/>');
    }
    expect(stylesXml.match(/<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/)?.[0]).toContain('<w:jc w:val="center"/>');
  });

  it('uses heading styles and first-line indents', () => {
    expect(count(documentXml, /<w:pStyle w:val="Heading1"\/>/g)).toBe(1);
    expect(count(documentXml, /<w:pStyle w:val="Heading2"\/>/g)).toBe(5);
    expect(count(documentXml, /<w:pStyle w:val="Heading3"\/>/g)).toBe(5);
    expect(documentXml).toContain('<w:ind w:firstLine="210" w:firstLineChars="100"/>');
  });

  it('writes tables with a repeating header row and one cell per column in every row', () => {
    const tbls = tables(documentXml);
    expect(tbls).toHaveLength(2);
    const specs = [financialTable(), expenseTable()];
    tbls.forEach((tbl, t) => {
      const spec = specs[t];
      if (!spec) throw new Error('spec');
      const trs = rows(tbl);
      expect(trs).toHaveLength(spec.rows.length + 1);
      expect(trs[0]).toContain('<w:tblHeader/>');
      expect(trs.slice(1).some((tr) => tr.includes('<w:tblHeader/>'))).toBe(false);
      expect(tbl).not.toContain('<w:cantSplit/>');
      for (const tr of trs) expect(count(tr, /<w:tc>/g)).toBe(spec.columns.length);
      const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid).toHaveLength(spec.columns.length);
      expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      expect(tbl).toMatch(/<w:tblBorders>[\s\S]*<w:insideH w:val="single"/);
      // Emphasis rows: bold on grey.
      for (const r of spec.emphasisRows ?? []) {
        const tr = trs[r + 1] ?? '';
        expect(tr).toContain('w:fill="F2F2F2"');
        expect(tr).toContain('<w:b/>');
      }
    });
    expect(count(documentXml, /<w:tc>/g)).toBe(7 * 21 + 6 * 52);
  });

  it('puts PAGE / NUMPAGES in the footer and 下書き in the header', () => {
    const footer = [...files.entries()].find(([p]) => /^word\/footer\d+\.xml$/.test(p))?.[1] ?? '';
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(paragraphTexts(footer)).toEqual([' / ']);
    const header = [...files.entries()].find(([p]) => /^word\/header\d+\.xml$/.test(p))?.[1] ?? '';
    expect(header).toContain('>下書き</w:t>');
    expect(header).toContain('w:color w:val="C00000"');
    expect(header).toMatch(/<v:textpath [^>]*string="下書き"/); // the diagonal watermark
    expect(documentXml).toMatch(/<w:headerReference w:type="default"/);
  });

  it('has no header without a watermark', async () => {
    const plain = unzipDocx(await renderDocx(sampleDocument({ image: false })));
    expect([...plain.keys()].some((p) => p.startsWith('word/header'))).toBe(false);
    expect(part(plain, 'word/document.xml')).not.toContain('headerReference');
  });

  it('writes the document properties, created date included', () => {
    const core = part(files, 'docProps/core.xml');
    expect(core).toContain('<dc:title>経営計画書兼補助事業計画書</dc:title>');
    expect(core).toContain('<dc:creator>山田 太郎</dc:creator>');
    expect(core).toContain('<dc:subject>小規模事業者持続化補助金</dc:subject>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-04-01T09:30:00Z</dcterms:created>');
    expect(core).toMatch(/<dcterms:modified xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/dcterms:modified>/);
  });

  it('embeds the image at widthRatio × text width, aspect ratio kept', () => {
    expect(files.has('[Content_Types].xml')).toBe(true);
    expect(part(files, '[Content_Types].xml')).toMatch(/Extension="png"/);
    const extent = documentXml.match(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/);
    const cx = Number(extent?.[1]);
    const cy = Number(extent?.[2]);
    const textWidthEmu = TEXT_WIDTH * 635; // 1 twip = 635 EMU
    expect(cx / textWidthEmu).toBeCloseTo(0.6, 2);
    expect(cx / cy).toBeCloseTo(2, 1); // the 480×240 PNG
  });

  it('keeps all the source text, paragraph by paragraph', () => {
    const got = paragraphTexts(documentXml).filter((t) => t !== '');
    const want = expectedParagraphs(doc).filter((t) => t !== '');
    expect(got).toEqual(want);
    expect(textLength(doc)).toBeGreaterThan(12_000);
  });
});

describe('renderDocx: edge cases', () => {
  it('strips control characters and keeps tabs and new lines', async () => {
    const dirty = 'A\u0000B\u0001C\u0007D\u001bE\u007fF\uFFFEG\uD800H\tI\r\nJ\rK\vL\fM';
    expect(sanitizeText(dirty)).toBe('ABCDEFGH\tI\nJ\nK\nL\nM');
    const files = unzipDocx(
      await renderDocx(
        minimal(
          [
            { type: 'heading', level: 2, text: '見出し\u0008\n改行' },
            { type: 'paragraph', text: dirty },
            { type: 'table', columns: [{ header: '列\u0002', width: 1 }], rows: [['セル\u0003A\nB']], caption: '表\u0004' },
          ],
          { title: 'タイトル\u0000<&>"', watermark: '下書き\u0001' },
        ),
      ),
    );
    for (const [path, xml] of files) expect(xmlProblem(xml), path).toBeUndefined(); // includes forbidden characters
    const documentXml = part(files, 'word/document.xml');
    expect(paragraphTexts(documentXml).filter((t) => t !== '')).toEqual(['見出し 改行', 'ABCDEFGH\tI', 'J', 'K', 'L', 'M', '表', '列', 'セルA', 'B']);
    expect(part(files, 'docProps/core.xml')).toContain('<dc:title>タイトル&lt;&amp;&gt;&quot;</dc:title>');
  });

  it('never writes an empty table; pads short rows and folds long ones into the last cell', async () => {
    const files = unzipDocx(
      await renderDocx(
        minimal([
          { type: 'table', columns: [], rows: [['a']], caption: '列のない表' },
          { type: 'table', columns: [{ header: 'A', width: 1 }, { header: 'B', width: 0 }, { header: 'C', width: Number.NaN }], rows: [['1'], ['1', '2', '3', '4', '5'], []] },
          { type: 'table', columns: [{ header: 'X', width: 2 }], rows: [] },
        ]),
      ),
    );
    const documentXml = part(files, 'word/document.xml');
    const tbls = tables(documentXml);
    expect(tbls).toHaveLength(2);
    for (const tbl of tbls) {
      const cols = count(tbl, /<w:gridCol /g);
      for (const tr of rows(tbl)) expect(count(tr, /<w:tc>/g)).toBe(cols);
      for (const tc of tbl.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)) expect(tc[0]).toContain('<w:p>'); // every cell has a paragraph
    }
    expect(paragraphTexts(tbls[0] ?? '').filter((t) => t !== '')).toEqual(['A', 'B', 'C', '1', '1', '2', '3', '4', '5']);
    // Adjacent tables are kept apart by a paragraph, and the body does not end with a table.
    expect(documentXml).not.toMatch(/<\/w:tbl><w:tbl>/);
    expect(documentXml).toMatch(/<\/w:tbl><w:p>[\s\S]*<\/w:p><w:sectPr>/);
  });

  it('turns page breaks into pageBreakBefore and drops a trailing one', async () => {
    const documentXml = part(
      unzipDocx(
        await renderDocx(
          minimal([
            { type: 'paragraph', text: '一' },
            { type: 'pageBreak' },
            { type: 'heading', level: 2, text: '二' },
            { type: 'pageBreak' },
            { type: 'pageBreak' },
            { type: 'paragraph', text: '四' },
            { type: 'pageBreak' },
          ]),
        ),
      ),
      'word/document.xml',
    );
    // 二, an empty paragraph (the blank page), 四.
    expect(count(documentXml, /<w:pageBreakBefore\/>/g)).toBe(3);
    expect(documentXml).not.toContain('<w:br w:type="page"/>');
  });

  it('honours repeatHeader: false, small text, alignment and bold paragraphs', async () => {
    const documentXml = part(
      unzipDocx(
        await renderDocx(
          minimal([
            { type: 'paragraph', text: '右寄せ', align: 'right', bold: true, size: 'small' },
            { type: 'table', columns: [{ header: 'A', width: 1, align: 'right' }], rows: [['1']], repeatHeader: false, size: 'small' },
          ]),
        ),
      ),
      'word/document.xml',
    );
    expect(documentXml).not.toContain('<w:tblHeader/>');
    expect(documentXml).toMatch(/<w:jc w:val="right"\/>[\s\S]*<w:b\/>[\s\S]*<w:sz w:val="18"\/>[\s\S]*右寄せ/);
  });

  it('reads PNG and JPEG sizes from their headers and sizes images to fit', () => {
    expect(readImageInfo(makePng(321, 123))).toEqual({ format: 'png', width: 321, height: 123 });
    expect(readImageInfo(makeJpegHeader(1024, 768))).toEqual({ format: 'jpeg', width: 1024, height: 768 });
    expect(readImageInfo(new Uint8Array([1, 2, 3]))).toBeUndefined();
    const textPx = TEXT_WIDTH / 15;
    expect(imageDisplaySize({ width: 1000, height: 500 }, 0.5)).toEqual({ width: Math.round(textPx / 2), height: Math.round(textPx / 4) });
    expect(imageDisplaySize({ width: 100, height: 50 }, undefined)).toEqual({ width: 100, height: 50 }); // natural size
    const tall = imageDisplaySize({ width: 100, height: 10_000 }, 1); // shrunk to the page height
    expect(tall.height).toBeLessThan(1000);
    expect(tall.width / tall.height).toBeCloseTo(0.01, 3);
  });

  it('writes unreadable image bytes as a note instead of a broken picture', async () => {
    const documentXml = part(
      unzipDocx(await renderDocx(minimal([{ type: 'image', data: new Uint8Array([0, 1, 2]), format: 'png', caption: '図2' }]))),
      'word/document.xml',
    );
    expect(documentXml).not.toContain('<w:drawing>');
    expect(paragraphTexts(documentXml)).toContain('［画像を表示できません：図2］');
  });

  it('splits column widths exactly across the text width', () => {
    expect(columnWidths([1, 1, 1], 100)).toEqual([33, 33, 34]);
    expect(columnWidths([2, 1, 1], 100)).toEqual([50, 25, 25]);
    expect(columnWidths([3, 0, -1], 100)).toEqual([33, 33, 34]); // invalid widths get the smallest valid one
    expect(normalizeRow(['a', 'b', 'c'], 2)).toEqual(['a', 'b\nc']);
    expect(normalizeRow([], 2)).toEqual(['', '']);
  });
});
