/** Header (draft marker / watermark) and footer (page numbers "n / N"). */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { COLOR, FONT, HEADING_FONT, SINGLE_SPACING, SIZE } from './styles';
import { sanitizeLine } from './text';

/** Centred "n / N" from the PAGE and NUMPAGES fields, which Word and LibreOffice fill in when laying out. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: SINGLE_SPACING,
        children: [
          new TextRun({ size: SIZE.footer, children: [PageNumber.CURRENT] }),
          new TextRun({ size: SIZE.footer, text: ' / ' }),
          new TextRun({ size: SIZE.footer, children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/**
 * The draft marker on every page: a red "下書き" line at the top right of the header, plus Word's own kind of
 * watermark (a semi-transparent diagonal VML WordArt shape behind the text, which Word's Design > Watermark can remove).
 */
export function watermarkHeader(text: string): Header | undefined {
  const label = sanitizeLine(text).trim();
  if (label === '') return undefined;
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: SINGLE_SPACING,
        children: [
          new TextRun({ text: label, font: HEADING_FONT, bold: true, color: COLOR.watermark, size: SIZE.section }),
          new TextWatermark({ text: label, font: FONT.gothic, color: 'C0C0C0', opacity: 0.5, layout: 'diagonal' }),
        ],
      }),
    ],
  });
}
