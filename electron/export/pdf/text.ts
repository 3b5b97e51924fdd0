/**
 * Text blocks: prepares strings (sanitise, 〓 for missing glyphs), breaks them into lines and flows
 * the lines down the pages. Shared by layout.ts and tables.ts.
 */
import { sanitizeText, type FontFace, type FontFaces, type FontStyle } from './fonts';
import { breakLines, type BrokenLine } from './lineBreak';
import type { LineAlign, Pager } from './paginate';
import { SQUEEZE_FACTOR, type TextStyle } from './style';

export interface LayoutContext {
  faces: FontFaces;
  /** Sanitises text and replaces characters the face lacks with 〓 (recording them). */
  prep(text: string, style: FontStyle): string;
  face(style: FontStyle): FontFace;
}

export function createContext(faces: FontFaces): LayoutContext & { missing: Set<string> } {
  const missing = new Set<string>();
  const record = (ch: string): void => {
    missing.add(ch);
  };
  return {
    faces,
    missing,
    prep: (text, style) => faces[style].replaceMissing(sanitizeText(text), record),
    face: (style) => faces[style],
  };
}

/** Breaks text (which may contain \n) into lines of `width`, one paragraph per \n. */
export function breakText(
  text: string,
  face: FontFace,
  size: number,
  width: number,
  indentFirstLine = false,
): BrokenLine[] {
  const out: BrokenLine[] = [];
  const measure = (cp: number): number => face.advance(cp) * size;
  for (const para of text.split('\n')) {
    const lines = breakLines(para, {
      maxWidth: width,
      measure,
      firstLineIndent: indentFirstLine && para !== '' ? size : 0,
      squeezeLimit: size * SQUEEZE_FACTOR,
    });
    out.push(...lines);
  }
  return out;
}

/**
 * Places lines flowing across pages, with orphan / widow control (no single first line at the
 * bottom of a page, no single last line at the top of the next) for paragraphs of 3+ lines.
 */
export function flowLines(
  pager: Pager,
  lines: BrokenLine[],
  face: FontFace,
  style: TextStyle,
  align: LineAlign,
): void {
  const lh = style.lineHeight;
  // group into source paragraphs (a line with last=true ends one)
  let idx = 0;
  while (idx < lines.length) {
    let end = idx;
    while (end < lines.length && !lines[end]?.last) end++;
    end = Math.min(end + 1, lines.length);
    let i = idx;
    while (i < end) {
      const rest = end - i;
      const fit = Math.floor((pager.remaining + 1e-6) / lh);
      let take = Math.min(rest, fit);
      if (take < rest) {
        if (take <= 0 || (i === idx && take < 2 && rest >= 2 && !pager.atTop)) {
          if (pager.atTop) take = Math.max(take, 1);
          else {
            pager.newPage();
            continue;
          }
        }
        if (rest - take === 1 && take >= 3) take -= 1;
      }
      for (let j = i; j < i + take; j++) {
        const line = lines[j];
        if (!line) continue;
        pager.drawLine(line, { x: pager.left, top: pager.y, width: pager.width, face, size: style.size, lineHeight: lh, align });
        pager.y -= lh;
      }
      i += take;
      if (i < end) pager.newPage();
    }
    idx = end;
  }
}

