/**
 * A guard run on each .xlsx part before exceljs sees it, in one pass over the bytes ('<' and '>'
 * never occur inside a UTF-8 multi-byte character): how deep elements nest and how many cells
 * (`<c>` elements) the part holds.
 * - Spreadsheet XML nests ~10 levels. A part with thousands of unclosed tags (the file that froze the
 *   old regex reader) nests thousands deep, and exceljs's XML parser (saxes) builds an Error with a
 *   stack trace for every unclosed tag when it finally fails: ~1.3 s for a 12 KB file.
 * - exceljs holds every cell of every sheet as objects (~1 KB each at the peak): the cell count
 *   bounds its memory, whatever the file's size.
 */
export interface PartShape {
  tooDeep: boolean;
  cells: number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const C = 0x63;

/** True for the bytes that end an element name: space, tab, CR, LF, '>' or '/'. */
const endsName = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a || b === GT || b === SLASH;

export function scanPart(xml: Uint8Array, maxDepth: number): PartShape {
  let depth = 0;
  let cells = 0;
  let i = xml.indexOf(LT);
  while (i !== -1) {
    const next = xml.indexOf(LT, i + 1);
    const end = next === -1 ? xml.length : next; // every scan below stays within [i, end): linear overall
    const kind = xml[i + 1];
    if (kind === SLASH) depth--;
    else if (kind !== BANG && kind !== QUESTION) {
      // The element's local name (after a namespace prefix such as x:) is `c`: a cell.
      let n = i + 1;
      let local = n;
      for (; n < end && !endsName(xml[n]); n++) if (xml[n] === COLON) local = n + 1;
      if (n - local === 1 && xml[local] === C) cells++;
      // An opening tag, unless it closes itself: the last '>' before the next '<' follows a '/'.
      let gt = end - 1;
      while (gt > i && xml[gt] !== GT) gt--;
      if (!(gt > i && xml[gt - 1] === SLASH)) depth++;
      if (depth > maxDepth) return { tooDeep: true, cells };
    }
    i = next;
  }
  return { tooDeep: false, cells };
}
