/**
 * Draws laid-out pages with pdf-lib's content-stream operators: graphics first (shading, borders,
 * images, chart paths), then all text of the page in one BT…ET block in reading order (one Tj per line, Tc for
 * justification), then the footer "n / N", then the watermark (vector outlines, not text, so it
 * does not pollute text extraction) through a shared form XObject.
 */
import {
  PDFName,
  PDFNumber,
  beginText,
  concatTransformationMatrix,
  drawObject,
  endText,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setCharacterSpacing,
  setFillingGrayscaleColor,
  setFontAndSize,
  setGraphicsState,
  setLineWidth,
  setStrokingGrayscaleColor,
  setTextMatrix,
  showText,
  stroke,
  type PDFDocument,
  type PDFImage,
  type PDFOperator,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { EmbeddedFont, FontFace, FontFaces, FontStyle } from './fonts';
import { pathOperators } from './chart';
import type { LaidOutPage, TextOp } from './paginate';
import { PAGE } from './style';

export interface RenderInput {
  pages: LaidOutPage[];
  fonts: Record<FontStyle, EmbeddedFont>;
  images: PDFImage[];
  /** Full faces: footer measurement, watermark outlines (bold). */
  faces: FontFaces;
  watermark?: string | undefined;
}

const r2 = (n: number): number => Math.round(n * 100) / 100;

/** The footer text of page `i` (0-based) of `n`. */
export function footerText(i: number, n: number): string {
  return `${i + 1} / ${n}`;
}

/** Creates a form XObject with the watermark drawn diagonally across an A4 page. */
function watermarkXObject(pdf: PDFDocument, face: FontFace, text: string): PDFRef {
  const { ops, advance, unitsPerEm } = face.outline(text);
  const angle = Math.atan2(PAGE.height, PAGE.width);
  const diag = Math.hypot(PAGE.width, PAGE.height);
  const advEm = advance / unitsPerEm;
  const size = Math.min(170, (0.62 * diag) / Math.max(advEm, 0.01));
  const s = size / unitsPerEm;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // centre the em box of the text on the page centre
  const w = advEm * size;
  const hMid = ((face.emTop + face.emBottom) / 2) * size;
  const tx = PAGE.width / 2 - (cos * w) / 2 + sin * hMid;
  const ty = PAGE.height / 2 - (sin * w) / 2 - cos * hMid;
  const content: PDFOperator[] = [
    setFillingGrayscaleColor(0.5),
    concatTransformationMatrix(cos * s, sin * s, -sin * s, cos * s, tx, ty),
    ...ops,
    fill(),
  ];
  const stream = pdf.context.formXObject(content, {
    BBox: [0, 0, PAGE.width, PAGE.height],
  });
  return pdf.context.register(stream);
}

function textOperators(page: PDFPage, texts: TextOp[], fonts: Record<FontStyle, EmbeddedFont>): PDFOperator[] {
  const ops: PDFOperator[] = [beginText(), setFillingGrayscaleColor(0)];
  const keys: Partial<Record<FontStyle, PDFName>> = {};
  let curFont: FontStyle | undefined;
  let curSize = -1;
  let curTc = 0;
  for (const t of texts) {
    let key = keys[t.style];
    if (!key) {
      key = page.node.newFontDictionary(t.style === 'bold' ? 'FB' : 'FR', fonts[t.style].pdfFont.ref);
      keys[t.style] = key;
    }
    if (t.style !== curFont || t.size !== curSize) {
      ops.push(setFontAndSize(key, t.size));
      curFont = t.style;
      curSize = t.size;
    }
    const tc = Math.round(t.charSpacing * 1000) / 1000;
    if (tc !== curTc) {
      ops.push(setCharacterSpacing(tc));
      curTc = tc;
    }
    ops.push(setTextMatrix(1, 0, 0, 1, r2(t.x), r2(t.y)));
    ops.push(showText(fonts[t.style].encode(t.text)));
  }
  ops.push(endText());
  return ops;
}

/** Adds one PDF page per laid-out page and draws it. Returns the page refs (for the outline). */
export function renderPages(pdf: PDFDocument, input: RenderInput): PDFRef[] {
  const n = input.pages.length;
  const refs: PDFRef[] = [];
  let wmRef: PDFRef | undefined;
  let gsRef: PDFRef | undefined;
  const wmText = input.watermark?.trim();
  if (wmText) {
    wmRef = watermarkXObject(pdf, input.faces.bold, wmText);
    gsRef = pdf.context.register(pdf.context.obj({ Type: 'ExtGState', ca: PDFNumber.of(0.22) }));
  }
  const alphaRefs = new Map<number, PDFRef>(); // ExtGStates of chart fill opacities, shared by all pages
  input.pages.forEach((laid, i) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    refs.push(page.ref);
    const ops: PDFOperator[] = [];
    const texts: TextOp[] = [];
    let strokeSet = false;
    const alphaNames = new Map<number, PDFName>();
    const opacity = (a: number): PDFName => {
      let name = alphaNames.get(a);
      if (!name) {
        let ref = alphaRefs.get(a);
        if (!ref) {
          ref = pdf.context.register(pdf.context.obj({ Type: 'ExtGState', ca: PDFNumber.of(a) }));
          alphaRefs.set(a, ref);
        }
        name = page.node.newExtGState('GA', ref);
        alphaNames.set(a, name);
      }
      return name;
    };
    for (const op of laid.ops) {
      if (op.kind === 'text') {
        texts.push(op);
      } else if (op.kind === 'path') {
        ops.push(...pathOperators(op, opacity));
      } else if (op.kind === 'rect') {
        if (op.fill !== undefined) {
          ops.push(setFillingGrayscaleColor(op.fill), rectangle(r2(op.x), r2(op.y), r2(op.w), r2(op.h)), fill());
        }
        if (op.stroke !== undefined) {
          if (!strokeSet) {
            ops.push(setStrokingGrayscaleColor(0), setLineWidth(op.stroke));
            strokeSet = true;
          }
          ops.push(rectangle(r2(op.x), r2(op.y), r2(op.w), r2(op.h)), stroke());
        }
      } else {
        const img = input.images[op.image];
        if (!img) continue;
        const name = page.node.newXObject('Im', img.ref);
        ops.push(
          pushGraphicsState(),
          concatTransformationMatrix(r2(op.w), 0, 0, r2(op.h), r2(op.x), r2(op.y)),
          drawObject(name),
          popGraphicsState(),
        );
      }
    }
    const footer = footerText(i, n);
    const footerWidth = input.faces.regular.widthOf(footer, PAGE.footerSize);
    texts.push({
      kind: 'text',
      x: (PAGE.width - footerWidth) / 2,
      y: PAGE.footerBaseline,
      size: PAGE.footerSize,
      style: 'regular',
      text: footer,
      charSpacing: 0,
    });
    ops.push(...textOperators(page, texts, input.fonts));
    if (wmRef && gsRef) {
      const wm = page.node.newXObject('Wm', wmRef);
      const gs = page.node.newExtGState('GS', gsRef);
      ops.push(pushGraphicsState(), setGraphicsState(gs), drawObject(wm), popGraphicsState());
    }
    page.pushOperators(...ops);
  });
  return refs;
}
