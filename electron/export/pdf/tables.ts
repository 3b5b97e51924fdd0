/**
 * Tables: proportional column widths, wrapped cell text, borders, header row repeated on every page
 * the table spans, emphasis rows (bold + shading). A row that does not fit the rest of the page moves
 * to the next one; a row taller than a whole page is split line by line across pages.
 */
import type { Align, TableBlock } from '../../../shared/export/docModel';
import type { FontFace, FontStyle } from './fonts';
import type { BrokenLine } from './lineBreak';
import type { LineAlign, Pager } from './paginate';
import { BODY, SPACING, TABLE } from './style';
import { breakText, flowLines, type LayoutContext } from './text';
import { sizeColumns } from '../../../shared/export/columnSizing';

interface Cell {
  lines: BrokenLine[];
  align: LineAlign;
}

interface Row {
  cells: Cell[];
  face: FontFace;
  shade?: number;
  /** Number of lines of the tallest cell. */
  lineCount: number;
}

/** Cell text is set flush left (never spread letter by letter); numbers right. */
function cellAlign(align: Align | undefined): LineAlign {
  return align === 'center' || align === 'right' ? align : 'left';
}

/** Column widths in pt, proportional to the specs' relative widths, summing to `total`. */
export function columnWidths(weights: number[], total: number): number[] {
  const w = weights.map((x) => (Number.isFinite(x) && x > 0 ? x : 1));
  const sum = w.reduce((a, b) => a + b, 0) || 1;
  return w.map((x) => (x / sum) * total);
}

interface Prepared {
  widths: number[];
  header: Row;
  rows: Row[];
  size: number;
  lh: number;
  style: (typeof BODY)['normal'];
  capLines: BrokenLine[];
}

/** Column widths and every row broken into lines, once per table block (the keep-with-next estimate reuses it). */
const prepared = new WeakMap<TableBlock, Prepared>();

function prepareTable(pager: Pager, ctx: LayoutContext, block: TableBlock): Prepared | null {
  const cached = prepared.get(block);
  if (cached) return cached;
  const style = BODY[block.size ?? 'normal'];
  const size = style.size;
  const lh = size * TABLE.lineHeightFactor;
  const { padX } = TABLE;
  const cols = block.columns;
  if (cols.length === 0) return null;
  // columns sized to their content: numbers and Latin words are never broken inside
  const measureFace = ctx.face('regular');
  const boldFace = ctx.face('bold');
  const emWidths = sizeColumns(
    cols.map((c, i) => ({ header: c.header, cells: block.rows.map((r) => r[i] ?? ''), weight: c.width })),
    pager.width / size,
    (s) => Math.max(measureFace.widthOf(s, 1), boldFace.widthOf(s, 1)),
    (2 * padX) / size,
  );
  const widths = emWidths.map((w) => w * size);
  const emphasis = new Set(block.emphasisRows ?? []);

  const makeRow = (texts: string[], fs: FontStyle, align: (i: number) => LineAlign, shade?: number): Row => {
    const face = ctx.face(fs);
    const cells = widths.map((w, i) => {
      const text = ctx.prep(texts[i] ?? '', fs);
      return { lines: breakText(text, face, size, Math.max(w - 2 * padX, size)), align: align(i) };
    });
    const lineCount = Math.max(1, ...cells.map((c) => c.lines.length));
    return shade === undefined ? { cells, face, lineCount } : { cells, face, lineCount, shade };
  };

  const header = makeRow(
    cols.map((c) => c.header),
    'bold',
    () => 'center',
    TABLE.headerShade,
  );
  const rows = block.rows.map((r, ri) =>
    makeRow(
      r,
      emphasis.has(ri) ? 'bold' : 'regular',
      (i) => cellAlign(cols[i]?.align),
      emphasis.has(ri) ? TABLE.emphasisShade : undefined,
    ),
  );
  const capLines = block.caption ? breakText(ctx.prep(block.caption, 'bold'), ctx.face('bold'), size, pager.width) : [];
  const p: Prepared = { widths, header, rows, size, lh, style, capLines };
  prepared.set(block, p);
  return p;
}

