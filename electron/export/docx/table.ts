/**
 * Table blocks → a bordered, fixed-layout table across the text width.
 *
 * - Column widths are proportional to `width` and sum exactly to the text width (integer twips).
 * - The column-header row is a repeating header row (w:tblHeader) unless repeatHeader is false.
 * - Rows may break across pages (no w:cantSplit), so a tall row never gets pushed off the page.
 * - Every row has exactly one cell per column: short rows are padded with empty cells; cells beyond the last column
 *   are appended to the last cell as extra lines, so no text is lost and the grid stays rectangular.
 * - Emphasis rows (totals) are bold on a grey background.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Align, TableBlock } from '../../../shared/export/docModel';
import { alignment, renderCaption, renderSpacer } from './paragraphs';
import { COLOR, HEADING_FONT, SIZE, STYLE_ID, TEXT_WIDTH } from './styles';
import { estimateEm, sizeColumns } from '../../../shared/export/columnSizing';
import { optionalLine, splitParagraphs, textRun } from './text';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border } satisfies IBorderOptions;
const CELL_MARGINS = { top: 30, bottom: 30, left: 80, right: 80 } as const;

/** Integer twips per column, proportional to the specs, summing exactly to `total`. */
export function columnWidths(weights: readonly number[], total: number = TEXT_WIDTH): number[] {
  if (weights.length === 0) return [];
  const positive = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const fallback = Math.min(...positive.filter((w) => w > 0)) || 1;
  const clean = positive.map((w) => (w > 0 ? w : fallback));
  const sum = clean.reduce((a, b) => a + b, 0);
  const widths = clean.map((w) => Math.floor((total * w) / sum));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/**
 * Integer twips per column sized to the content as the PDF sizes them (shared/export/columnSizing), so a number
 * such as 102,479,000 is never broken inside its cell; they sum exactly to the text width.
 */
export function contentWidths(block: TableBlock, halfPoints: number): number[] {
  const twipsPerEm = halfPoints * 10;
  const padEm = (CELL_MARGINS.left + CELL_MARGINS.right) / twipsPerEm;
  const em = sizeColumns(
    block.columns.map((c, i) => ({ header: c.header, cells: block.rows.map((r) => r[i] ?? ''), weight: c.width })),
    TEXT_WIDTH / twipsPerEm,
    estimateEm,
    padEm,
  );
  return columnWidths(em);
}

/** Exactly `count` cells: pads with '', folds overflow into the last cell (as new lines). */
export function normalizeRow(row: readonly string[], count: number): string[] {
  const cells = row.slice(0, count).map((c) => (typeof c === 'string' ? c : String(c ?? '')));
  while (cells.length < count) cells.push('');
  if (row.length > count && count > 0) {
    const extra = row.slice(count).filter((c) => c !== '');
    if (extra.length > 0) cells[count - 1] = [cells[count - 1], ...extra].filter((c) => c !== '').join('\n');
  }
  return cells;
}

interface CellStyle {
  width: number;
  align: Align | undefined;
  size: number;
  bold: boolean;
  header: boolean;
  fill: string | undefined;
}

function cell(text: string, style: CellStyle): TableCell {
  const paragraphs = splitParagraphs(text).map(
    (line) =>
      new Paragraph({
        style: STYLE_ID.tableText,
        alignment: alignment(style.align, AlignmentType.LEFT),
        children:
          line === ''
            ? []
            : [
                textRun(line, {
                  size: style.size,
                  bold: style.bold || undefined,
                  font: style.header ? HEADING_FONT : undefined,
                }),
              ],
      }),
  );
  return new TableCell({
    width: { size: style.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: style.fill ? { fill: style.fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    children: paragraphs,
  });
}

/** The caption (above, the Japanese convention for 表) and the table; [] for a table without columns. */
export function renderTable(block: TableBlock, pageBreakBefore: boolean): (Paragraph | Table)[] {
  const columns = block.columns;
  const caption = optionalLine(block.caption);
  if (columns.length === 0) {
    // A table without columns cannot be written (Word rejects empty tables): keep only its caption.
    return caption ? [renderCaption(caption, { keepNext: false, pageBreakBefore })] : [];
  }
  const size = block.size === 'small' ? SIZE.small : SIZE.body;
  const widths = contentWidths(block, size);
  const emphasis = new Set(block.emphasisRows ?? []);
  const repeatHeader = block.repeatHeader !== false;

  const headerRow = new TableRow({
    tableHeader: repeatHeader || undefined,
    children: columns.map((col, i) =>
      cell(col.header, { width: widths[i] ?? 0, align: 'center', size, bold: true, header: true, fill: COLOR.headerFill }),
    ),
  });
  const bodyRows = block.rows.map((row, r) => {
    const strong = emphasis.has(r);
    return new TableRow({
      children: normalizeRow(row, columns.length).map((text, i) =>
        cell(text, {
          width: widths[i] ?? 0,
          align: columns[i]?.align,
          size,
          bold: strong,
          header: false,
          fill: strong ? COLOR.emphasisFill : undefined,
        }),
      ),
    });
  });

  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { ...CELL_MARGINS, marginUnitType: WidthType.DXA },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [headerRow, ...bodyRows],
  });

  const out: (Paragraph | Table)[] = [];
  if (caption) out.push(renderCaption(caption, { keepNext: true, pageBreakBefore }));
  else if (pageBreakBefore) out.push(renderSpacer(true));
  out.push(table);
  return out;
}
