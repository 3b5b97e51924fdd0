/**
 * The page model the layout produces and the renderer draws: absolute positions in PDF points
 * (origin bottom-left, y up). `Pager` is the cursor that flows content down the pages.
 */
import type { BrokenLine } from './lineBreak';
import type { FontFace, FontStyle } from './fonts';
import { CONTENT_BOTTOM, CONTENT_HEIGHT, CONTENT_TOP, PAGE, TEXT_WIDTH } from './style';

export interface TextOp {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  style: FontStyle;
  text: string;
  /** Tc: extra space after every glyph (justification; negative when 追い込み squeezed the line). */
  charSpacing: number;
}

export interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Grey level of the fill (0 = black, 1 = white), if filled. */
  fill?: number;
  /** Line width of the border, if stroked. */
  stroke?: number;
}

export interface ImageOp {
  kind: 'image';
  /** Index of the image among the document's image blocks. */
  image: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A vector path of a chart block (absolute PDF coordinates). Colours 0–255. */
export interface PathOp {
  kind: 'path';
  points: (readonly [number, number])[];
  closed: boolean;
  stroke?: readonly [number, number, number];
  fill?: readonly [number, number, number];
  /** 0–1 */
  fillOpacity: number;
  lineWidth: number;
  dash: readonly number[];
}

export type DrawOp = TextOp | RectOp | ImageOp | PathOp;

export interface LaidOutPage {
  ops: DrawOp[];
}

export interface OutlineEntry {
  title: string;
  level: 1 | 2 | 3;
  page: number;
  /** Top of the heading, for the /XYZ destination. */
  y: number;
}

export type LineAlign = 'justify' | 'left' | 'center' | 'right';

const EPS = 1e-6;

export class Pager {
  readonly pages: LaidOutPage[] = [];
  readonly outline: OutlineEntry[] = [];
  readonly left = PAGE.marginLeft;
  readonly width = TEXT_WIDTH;
  /** Top of the free space on the current page. */
  y = CONTENT_TOP;

  constructor() {
    this.pages.push({ ops: [] });
  }

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  get page(): LaidOutPage {
    const p = this.pages[this.pages.length - 1];
    if (!p) throw new Error('no page');
    return p;
  }

  get remaining(): number {
    return this.y - CONTENT_BOTTOM;
  }

  get atTop(): boolean {
    return this.y >= CONTENT_TOP - EPS;
  }

  /** Height available on a fresh page. */
  get pageCapacity(): number {
    return CONTENT_HEIGHT;
  }

  newPage(): void {
    this.pages.push({ ops: [] });
    this.y = CONTENT_TOP;
  }

  fits(h: number): boolean {
    return h <= this.remaining + EPS;
  }

  /** Starts a new page unless `h` fits here (or we are already at the top of a page). */
  ensure(h: number): void {
    if (!this.fits(h) && !this.atTop) this.newPage();
  }

  /** Vertical space between blocks; swallowed at the top of a page. */
  space(h: number): void {
    if (this.atTop) return;
    if (this.fits(h)) this.y -= h;
    else this.newPage();
  }

  push(op: DrawOp): void {
    this.page.ops.push(op);
  }

  /**
   * Draws one broken line in a box [x, x + width] whose top is `top` (does not move the cursor).
   * Justified lines spread the spare width over the gaps between characters via Tc; a squeezed
   * line (追い込み) gets a negative Tc so it still fits.
   */
  drawLine(line: BrokenLine, opts: { x: number; top: number; width: number; face: FontFace; size: number; lineHeight: number; align: LineAlign }): void {
    if (line.text === '') return;
    const { face, size } = opts;
    const avail = opts.width - line.indent;
    const gaps = line.chars - 1;
    let x = opts.x + line.indent;
    let charSpacing = 0;
    const spare = avail - line.width;
    // A line that broke early (a long Latin word pushed to the next line in a narrow cell) would be
    // spread letter by letter; past half an em per gap it stays left-aligned instead.
    const stretchable = spare / Math.max(1, gaps) <= size * 0.5;
    if (gaps > 0 && (spare < -EPS || (opts.align === 'justify' && !line.last && spare > EPS && stretchable))) {
      charSpacing = spare / gaps;
    } else if (opts.align === 'center') {
      x += Math.max(0, spare) / 2;
    } else if (opts.align === 'right') {
      x += Math.max(0, spare);
    }
    const baseline = opts.top - (opts.lineHeight - size) / 2 - face.emTop * size;
    this.push({ kind: 'text', x, y: baseline, size, style: face.style, text: line.text, charSpacing });
  }

  /** Drops a trailing empty page (e.g. after a final page break). */
  finish(): void {
    while (this.pages.length > 1 && this.pages[this.pages.length - 1]?.ops.length === 0) this.pages.pop();
  }
}
