/** Page geometry and typographic constants (pt; 1 mm = 72 / 25.4 pt). */
const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28, // A4 portrait
  height: 841.89,
  marginTop: 25 * MM,
  marginBottom: 25 * MM,
  marginLeft: 22 * MM,
  marginRight: 22 * MM,
  /** Baseline of the footer page number, from the bottom edge. */
  footerBaseline: 12 * MM,
  footerSize: 9,
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
export const CONTENT_TOP = PAGE.height - PAGE.marginTop;
export const CONTENT_BOTTOM = PAGE.marginBottom;
export const CONTENT_HEIGHT = CONTENT_TOP - CONTENT_BOTTOM;

export interface TextStyle {
  size: number;
  lineHeight: number;
}

export const BODY: Record<'normal' | 'small', TextStyle> = {
  normal: { size: 10.5, lineHeight: 10.5 * 1.7 },
  small: { size: 9, lineHeight: 9 * 1.65 },
};

export interface HeadingStyle extends TextStyle {
  spaceBefore: number;
  spaceAfter: number;
  align: 'left' | 'center';
}

export const HEADINGS: Record<1 | 2 | 3, HeadingStyle> = {
  1: { size: 16, lineHeight: 16 * 1.5, spaceBefore: 0, spaceAfter: 12, align: 'center' },
  2: { size: 13, lineHeight: 13 * 1.5, spaceBefore: 14, spaceAfter: 4, align: 'left' },
  3: { size: 11, lineHeight: 11 * 1.55, spaceBefore: 8, spaceAfter: 2, align: 'left' },
};

export const SPACING = {
  afterParagraph: 6,
  beforeTable: 4,
  afterTable: 10,
  beforeImage: 6,
  afterImage: 10,
  captionGap: 3,
} as const;

export const TABLE = {
  padX: 4,
  padY: 3,
  lineHeightFactor: 1.45,
  border: 0.5,
  headerShade: 0.88,
  emphasisShade: 0.94,
} as const;

/** 追い込み: a line may overflow by this fraction of the font size; the gaps are compressed to fit. */
export const SQUEEZE_FACTOR = 0.5;
