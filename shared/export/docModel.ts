/**
 * A small, format-neutral document model. Templates + an application are turned into one of these
 * (shared/export/buildDocument.ts); the PDF and DOCX writers (electron/export/) render it.
 * Pure data: no fonts, no measurements.
 */

export interface DocMeta {
  title: string;
  author: string; // 申請者 or advisor
  subject?: string;
  createdAt: Date;
  /** Printed diagonally on every page when set, e.g. "下書き" for drafts with error findings. */
  watermark?: string;
  /**
   * The body typeface: 明朝 as the official forms and 記載例 (bundled Noto Serif JP in the PDF, ＭＳ 明朝 in
   * Word) or ゴシック (Noto Sans JP / ＭＳ ゴシック). Headings stay Gothic. Unset: each writer's default.
   */
  bodyFont?: 'mincho' | 'gothic';
}

export type Align = 'left' | 'center' | 'right';

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3; // 1 = document title, 2 = section, 3 = sub-heading
  text: string;
  /** Adds a PDF bookmark / outline entry. */
  bookmark?: boolean;
  /** A name the PDF writer reports the heading's page under (e.g. section:kigyoGaiyo, for page guidance). */
  anchor?: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string; // may contain \n: each line is a paragraph break
  align?: Align;
  size?: 'small' | 'normal';
  indentFirstLine?: boolean; // 字下げ one character
  bold?: boolean;
  /** A label (【事業計画名】): never left alone at the foot of a page — kept with the start of the next block. */
  keepWithNext?: boolean;
}

export interface TableColumnSpec {
  header: string;
  /** Relative width; columns share the text width in proportion. */
  width: number;
  align?: Align;
}

export interface TableBlock {
  type: 'table';
  /** Column headers (the header row) and widths. */
  columns: TableColumnSpec[];
  /** Body rows, one string per column. */
  rows: string[][];
  /** Rows drawn bold with a shaded background (totals). */
  emphasisRows?: number[];
  caption?: string;
  /** Repeat the header row on every page the table spans (default true). */
  repeatHeader?: boolean;
  size?: 'small' | 'normal';
}

export interface ImageBlock {
  type: 'image';
  data: Uint8Array; // PNG or JPEG bytes
  format: 'png' | 'jpeg';
  caption?: string; // e.g. 図1 導入するCAD/CAMの構成
  /** Width as a fraction of the text width (0–1]. */
  widthRatio?: number;
}

/** An RGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/**
 * One shape of a chart, in the chart's own coordinates: points (pt) from its top-left corner, y down
 * (as in SVG). A polyline is open, a polygon closed.
 */
export interface ChartPath {
  kind: 'polyline' | 'polygon';
  points: readonly (readonly [number, number])[];
  /** Line colour; no line when absent. */
  stroke?: Rgb;
  /** Fill colour (polygons); no fill when absent. */
  fill?: Rgb;
  /** 0–1, default 1. */
  fillOpacity?: number;
  /** pt, default 1. */
  lineWidth?: number;
  /** Dash pattern in pt (on, off, …); solid when absent or empty. */
  dash?: readonly number[];
}

/** A text label of a chart: `y` is the baseline, `anchor` where `x` is on the text. */
export interface ChartText {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  /** Font size, pt. */
  size: number;
  anchor: 'start' | 'middle' | 'end';
  bold?: boolean;
}

export type ChartShape = ChartPath | ChartText;

/**
 * A vector chart (e.g. the ロカベン radar). Writers that draw vectors (PDF) draw `shapes`, scaled down
 * to the text width if wider; the others (DOCX) print `fallback`, the same data as a table.
 */
export interface ChartBlock {
  type: 'chart';
  /** pt */
  width: number;
  height: number;
  shapes: ChartShape[];
  caption?: string;
  fallback: TableBlock;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | ImageBlock | ChartBlock | PageBreakBlock;

export interface DocModel {
  meta: DocMeta;
  blocks: Block[];
}
