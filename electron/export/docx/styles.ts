/**
 * Page geometry, fonts, sizes and the document's style sheet for the DOCX writer.
 *
 * Units: twips (1/20 pt, 1/1440 in) for geometry, half-points for font sizes (docx's `size`).
 */
import { BODY_PT, HEADING_PT, PAGE_MM, PARAGRAPH_AFTER_PT } from '../../../shared/export/pageGeometry';
import {
  AlignmentType,
  LineRuleType,
  type IFontAttributesProperties,
  type IParagraphPropertiesOptions,
  type IStylesOptions,
} from 'docx';

/** A4 portrait in twips. */
export const PAGE = { width: 11906, height: 16838 } as const;

const MM = 1440 / 25.4;
const mm = (v: number): number => Math.round(v * MM);

/** 25 mm top/bottom, 20 mm left/right: the usual margins of the official forms, the same as the PDF's. */
export const MARGIN = { top: mm(PAGE_MM.top), bottom: mm(PAGE_MM.bottom), left: mm(PAGE_MM.left), right: mm(PAGE_MM.right), header: mm(12), footer: mm(PAGE_MM.footer) } as const;

/** Width of the text area, the width tables and images are laid out against. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

/** docx image sizes are pixels at 96 dpi: 15 twips each. */
export const TWIPS_PER_PX = 15;

/**
 * Font names Word on Windows (and Word for Mac, which ships them) has. LibreOffice on Linux finds them through
 * fontconfig: alias ＭＳ 明朝 → IPAexMincho and ＭＳ ゴシック → IPAexGothic (see tests/unit/export/docxLibreOffice.test.ts),
 * otherwise it falls back to the fontconfig default Japanese font (IPAexGothic).
 */
export const FONT = {
  mincho: 'ＭＳ 明朝',
  gothic: 'ＭＳ ゴシック',
  latinSerif: 'Century',
  latinSans: 'Arial',
} as const;

/** Body text: Century for Latin, ＭＳ 明朝 for Japanese. hint=eastAsia puts ambiguous characters (“”・…※) in the Japanese font. */
export const BODY_FONT = {
  ascii: FONT.latinSerif,
  hAnsi: FONT.latinSerif,
  eastAsia: FONT.mincho,
  cs: FONT.latinSerif,
  hint: 'eastAsia',
} satisfies IFontAttributesProperties;

/** The body in ゴシック (the export option): Arial for Latin, ＭＳ ゴシック for Japanese. */
export const BODY_FONT_GOTHIC = {
  ascii: FONT.latinSans,
  hAnsi: FONT.latinSans,
  eastAsia: FONT.gothic,
  cs: FONT.latinSans,
  hint: 'eastAsia',
} satisfies IFontAttributesProperties;

/** Headings, captions, table headers: Gothic. */
export const HEADING_FONT = {
  ascii: FONT.latinSans,
  hAnsi: FONT.latinSans,
  eastAsia: FONT.gothic,
  cs: FONT.latinSans,
  hint: 'eastAsia',
} satisfies IFontAttributesProperties;

/** Font sizes in half-points. */
export const SIZE = {
  body: 21, // 10.5 pt, the Japanese standard
  small: 18, // 9 pt
  title: HEADING_PT[1].size * 2, // 16 pt
  section: HEADING_PT[2].size * 2, // 13 pt, as the PDF
  subsection: HEADING_PT[3].size * 2, // 11 pt
  caption: 20, // 10 pt
  footer: 18,
} as const;

/** One full-width character of the given size (half-points), in twips: the 字下げ of a first line. */
export const oneCharTwips = (halfPoints: number): number => halfPoints * 10;

/** Line spacing in 240ths of a line (lineRule auto). Mincho fonts are 1 em tall, so single spacing is cramped. */
export const LINE = { body: 336, table: 264, heading: 300 } as const;

/**
 * Single line spacing. Always give lineRule with line: LibreOffice does not read a missing lineRule as auto (as Word
 * does), and an inline picture in such a paragraph at the top of a page gets clipped.
 */
export const SINGLE_SPACING = { line: 240, lineRule: LineRuleType.AUTO } as const;

export const LANGUAGE = { value: 'en-US', eastAsia: 'ja-JP' } as const;

export const COLOR = {
  border: '000000',
  headerFill: 'D9D9D9',
  emphasisFill: 'F2F2F2',
  watermark: 'C00000',
} as const;

