/**
 * The page both writers lay out: A4 portrait with the margins of the official forms (25 mm top and
 * bottom, 20 mm left and right), page numbers 12 mm from the bottom edge. The PDF and the Word file use
 * these same numbers (and the same line pitch), so both paginate alike.
 */
export const PAGE_MM = { width: 210, height: 297, top: 25, bottom: 25, left: 20, right: 20, footer: 12 } as const;

/** Body text: 10.5 pt on a 17.85 pt line (1.7), as the PDF has always set it. */
export const BODY_PT = { size: 10.5, line: 10.5 * 1.7, small: 9, smallLine: 9 * 1.65 } as const;

/** Space after a paragraph block, pt. */
export const PARAGRAPH_AFTER_PT = 6;

/** Headings: size, space before and after, pt. */
export const HEADING_PT = {
  1: { size: 16, before: 0, after: 12 },
  2: { size: 13, before: 14, after: 4 },
  3: { size: 11, before: 8, after: 2 },
} as const;
