/** Headings, body paragraphs, captions and page breaks → docx paragraphs. */
import { AlignmentType, HeadingLevel, Paragraph } from 'docx';
import type { Align, HeadingBlock, ParagraphBlock } from '../../../shared/export/docModel';
import { PARAGRAPH_AFTER, SINGLE_SPACING, SIZE, SMALL_LINE, STYLE_ID, oneCharTwips } from './styles';
import { sanitizeLine, splitParagraphs, textRun } from './text';

type DocxAlignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export function alignment(align: Align | undefined): DocxAlignment | undefined;
export function alignment(align: Align | undefined, fallback: DocxAlignment): DocxAlignment;
export function alignment(align: Align | undefined, fallback?: DocxAlignment): DocxAlignment | undefined {
  switch (align) {
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    default:
      return fallback;
  }
}

const HEADING_STYLE = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/**
 * Level 1 (document title) is centred and large, 2 (section) and 3 (sub-heading) bold Gothic; all keep with the next
 * paragraph (styles.ts). The text is written as given, numbering included ("1. 事業者の概要").
 */
export function renderHeading(block: HeadingBlock, pageBreakBefore: boolean): Paragraph {
  const level = HEADING_STYLE[block.level] ?? HeadingLevel.HEADING_2;
  return new Paragraph({
    heading: level,
    pageBreakBefore: pageBreakBefore || undefined,
    children: [textRun(sanitizeLine(block.text))],
  });
}

/**
 * Each line of the text is its own paragraph in the 本文 style (labels: the 項目名 style, kept with the next
 * paragraph); empty lines stay as empty paragraphs. The last line gets the space the PDF puts after a block.
 */
export function renderParagraph(block: ParagraphBlock, pageBreakBefore: boolean): Paragraph[] {
  const size = block.size === 'small' ? SIZE.small : SIZE.body;
  const small = block.size === 'small';
  const lines = splitParagraphs(block.text);
  return lines.map(
    (line, i) =>
      new Paragraph({
        style: block.keepWithNext ? STYLE_ID.label : STYLE_ID.body,
        alignment: alignment(block.align), // default: justified (両端揃え), from the document defaults
        pageBreakBefore: (pageBreakBefore && i === 0) || undefined,
        keepNext: block.keepWithNext || undefined,
        indent: block.indentFirstLine ? { firstLine: oneCharTwips(size), firstLineChars: 100 } : undefined,
        spacing: { ...(small ? SMALL_LINE : {}), ...(i === lines.length - 1 ? { after: PARAGRAPH_AFTER } : {}) },
        run: small ? { size } : undefined,
        children: line === '' ? [] : [textRun(line, { bold: block.bold || undefined, size: small ? size : undefined })],
      }),
  );
}

/** 表/図 captions: Gothic, kept with the table or image they describe. */
export function renderCaption(text: string, options: { keepNext: boolean; center?: boolean; pageBreakBefore?: boolean }): Paragraph {
  return new Paragraph({
    style: STYLE_ID.caption,
    alignment: options.center ? AlignmentType.CENTER : undefined,
    keepNext: options.keepNext || undefined,
    pageBreakBefore: options.pageBreakBefore || undefined,
    children: [textRun(sanitizeLine(text))],
  });
}

/**
 * An empty paragraph: between two adjacent tables (Word would merge them), after a final table, or with
 * pageBreakBefore as a page break that no following paragraph can carry (a blank page, a table without caption).
 */
export function renderSpacer(pageBreakBefore = false): Paragraph {
  return new Paragraph({ pageBreakBefore: pageBreakBefore || undefined, spacing: SINGLE_SPACING, children: [] });
}
