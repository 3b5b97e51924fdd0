/** Page geometry and typographic constants (pt; 1 mm = 72 / 25.4 pt). Margins shared with the Word writer. */
import { BODY_PT, HEADING_PT, PAGE_MM, PARAGRAPH_AFTER_PT } from '../../../shared/export/pageGeometry';

const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28, // A4 portrait
  height: 841.89,
  marginTop: PAGE_MM.top * MM,
  marginBottom: PAGE_MM.bottom * MM,
  marginLeft: PAGE_MM.left * MM,
  marginRight: PAGE_MM.right * MM,
  /** Baseline of the footer page number, from the bottom edge. */
  footerBaseline: PAGE_MM.footer * MM,
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
  normal: { size: BODY_PT.size, lineHeight: BODY_PT.line },
  small: { size: BODY_PT.small, lineHeight: BODY_PT.smallLine },
};

export interface HeadingStyle extends TextStyle {
  spaceBefore: number;
  spaceAfter: number;
  align: 'left' | 'center';
}

export const HEADINGS: Record<1 | 2 | 3, HeadingStyle> = {
  1: { size: HEADING_PT[1].size, lineHeight: 16 * 1.5, spaceBefore: HEADING_PT[1].before, spaceAfter: HEADING_PT[1].after, align: 'center' },
  2: { size: HEADING_PT[2].size, lineHeight: 13 * 1.5, spaceBefore: HEADING_PT[2].before, spaceAfter: HEADING_PT[2].after, align: 'left' },
  3: { size: HEADING_PT[3].size, lineHeight: 11 * 1.55, spaceBefore: HEADING_PT[3].before, spaceAfter: HEADING_PT[3].after, align: 'left' },
};

export const SPACING = {
  afterParagraph: PARAGRAPH_AFTER_PT,
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