/** The height the start of a table needs: space, caption, header and the first row (or its first two lines). */
export function tableStartHeight(pager: Pager, ctx: LayoutContext, block: TableBlock): number {
  const p = prepareTable(pager, ctx, block);
  if (!p) return 0;
  const rowHeight = (lines: number): number => lines * p.lh + 2 * TABLE.padY;
  const first = p.rows[0];
  return SPACING.beforeTable + p.capLines.length * p.style.lineHeight + rowHeight(p.header.lineCount) + (first ? rowHeight(Math.min(first.lineCount, 2)) : 0);
}

export function layoutTable(pager: Pager, ctx: LayoutContext, block: TableBlock): void {
  const p = prepareTable(pager, ctx, block);
  if (!p) return;
  const { widths, header, rows, size, lh, style } = p;
  const { padX, padY } = TABLE;
  const rowHeight = (lines: number): number => lines * lh + 2 * padY;
  const headerH = rowHeight(header.lineCount);
  const repeat = block.repeatHeader ?? true;

  /** Draws lines [from, to) of every cell of `row` as one row box at the cursor. */
  const drawRow = (row: Row, from: number, to: number): void => {
    const h = rowHeight(to - from);
    const top = pager.y;
    let x = pager.left;
    widths.forEach((w, i) => {
      if (row.shade !== undefined) pager.push({ kind: 'rect', x, y: top - h, w, h, fill: row.shade });
      pager.push({ kind: 'rect', x, y: top - h, w, h, stroke: TABLE.border });
      const cell = row.cells[i];
      if (cell) {
        for (let j = from; j < Math.min(to, cell.lines.length); j++) {
          const line = cell.lines[j];
          if (!line) continue;
          pager.drawLine(line, {
            x: x + padX,
            top: top - padY - (j - from) * lh,
            width: w - 2 * padX,
            face: row.face,
            size,
            lineHeight: lh,
            align: cell.align,
          });
        }
      }
      x += w;
    });
    pager.y -= h;
  };

  const newPageWithHeader = (): void => {
    pager.newPage();
    if (repeat) drawRow(header, 0, header.lineCount);
  };

  pager.space(SPACING.beforeTable);
  // caption above the table, kept with the header and the first row (or its first two lines)
  const capFace = ctx.face('bold');
  const capLines = p.capLines;
  const capH = capLines.length * style.lineHeight;
  const first = rows[0];
  const firstH = first ? rowHeight(Math.min(first.lineCount, 2)) : 0;
  pager.ensure(capH + headerH + firstH);
  if (capLines.length > 0) flowLines(pager, capLines, capFace, style, 'left');
  drawRow(header, 0, header.lineCount);

  for (const row of rows) {
    const h = rowHeight(row.lineCount);
    if (!pager.fits(h)) {
      const freshCapacity = pager.pageCapacity - (repeat ? headerH : 0);
      if (h <= freshCapacity) newPageWithHeader();
    }
    if (pager.fits(h)) {
      drawRow(row, 0, row.lineCount);
      continue;
    }
    // taller than the rest of the page: split it line by line
    let from = 0;
    while (from < row.lineCount) {
      let n = Math.floor((pager.remaining - 2 * padY + 1e-6) / lh);
      if (n < Math.min(2, row.lineCount - from)) {
        newPageWithHeader();
        n = Math.max(1, Math.floor((pager.remaining - 2 * padY + 1e-6) / lh));
      }
      const to = Math.min(row.lineCount, from + n);
      drawRow(row, from, to);
      from = to;
      if (from < row.lineCount) newPageWithHeader();
    }
  }
  pager.space(SPACING.afterTable);
}
