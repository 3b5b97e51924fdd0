/**
 * The PDF writer itself, on the calling thread: renders the format-neutral DocModel
 * (shared/export/docModel.ts) to an A4 PDF with our own small layout engine on pdf-lib. Callers use
 * index.ts, which runs this in the export worker where there is one (see README.md).
 */
import { PDFDocument, type PDFImage } from 'pdf-lib';
import type { DocModel, ImageBlock } from '../../../shared/export/docModel';
import { embedFontSubset, getBodyFontFaces, getFontFaces, sanitizeText, type FontBytes, type FontStyle } from './fonts';
import { layoutDocument } from './layout';
import { addOutline } from './outline';
import { footerText, renderPages } from './render';
import { sampleDocument, samplePng } from './sampleDoc';

export interface RenderPdfOptions {
  /** Font files to use instead of the bundled Noto Sans JP (regular + bold TTF bytes). */
  fonts?: FontBytes;
}

export interface RenderPdfResult {
  bytes: Uint8Array;
  pageCount: number;
  /** Characters the font lacks (drawn as 〓), one entry per distinct character, in order of first use. */
  missingGlyphs: string[];
  /** The page (0-based) each anchored heading landed on, and whether it starts that page. */
  anchors: Map<string, { page: number; atTop: boolean }>;
}

async function embedImage(pdf: PDFDocument, block: ImageBlock, index: number): Promise<PDFImage> {
  try {
    return block.format === 'png' ? await pdf.embedPng(block.data) : await pdf.embedJpg(block.data);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`PDF export: image ${index + 1} (${block.caption ?? 'no caption'}) is not a valid ${block.format.toUpperCase()}: ${why}`);
  }
}

export async function renderPdfHere(doc: DocModel, opts: RenderPdfOptions = {}): Promise<RenderPdfResult> {
  const faces = opts.fonts ? await getFontFaces(opts.fonts) : await getBodyFontFaces(doc.meta.bodyFont ?? 'gothic');
  const pdf = await PDFDocument.create({ updateMetadata: false });

  const imageBlocks = doc.blocks.filter((b): b is ImageBlock => b.type === 'image');
  // the same bytes used twice are embedded once
  const cache = new Map<Uint8Array, Promise<PDFImage>>();
  const images = await Promise.all(
    imageBlocks.map((b, i) => {
      let p = cache.get(b.data);
      if (!p) {
        p = embedImage(pdf, b, i);
        cache.set(b.data, p);
      }
      return p;
    }),
  );

  const layout = layoutDocument(
    doc,
    faces,
    images.map((img) => ({ width: img.width, height: img.height })),
  );
  const pageCount = layout.pages.length;

  // the characters each face draws: only these go into the subsets
  const used: Record<FontStyle, Set<number>> = { regular: new Set(), bold: new Set() };
  for (const page of layout.pages) {
    for (const op of page.ops) {
      if (op.kind !== 'text') continue;
      const set = used[op.style];
      for (const ch of op.text) set.add(ch.codePointAt(0) ?? 0);
    }
  }
  for (const ch of footerText(pageCount - 1, pageCount) + '0123456789') used.regular.add(ch.codePointAt(0) ?? 0);

  const missing = new Set(layout.missing);
  const watermark = doc.meta.watermark ? sanitizeText(doc.meta.watermark).replace(/\s+/g, ' ') : undefined;
  if (watermark) faces.bold.replaceMissing(watermark, (ch) => missing.add(ch));

  const [regular, bold] = await Promise.all([
    embedFontSubset(pdf, faces.regular, used.regular),
    embedFontSubset(pdf, faces.bold, used.bold),
  ]);
  const pageRefs = renderPages(pdf, { pages: layout.pages, fonts: { regular, bold }, images, faces, watermark });
  addOutline(pdf, layout.outline, pageRefs);

  const meta = doc.meta;
  const created = Number.isNaN(meta.createdAt.getTime()) ? new Date() : meta.createdAt;
  pdf.setTitle(sanitizeText(meta.title), { showInWindowTitleBar: true });
  pdf.setAuthor(sanitizeText(meta.author));
  if (meta.subject) pdf.setSubject(sanitizeText(meta.subject));
  pdf.setCreationDate(created);
  pdf.setModificationDate(created);
  pdf.setCreator('Banso');
  pdf.setProducer('Banso PDF writer (pdf-lib)');
  pdf.setLanguage('ja-JP');

  const bytes = await pdf.save();
  return { bytes, pageCount, missingGlyphs: [...missing], anchors: layout.anchors };
}

/**
 * Loads and parses the fonts, starts harfbuzz and warms pdf-lib and the layout code (JIT) by rendering
 * a two-page sample: the first export otherwise pays ~0.5–1 s of start-up.
 */
export async function warmUpHere(): Promise<void> {
  await renderPdfHere(sampleDocument(2, { watermark: '下書き', image: samplePng(64, 40) }));
}
