/**
 * Flows the blocks of a DocModel down A4 pages: headings, paragraphs, images, page breaks
 * (tables: tables.ts; vector charts: chart.ts). Produces absolute draw operations; knows nothing about pdf-lib.
 */
import type { Block, DocModel, HeadingBlock, ImageBlock, ParagraphBlock } from '../../../shared/export/docModel';
import { sanitizeText, type FontFaces, type FontStyle } from './fonts';
import { Pager, type LaidOutPage, type LineAlign, type OutlineEntry } from './paginate';
import { BODY, HEADINGS, SPACING } from './style';
import { chartHeight, layoutChart } from './chart';
import { layoutTable, tableStartHeight } from './tables';
import { breakText, createContext, flowLines, type LayoutContext } from './text';

export interface ImageSize {
  width: number;
  height: number;
}

export interface LayoutResult {
  pages: LaidOutPage[];
  outline: OutlineEntry[];
  /** The page each anchored heading landed on (0-based) and whether it starts that page. */
  anchors: Map<string, { page: number; atTop: boolean }>;
  /** Characters the fonts lack, in order of first use. */
  missing: string[];
}

/** `keep`: the height of the next block's start that must fit below the heading (keep with next). */
function layoutHeading(pager: Pager, ctx: LayoutContext, block: HeadingBlock, keep = 2 * BODY.normal.lineHeight, anchors?: Map<string, { page: number; atTop: boolean }>): void {
  const hs = HEADINGS[block.level];
  const face = ctx.face('bold');
  const text = ctx.prep(block.text, 'bold');
  const lines = breakText(text, face, hs.size, pager.width);
  pager.space(hs.spaceBefore);
  // keep with next: the heading plus two body lines must fit
  const own = lines.length * hs.lineHeight + hs.spaceAfter;
  pager.ensure(own + Math.min(keep, pager.pageCapacity - own - hs.spaceBefore));
  if (block.anchor && anchors && !anchors.has(block.anchor)) anchors.set(block.anchor, { page: pager.pageIndex, atTop: pager.atTop });
  if (block.bookmark) {
    pager.outline.push({ title: sanitizeText(block.text).replace(/\n/g, ' ').trim(), level: block.level, page: pager.pageIndex, y: pager.y });
  }
  flowLines(pager, lines, face, hs, hs.align);
  pager.space(hs.spaceAfter);
}

function layoutParagraph(pager: Pager, ctx: LayoutContext, block: ParagraphBlock, keep = 0): void {
  const style = BODY[block.size ?? 'normal'];
  const fs: FontStyle = block.bold ? 'bold' : 'regular';
  const face = ctx.face(fs);
  const text = ctx.prep(block.text, fs);
  const lines = breakText(text, face, style.size, pager.width, block.indentFirstLine ?? false);
  const align: LineAlign = block.align === 'center' || block.align === 'right' ? block.align : 'justify';
  // keep with next: a label moves to the next page with the start of what it labels
  if (block.keepWithNext) {
    const own = lines.length * style.lineHeight + SPACING.afterParagraph;
    pager.ensure(own + Math.min(keep, pager.pageCapacity - own));
  }
  flowLines(pager, lines, face, style, align);
  pager.space(SPACING.afterParagraph);
}

function layoutImage(pager: Pager, ctx: LayoutContext, block: ImageBlock, index: number, size: ImageSize): void {
  const naturalW = (size.width * 72) / 96;
  const ratio = Math.min(1, Math.max(0.05, block.widthRatio ?? Math.min(1, naturalW / pager.width)));
  let w = pager.width * ratio;
  let h = size.width > 0 ? (w * size.height) / size.width : 0;
  const capStyle = BODY.small;
  const face = ctx.face('regular');
  const caption = block.caption ? ctx.prep(block.caption, 'regular') : '';
  const capLines = caption ? breakText(caption, face, capStyle.size, pager.width) : [];
  const capH = capLines.length > 0 ? SPACING.captionGap + capLines.length * capStyle.lineHeight : 0;
  const maxH = pager.pageCapacity - capH - SPACING.beforeImage;
  if (h > maxH) {
    w *= maxH / h;
    h = maxH;
  }
  pager.space(SPACING.beforeImage);
  pager.ensure(h + capH);
  const x = pager.left + (pager.width - w) / 2;
  pager.push({ kind: 'image', image: index, x, y: pager.y - h, w, h });
  pager.y -= h;
  if (capLines.length > 0) {
    pager.y -= SPACING.captionGap;
    flowLines(pager, capLines, face, capStyle, 'center');
  }
  pager.space(SPACING.afterImage);
}

/**
 * How much of the block at `i` must fit below a heading or label kept with it: two lines of a paragraph,
 * a table's caption, header and first row, a whole chart; a label or heading in between adds its own lines.
 */
function keepHeight(pager: Pager, ctx: LayoutContext, blocks: readonly Block[], i: number, depth = 0): number {
  const b = blocks[i];
  if (!b || depth > 3) return 0;
  switch (b.type) {
    case 'paragraph': {
      const style = BODY[b.size ?? 'normal'];
      const fs: FontStyle = b.bold ? 'bold' : 'regular';
      const n = breakText(ctx.prep(b.text, fs), ctx.face(fs), style.size, pager.width, b.indentFirstLine ?? false).length;
      if (b.keepWithNext) return n * style.lineHeight + SPACING.afterParagraph + keepHeight(pager, ctx, blocks, i + 1, depth + 1);
      return Math.min(2, Math.max(1, n)) * style.lineHeight;
    }
    case 'heading': {
      const hs = HEADINGS[b.level];
      return hs.spaceBefore + hs.lineHeight + hs.spaceAfter + keepHeight(pager, ctx, blocks, i + 1, depth + 1);
    }
    case 'table':
      return tableStartHeight(pager, ctx, b);
    case 'chart':
      return chartHeight(pager, ctx, b);
    default:
      return 2 * BODY.normal.lineHeight;
  }
}

/** Lays out the whole document. `images[i]` is the pixel size of the i-th image block. */
export function layoutDocument(doc: DocModel, faces: FontFaces, images: ImageSize[]): LayoutResult {
  const ctx = createContext(faces);
  const pager = new Pager();
  const anchors = new Map<string, { page: number; atTop: boolean }>();
  let imageIndex = 0;
  doc.blocks.forEach((block: Block, i) => {
    switch (block.type) {
      case 'heading':
        layoutHeading(pager, ctx, block, keepHeight(pager, ctx, doc.blocks, i + 1), anchors);
        break;
      case 'paragraph':
        layoutParagraph(pager, ctx, block, block.keepWithNext ? keepHeight(pager, ctx, doc.blocks, i + 1) : 0);
        break;
      case 'table':
        layoutTable(pager, ctx, block);
        break;
      case 'image': {
        const size = images[imageIndex] ?? { width: 1, height: 1 };
        layoutImage(pager, ctx, block, imageIndex, size);
        imageIndex++;
        break;
      }
      case 'chart':
        layoutChart(pager, ctx, block);
        break;
      case 'pageBreak':
        if (pager.page.ops.length > 0) pager.newPage();
        break;
    }
  });
  pager.finish();
  return { pages: pager.pages, outline: pager.outline, anchors, missing: [...ctx.missing] };
}