/** Style ids used by the writer; the built-in Heading1–3 give Word's navigation pane and LibreOffice's PDF outline. */
export const STYLE_ID = { caption: 'Caption', tableText: 'BansoTableText', body: 'BansoBody', label: 'BansoLabel' } as const;

const pt = (v: number): number => Math.round(v * 20);

/** The body's line pitch, exactly as the PDF sets it (17.85 pt for 10.5 pt text), so Word paginates alike. */
export const BODY_LINE = { line: pt(BODY_PT.line), lineRule: LineRuleType.EXACT } as const;
export const SMALL_LINE = { line: pt(BODY_PT.smallLine), lineRule: LineRuleType.EXACT } as const;
/** Space after a block of text (the last line of a paragraph block), twips. */
export const PARAGRAPH_AFTER = pt(PARAGRAPH_AFTER_PT);

/**
 * Paragraph defaults. 両端揃え; 禁則 (w:kinsoku) is on by default and never switched off here.
 *
 * w:overflowPunct is written explicitly although it is Word's default (so Word lays out exactly as without it):
 * LibreOffice (writerfilter) maps it inverted, to "no hanging punctuation", and that avoids a LibreOffice 7.x bug where
 * a 。 or 、 hung into the margin of a justified line is not painted at all. Without it LibreOffice's PDF loses those
 * characters; with it, LibreOffice pushes them onto the next line (追い出し) instead.
 *
 * docx's typings for document defaults leave out paragraph-only options, but the defaults are written by the same
 * ParagraphProperties class as paragraphs, so the wider options type is passed (checked by the package test).
 */
const PARAGRAPH_DEFAULTS: IParagraphPropertiesOptions = {
  alignment: AlignmentType.BOTH,
  overflowPunctuation: true,
  spacing: { line: LINE.body, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
};

export function documentStyles(body: 'mincho' | 'gothic' = 'mincho'): IStylesOptions {
  const headingRun = { font: HEADING_FONT, bold: true, color: '000000' } as const;
  return {
    default: {
      document: {
        run: { font: body === 'gothic' ? BODY_FONT_GOTHIC : BODY_FONT, size: SIZE.body, language: LANGUAGE },
        paragraph: PARAGRAPH_DEFAULTS,
      },
      heading1: {
        run: { ...headingRun, size: SIZE.title },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 360, line: LINE.heading, lineRule: LineRuleType.AUTO },
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
        },
      },
      heading2: {
        run: { ...headingRun, size: SIZE.section },
        paragraph: {
          alignment: AlignmentType.LEFT,
          spacing: { before: pt(HEADING_PT[2].before), after: pt(HEADING_PT[2].after), line: LINE.heading, lineRule: LineRuleType.AUTO },
          keepNext: true,
          keepLines: true,
          outlineLevel: 1,
        },
      },
      heading3: {
        run: { ...headingRun, size: SIZE.subsection },
        paragraph: {
          alignment: AlignmentType.LEFT,
          spacing: { before: pt(HEADING_PT[3].before), after: pt(HEADING_PT[3].after), line: LINE.heading, lineRule: LineRuleType.AUTO },
          keepNext: true,
          keepLines: true,
          outlineLevel: 2,
        },
      },
      caption: {
        run: { font: HEADING_FONT, size: SIZE.caption, bold: false, italics: false, color: '000000' },
        paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 120, after: 60 } },
      },
    },
    paragraphStyles: [
      {
        // 本文: every body paragraph, so an advisor can change the typeface or pitch of the whole text at once
        id: STYLE_ID.body,
        name: 'Banso 本文',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { ...BODY_LINE, before: 0, after: 0 } },
      },
      {
        // 項目名 (【事業計画名】): Gothic, bold, kept with the text it labels
        id: STYLE_ID.label,
        name: 'Banso 項目名',
        basedOn: 'Normal',
        next: STYLE_ID.body,
        quickFormat: true,
        run: { font: HEADING_FONT, bold: true },
        paragraph: { spacing: { ...BODY_LINE, before: 0, after: 0 }, keepNext: true, keepLines: true },
      },
      {
        id: STYLE_ID.tableText,
        name: 'Banso Table Text',
        basedOn: 'Normal',
        paragraph: { spacing: { line: LINE.table, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
    ],
  };
}
