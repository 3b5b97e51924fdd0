import { describe, expect, it } from 'vitest';
import type { Block, DocModel, TableBlock } from '../../../shared/export/docModel';
import { getFontFaces } from '../../../electron/export/pdf/fonts';
import { layoutDocument } from '../../../electron/export/pdf/layout';
import { renderDocx } from '../../../electron/export/docx/index';
import { contentWidths } from '../../../electron/export/docx/table';
import { BODY, CONTENT_HEIGHT, SPACING } from '../../../electron/export/pdf/style';
import { unzipDocx } from './docxXml';

const LABEL = '【事業計画名】';
const BODY_TEXT = '肌トラブル向けの多サイズ肌着を開発する。';

/** Filler that leaves room for the label and less than one body line below it: a crafted page break. */
function crafted(keepWithNext: boolean): DocModel {
  const lh = BODY.normal.lineHeight;
  const lines = Math.floor((CONTENT_HEIGHT - SPACING.afterParagraph) / lh) - 1;
  const filler = Array.from({ length: lines }, (_, i) => `埋め草の行 ${i + 1}`).join('\n');
  const blocks: Block[] = [
    { type: 'paragraph', text: filler },
    { type: 'paragraph', text: LABEL, bold: true, ...(keepWithNext ? { keepWithNext: true } : {}) },
    { type: 'paragraph', text: BODY_TEXT },
  ];
  return { meta: { title: 't', author: 'a', createdAt: new Date('2026-01-01T00:00:00Z') }, blocks };
}

async function pageOf(doc: DocModel, text: string): Promise<number> {
  const layout = layoutDocument(doc, await getFontFaces(), []);
  return layout.pages.findIndex((p) => p.ops.some((op) => op.kind === 'text' && op.text.includes(text)));
}

describe('keep with next: a label is never left alone at the foot of a page', () => {
  it('the crafted break: without keep-with-next the label would be the last line of page 1', async () => {
    const doc = crafted(false);
    expect(await pageOf(doc, LABEL)).toBe(0);
    expect(await pageOf(doc, BODY_TEXT)).toBe(1);
  });

  it('PDF: the label moves to the next page with the text it labels', async () => {
    const doc = crafted(true);
    expect(await pageOf(doc, LABEL)).toBe(1);
    expect(await pageOf(doc, BODY_TEXT)).toBe(1);
  });

  it('PDF: a label before a table is kept with the header and first row', async () => {
    const doc = crafted(true);
    const table: TableBlock = { type: 'table', columns: [{ header: '区分', width: 1 }, { header: '金額（円）', width: 1, align: 'right' }], rows: [['自己資金', '6,500,000']] };
    doc.blocks[2] = table;
    expect(await pageOf(doc, LABEL)).toBe(1);
    expect(await pageOf(doc, '自己資金')).toBe(1);
  });

  it('Word: labels use the 項目名 style, which keeps with the next paragraph; body text the 本文 style', async () => {
    const files = unzipDocx(await renderDocx(crafted(true)));
    const doc = files.get('word/document.xml')!;
    const styles = files.get('word/styles.xml')!;
    const label = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes(LABEL))!;
    expect(label).toContain('<w:pStyle w:val="BansoLabel"/>');
    expect(label).toContain('<w:keepNext/>');
    const labelStyle = styles.match(/<w:style [^>]*w:styleId="BansoLabel"[\s\S]*?<\/w:style>/)?.[0] ?? '';
    expect(labelStyle).toContain('<w:keepNext/>');
    expect(styles).toMatch(/w:styleId="BansoBody"/);
    expect(doc).toContain('<w:pStyle w:val="BansoBody"/>');
    // a filled font table: Word finds ＭＳ 明朝 by its alternate name and charset
    expect(files.get('word/fontTable.xml')).toMatch(/<w:font w:name="ＭＳ 明朝"><w:altName w:val="MS Mincho"\/>[\s\S]*<w:charset w:val="80"\/>/);
  });
});

describe('table cells: numbers never broken inside, text flush left', () => {
  const table: TableBlock = {
    type: 'table',
    columns: [{ header: '計算単位：会社全体', width: 3.2 }, ...['基準年度', '1年目', '2年目', '3年目', '4年目', '5年目'].map((h) => ({ header: h, width: 1.5, align: 'right' as const }))],
    rows: [['⑥ 付加価値額（②＋④＋⑤）', '74,000,000', '84,607,000', '92,478,000', '97,440,000', '102,479,000', '107,599,000']],
    emphasisRows: [0],
    size: 'small',
  };

  it('PDF: each number is drawn on one line of its cell', async () => {
    const doc: DocModel = { meta: { title: 't', author: 'a', createdAt: new Date() }, blocks: [table] };
    const layout = layoutDocument(doc, await getFontFaces(), []);
    const texts = layout.pages[0]!.ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
    for (const n of table.rows[0]!.slice(1)) expect(texts, n).toContain(n);
    // flush left: the label cell is not spread letter by letter
    const label = layout.pages[0]!.ops.find((op) => op.kind === 'text' && op.text.startsWith('⑥'));
    expect(label?.kind === 'text' && label.charSpacing).toBe(0);
  });

  it('Word: every column is at least as wide as its longest number', () => {
    // six year columns: room for 11 digits and commas in ＭＳ 明朝 / IPAex (half-width digits, 0.5 em of 9 pt = 90 twips) plus the cell margins
    for (const w of contentWidths(table, 18).slice(1)) expect(w).toBeGreaterThanOrEqual(11 * 90 + 160);
    // where there is room, at the generous estimate for wide fallback fonts (0.7 em)
    const three: TableBlock = { ...table, columns: table.columns.slice(0, 4), rows: [table.rows[0]!.slice(0, 3).concat('102,479,000')] };
    for (const w of contentWidths(three, 18).slice(1)) expect(w).toBeGreaterThanOrEqual(Math.floor(11 * 0.7 * 180 + 160));
  });
});
