/** Image blocks → an inline ImageRun in a centred paragraph, caption below (図 captions go under the figure). */
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { ImageBlock } from '../../../shared/export/docModel';
import { readImageInfo, type ImageInfo } from './imageSize';
import { renderCaption } from './paragraphs';
import { SINGLE_SPACING, TEXT_HEIGHT, TEXT_WIDTH, TWIPS_PER_PX } from './styles';
import { optionalLine, textRun } from './text';

/** Leaves room on the page for the caption and a line of text. */
const MAX_HEIGHT_PX = Math.floor((TEXT_HEIGHT * 0.85) / TWIPS_PER_PX);
const TEXT_WIDTH_PX = TEXT_WIDTH / TWIPS_PER_PX;

/**
 * Display size in docx pixels (96 dpi): widthRatio of the text width, or the natural size at 96 dpi capped at the
 * text width when no ratio is given; aspect ratio kept; shrunk to fit the page height.
 */
export function imageDisplaySize(info: Pick<ImageInfo, 'width' | 'height'>, widthRatio: number | undefined): { width: number; height: number } {
  const ratio = widthRatio !== undefined && Number.isFinite(widthRatio) && widthRatio > 0 ? Math.min(widthRatio, 1) : undefined;
  let width = ratio !== undefined ? TEXT_WIDTH_PX * ratio : Math.min(info.width, TEXT_WIDTH_PX);
  let height = (width * info.height) / info.width;
  if (height > MAX_HEIGHT_PX) {
    width = (width * MAX_HEIGHT_PX) / height;
    height = MAX_HEIGHT_PX;
  }
  return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
}

export function renderImage(block: ImageBlock, pageBreakBefore: boolean): Paragraph[] {
  const info = readImageInfo(block.data);
  const caption = optionalLine(block.caption);
  if (!info) {
    // Unreadable bytes would make Word show a broken picture (or refuse the part): say so in the text instead.
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        pageBreakBefore: pageBreakBefore || undefined,
        children: [textRun(`［画像を表示できません${caption ? `：${caption}` : ''}］`)],
      }),
    ];
  }
  const picture = new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: pageBreakBefore || undefined,
    keepNext: caption !== undefined || undefined,
    // Auto line spacing so the line grows to the picture's height (an exact spacing would clip it).
    spacing: { ...SINGLE_SPACING, before: 120, after: caption ? 0 : 120 },
    children: [
      new ImageRun({
        // The bytes decide: a PNG labelled jpeg is still written as PNG, with the right content type.
        type: info.format === 'png' ? 'png' : 'jpg',
        data: block.data,
        transformation: imageDisplaySize(info, block.widthRatio),
        altText: caption ? { name: caption, description: caption, title: caption } : undefined,
      }),
    ],
  });
  return caption ? [picture, renderCaption(caption, { keepNext: false, center: true })] : [picture];
}
