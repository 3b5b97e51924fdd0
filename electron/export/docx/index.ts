/**
 * DOCX writer: renders the format-neutral DocModel (shared/export/docModel.ts) as a Word document laid out like the
 * official forms — A4, the PDF's margins (25/20 mm) and line pitch, ＭＳ 明朝 (or ＭＳ ゴシック) body in the 本文 style,
 * labels in the 項目名 style kept with their text, ＭＳ ゴシック headings, a filled font table, ja-JP, page numbers
 * "n / N" in the footer, and a 下書き marker on every page when meta.watermark is set.
 */
import { Document, Packer } from 'docx';
import type { DocModel } from '../../../shared/export/docModel';
import { renderBlocks } from './blocks';
import { corePropertiesXml } from './coreProperties';
import { pageNumberFooter, watermarkHeader } from './pageFurniture';
import { MARGIN, PAGE, documentStyles } from './styles';
import { sanitizeLine } from './text';
import { fontTableXml } from './fontTable';

export { sanitizeText } from './text';
export { readImageInfo, type ImageInfo } from './imageSize';

/** Builds the docx Document (exposed for tests and for callers that want another Packer output). */
export function buildDocxDocument(doc: DocModel): Document {
  const header = doc.meta.watermark ? watermarkHeader(doc.meta.watermark) : undefined;
  const line = (text: string | undefined): string | undefined => (text ? sanitizeLine(text).trim() || undefined : undefined);
  return new Document({
    // docProps/core.xml is replaced by corePropertiesXml (created date); these keep docx's own copy consistent.
    title: line(doc.meta.title),
    creator: line(doc.meta.author),
    lastModifiedBy: line(doc.meta.author),
    subject: line(doc.meta.subject),
    styles: documentStyles(doc.meta.bodyFont ?? 'mincho'),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, gutter: 0 },
          },
        },
        headers: header ? { default: header } : undefined,
        footers: { default: pageNumberFooter() },
        children: renderBlocks(doc.blocks),
      },
    ],
  });
}

/** The document as .docx bytes. */
export async function renderDocx(doc: DocModel): Promise<Uint8Array> {
  const document = buildDocxDocument(doc);
  return Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(doc.meta) },
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
}
