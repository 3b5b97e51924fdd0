/**
 * Chart blocks (shared/export/docModel.ts `ChartBlock`, e.g. the ロカベン radar): laid out like an image
 * (kept whole, centred, scaled down to the text width / page height, caption below), but drawn as
 * vectors. Paths become `PathOp`s; labels become ordinary `TextOp`s, so they go through the same
 * preparation, font subsetting and reading-order text block as all other text (Japanese renders,
 * pdftotext extracts them).
 */
import {
  LineJoinStyle,
  closePath,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  setDashPattern,
  setFillingRgbColor,
  setGraphicsState,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
  type PDFName,
  type PDFOperator,
} from 'pdf-lib';
import type { ChartBlock } from '../../../shared/export/docModel';
import type { FontStyle } from './fonts';
import type { Pager, PathOp } from './paginate';
import { BODY, SPACING } from './style';
import { breakText, flowLines, type LayoutContext } from './text';

/** Scale, size and caption lines of a chart as it will be laid out. */
function measure(pager: Pager, ctx: LayoutContext, block: ChartBlock) {
  const capStyle = BODY.small;
  const capFace = ctx.face('regular');
  const caption = block.caption ? ctx.prep(block.caption, 'regular') : '';
  const capLines = caption ? breakText(caption, capFace, capStyle.size, pager.width) : [];
  const capH = capLines.length > 0 ? SPACING.captionGap + capLines.length * capStyle.lineHeight : 0;
  const bw = Math.max(1, block.width);
  let k = Math.min(1, pager.width / bw);
  const maxH = pager.pageCapacity - capH - SPACING.beforeImage;
  if (block.height * k > maxH) k = maxH / Math.max(1, block.height);
  return { k, w: bw * k, h: Math.max(0, block.height) * k, capH, capLines, capFace, capStyle };
}

/** The height a chart takes with its caption (a heading before it is kept with all of it). */
export function chartHeight(pager: Pager, ctx: LayoutContext, block: ChartBlock): number {
  const m = measure(pager, ctx, block);
  return SPACING.beforeImage + m.h + m.capH;
}

export function layoutChart(pager: Pager, ctx: LayoutContext, block: ChartBlock): void {
  const { k, w, h, capH, capLines, capFace, capStyle } = measure(pager, ctx, block);

  pager.space(SPACING.beforeImage);
  pager.ensure(h + capH);
  const x0 = pager.left + (pager.width - w) / 2;
  const top = pager.y;
  const at = ([x, y]: readonly [number, number]): [number, number] => [x0 + x * k, top - y * k];

  for (const s of block.shapes) {
    if (s.kind === 'text') {
      const style: FontStyle = s.bold ? 'bold' : 'regular';
      const face = ctx.face(style);
      const text = ctx.prep(s.text.replace(/\n/g, ' '), style);
      const size = s.size * k;
      if (text === '' || size <= 0) continue;
      const tw = face.widthOf(text, size);
      const [x, y] = at([s.x, s.y]);
      const dx = s.anchor === 'middle' ? tw / 2 : s.anchor === 'end' ? tw : 0;
      pager.push({ kind: 'text', x: x - dx, y, size, style, text, charSpacing: 0 });
      continue;
    }
    if (s.points.length < 2 || (!s.stroke && !s.fill)) continue;
    const op: PathOp = {
      kind: 'path',
      points: s.points.map(at),
      closed: s.kind === 'polygon',
      fillOpacity: Math.min(1, Math.max(0, s.fillOpacity ?? 1)),
      lineWidth: (s.lineWidth ?? 1) * k,
      dash: (s.dash ?? []).filter((d) => d > 0).map((d) => d * k),
    };
    if (s.stroke) op.stroke = s.stroke;
    if (s.fill && s.kind === 'polygon') op.fill = s.fill;
    pager.push(op);
  }
  pager.y -= h;
  if (capLines.length > 0) {
    pager.y -= SPACING.captionGap;
    flowLines(pager, capLines, capFace, capStyle, 'center');
  }
  pager.space(SPACING.afterImage);
}

const r2 = (n: number): number => Math.round(n * 100) / 100;
const c01 = (v: number): number => Math.round((Math.min(255, Math.max(0, v)) / 255) * 1000) / 1000;

function pathOps(op: PathOp): PDFOperator[] {
  const out: PDFOperator[] = [];
  op.points.forEach(([x, y], i) => out.push(i === 0 ? moveTo(r2(x), r2(y)) : lineTo(r2(x), r2(y))));
  if (op.closed) out.push(closePath());
  return out;
}

/**
 * The operators of one path, each part in its own graphics state (so the table borders drawn with the
 * page's shared stroke settings are not affected). `opacity(a)` names an ExtGState with fill alpha a.
 */
export function pathOperators(op: PathOp, opacity: (alpha: number) => PDFName): PDFOperator[] {
  const out: PDFOperator[] = [];
  if (op.fill && op.closed && op.fillOpacity > 0) {
    out.push(pushGraphicsState());
    if (op.fillOpacity < 1) out.push(setGraphicsState(opacity(Math.round(op.fillOpacity * 1000) / 1000)));
    out.push(setFillingRgbColor(c01(op.fill[0]), c01(op.fill[1]), c01(op.fill[2])), ...pathOps(op), fill(), popGraphicsState());
  }
  if (op.stroke && op.lineWidth > 0) {
    out.push(
      pushGraphicsState(),
      setStrokingRgbColor(c01(op.stroke[0]), c01(op.stroke[1]), c01(op.stroke[2])),
      setLineWidth(r2(op.lineWidth)),
      setLineJoin(LineJoinStyle.Round),
      setDashPattern(op.dash.map(r2), 0),
      ...pathOps(op),
      stroke(),
      popGraphicsState(),
    );
  }
  return out;
}
