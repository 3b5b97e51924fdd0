/**
 * Flows the blocks of a DocModel down A4 pages: headings, paragraphs, images, page breaks
 * (tables: tables.ts; vector charts: chart.ts). Produces absolute draw operations; knows nothing about pdf-lib.
 */
import type { Block, DocModel, HeadingBlock, ImageBlock, ParagraphBlock } from '../../../shared/export/docModel';
import { sanitizeText, type FontFaces, type FontStyle } from './fonts';
import { Pager, type LaidOutPage, type LineAlign, type OutlineEntry } from './paginate';
import { BODY, HEADINGS, SPACING } from './style';
import { chartHeight, layoutChart } from './chart';
import { layoutTable } from './tables';
import { breakText, createContext, flowLines, type LayoutContext } from './text';

export interface ImageSize {
  width: number;
  height: number;
}

export interface LayoutResult {
  pages: LaidOutPage[];
  outline: OutlineEntry[];
  /** Characters the fonts lack, in order of first use. */
  missing: string[];
}

/** `keep`: the height of the next block's start that must fit below the heading (keep with next). */
function layoutHeading(pager: Pager, ctx: LayoutContext, block: HeadingBlock, keep = 2 * BODY.normal.lineHeight): void {
  const hs = HEADINGS[block.level];
  const face = ctx.face('bold');
  const text = ctx.prep(block.text, 'bold');
  const lines = breakText(text, face, hs.size, pager.width);
  pager.space(hs.spaceBefore);
  // keep with next: the heading plus two body lines must fit
  const own = lines.length * hs.lineHeight + hs.spaceAfter;
  pager.ensure(own + Math.min(keep, pager.pageCapacity - own - hs.spaceBefore));
  if (block.bookmark) {
    pager.outline.push({ title: sanitizeText(block.text).replace(/\n/g, ' ').trim(), level: block.level, page: pager.pageIndex, y: pager.y });
  }
  flowLines(pager, lines, face, hs, hs.align);
  pager.space(hs.spaceAfter);
}

function layoutParagraph(pager: Pager, ctx: LayoutContext, block: ParagraphBlock): void {
  const style = BODY[block.size ?? 'normal'];
  const fs: FontStyle = block.bold ? 'bold' : 'regular';
  const face = ctx.face(fs);
  const text = ctx.prep(block.text, fs);
  const lines = breakText(text, face, style.size, pager.width, block.indentFirstLine ?? false);
  const align: LineAlign = block.align === 'center' || block.align === 'right' ? block.align : 'justify';
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

/** Lays out the whole document. `images[i]` is the pixel size of the i-th image block. */
export function layoutDocument(doc: DocModel, faces: FontFaces, images: ImageSize[]): LayoutResult {
  const ctx = createContext(faces);
  const pager = new Pager();
  let imageIndex = 0;
  doc.blocks.forEach((block: Block, i) => {
    switch (block.type) {
      case 'heading': {
        const next = doc.blocks[i + 1];
        layoutHeading(pager, ctx, block, next?.type === 'chart' ? chartHeight(pager, ctx, next) : undefined);
        break;
      }
      case 'paragraph':
        layoutParagraph(pager, ctx, block);
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
  return { pages: pager.pages, outline: pager.outline, missing: [...ctx.missing] };
}
