/**
 * Fonts: load Noto Sans JP (regular + bold), subset it with harfbuzz (subset-font) to the characters
 * the document uses, embed the subset with pdf-lib (`subset: false` — pdf-lib's own subsetting renders
 * blank boxes with this font), and measure / encode text with a per-code-point cache.
 * Characters the font lacks are drawn as 〓 and reported.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { Font as FontkitFont } from '@pdf-lib/fontkit';
import {
  PDFHexString,
  appendBezierCurve,
  closePath,
  lineTo,
  moveTo,
  type PDFDocument,
  type PDFFont,
  type PDFOperator,
} from 'pdf-lib';
import subsetFont from 'subset-font';

export type FontStyle = 'regular' | 'bold';

/** Drawn in place of a character the font lacks (げた記号). */
export const REPLACEMENT_CHAR = '〓';

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

const FONT_FILES: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
};

/** The 明朝 body: Noto Serif JP (SIL OFL, bundled as an npm package like the Gothic one). */
const SERIF_REGULAR = '@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf';

function resolveFontFile(spec: string): string {
  // CJS bundles (Electron main) have `require`; ESM (vitest, tsx) has import.meta.url.
  if (typeof require === 'function') {
    try {
      return require.resolve(spec);
    } catch {
      // fall through
    }
  }
  try {
    return createRequire(import.meta.url).resolve(spec);
  } catch {
    return path.join(process.cwd(), 'node_modules', spec);
  }
}

let fontBytesPromise: Promise<FontBytes> | undefined;

/** Reads the two TTFs once per process (≈5.5 MB each). */
export function loadDefaultFonts(): Promise<FontBytes> {
  fontBytesPromise ??= (async () => {
    const [regular, bold] = await Promise.all([
      readFile(resolveFontFile(FONT_FILES.regular)),
      readFile(resolveFontFile(FONT_FILES.bold)),
    ]);
    return { regular, bold }; // Buffers (subset-font needs Buffer, not a plain Uint8Array)
  })();
  fontBytesPromise.catch(() => {
    fontBytesPromise = undefined;
  });
  return fontBytesPromise;
}

/** Normalises text before layout: CR/LF → \n, tab → space, drops other controls and variation selectors. */
export function sanitizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f]|\udb40[\udd00-\uddef]/g, '');
}

/** fontkit's typings omit most table fields; read one defensively. */
function numberField(obj: unknown, key: string): number | undefined {
  if (typeof obj !== 'object' || obj === null) return undefined;
  const v: unknown = Reflect.get(obj, key);
  return typeof v === 'number' ? v : undefined;
}

/**
 * Metrics of one full font face, parsed once per process: advance widths (cached per code point, so
 * line breaking is linear), coverage, the ideographic em box, glyph outlines (for the watermark).
 */
export class FontFace {
  private readonly widths = new Map<number, number>();
  private readonly coverage = new Map<number, boolean>();
  private readonly replacementCp = REPLACEMENT_CHAR.codePointAt(0) ?? 0x3013;
  /** Top / bottom of the ideographic em box, as fractions of the font size (0.88 / -0.12 for Noto). */
  readonly emTop: number;
  readonly emBottom: number;

  constructor(
    readonly style: FontStyle,
    readonly bytes: Uint8Array,
    private readonly font: FontkitFont = fontkit.create(bytes),
  ) {
    const os2: unknown = font['OS/2'];
    this.emTop = (numberField(os2, 'typoAscender') ?? font.ascent) / font.unitsPerEm;
    this.emBottom = (numberField(os2, 'typoDescender') ?? font.descent) / font.unitsPerEm;
  }

  has(cp: number): boolean {
    let v = this.coverage.get(cp);
    if (v === undefined) {
      v = this.font.hasGlyphForCodePoint(cp);
      this.coverage.set(cp, v);
    }
    return v;
  }

  /** Advance width of one code point at size 1 (a character the font lacks measures as 〓). */
  advance(cp: number): number {
    let w = this.widths.get(cp);
    if (w === undefined) {
      const use = this.has(cp) ? cp : this.replacementCp;
      w = this.font.glyphForCodePoint(use).advanceWidth / this.font.unitsPerEm;
      this.widths.set(cp, w);
    }
    return w;
  }

  widthOf(text: string, size: number): number {
    let w = 0;
    for (const ch of text) w += this.advance(ch.codePointAt(0) ?? 0);
    return w * size;
  }

  /** Replaces characters this font lacks with 〓 and reports each to `onMissing`. */
  replaceMissing(text: string, onMissing?: (ch: string) => void): string {
    let out = '';
    let changed = false;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp === 0x0a || cp === 0x20 || this.has(cp)) out += ch;
      else {
        out += REPLACEMENT_CHAR;
        changed = true;
        onMissing?.(ch);
      }
    }
    return changed ? out : text;
  }

  /**
   * The outlines of `text` as path operators in font units, starting at the origin (y up).
   * Used for the watermark, so that it is not extractable text.
   */
  outline(text: string): { ops: PDFOperator[]; advance: number; unitsPerEm: number } {
    const ops: PDFOperator[] = [];
    let penX = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const glyph = this.font.glyphForCodePoint(this.has(cp) ? cp : this.replacementCp);
      appendSvgPath(ops, glyph.path.toSVG(), penX);
      penX += glyph.advanceWidth;
    }
    return { ops, advance: penX, unitsPerEm: this.font.unitsPerEm };
  }
}

export interface FontFaces {
  regular: FontFace;
  bold: FontFace;
}

let defaultFaces: Promise<FontFaces> | undefined;
let minchoFaces: Promise<FontFaces> | undefined;

/**
 * The faces for a body typeface: ゴシック is Noto Sans JP 400/700; 明朝 is Noto Serif JP 400 for text with
 * Noto Sans JP 700 for headings, labels and table headers (Gothic headings over a Mincho body, as the
 * official forms and Word's styles have them). Each set is read and parsed once per process.
 */
export function getBodyFontFaces(body: 'gothic' | 'mincho' = 'gothic'): Promise<FontFaces> {
  if (body === 'gothic') return getFontFaces();
  minchoFaces ??= Promise.all([readFile(resolveFontFile(SERIF_REGULAR)), getFontFaces()]).then(([serif, gothic]) => ({
    regular: new FontFace('regular', serif),
    bold: gothic.bold,
  }));
  minchoFaces.catch(() => {
    minchoFaces = undefined;
  });
  return minchoFaces;
}

/** The two Noto Sans JP faces; the default ones are read and parsed once per process. */
export function getFontFaces(source?: FontBytes): Promise<FontFaces> {
  if (source) {
    return Promise.resolve({ regular: new FontFace('regular', source.regular), bold: new FontFace('bold', source.bold) });
  }
  defaultFaces ??= loadDefaultFonts().then((b) => ({
    regular: new FontFace('regular', b.regular),
    bold: new FontFace('bold', b.bold),
  }));
  return defaultFaces;
}

/** A subset of a face embedded in a PDF: encodes text as glyph ids of the subset. */
export class EmbeddedFont {
  private readonly gids = new Map<number, number>();

  constructor(
    readonly pdfFont: PDFFont,
    subset: FontkitFont,
  ) {
    for (const cp of subset.characterSet) this.gids.set(cp, subset.glyphForCodePoint(cp).id);
  }

  /** Glyph ids as a hex string (Identity-H: one 2-byte code per character, no shaping). */
  encode(text: string): PDFHexString {
    let hex = '';
    const fallback = this.gids.get(REPLACEMENT_CHAR.codePointAt(0) ?? 0x3013) ?? 0;
    for (const ch of text) {
      const gid = this.gids.get(ch.codePointAt(0) ?? 0) ?? fallback;
      hex += gid.toString(16).padStart(4, '0');
    }
    return PDFHexString.of(hex);
  }
}

/** Converts fontkit's SVG path (M/L/Q/C/Z, y up) to PDF path operators, quadratics made cubic. */
function appendSvgPath(ops: PDFOperator[], svg: string, dx: number): void {
  let cx = 0;
  let cy = 0;
  for (const m of svg.matchAll(/([MLQCZ])([^MLQCZ]*)/g)) {
    const cmd = m[1];
    const n = (m[2] ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
    const at = (i: number): number => n[i] ?? 0;
    if (cmd === 'M') {
      cx = at(0);
      cy = at(1);
      ops.push(moveTo(cx + dx, cy));
    } else if (cmd === 'L') {
      cx = at(0);
      cy = at(1);
      ops.push(lineTo(cx + dx, cy));
    } else if (cmd === 'Q') {
      const [qx, qy, x, y] = [at(0), at(1), at(2), at(3)];
      const c1x = cx + (2 / 3) * (qx - cx);
      const c1y = cy + (2 / 3) * (qy - cy);
      const c2x = x + (2 / 3) * (qx - x);
      const c2y = y + (2 / 3) * (qy - y);
      ops.push(appendBezierCurve(c1x + dx, c1y, c2x + dx, c2y, x + dx, y));
      cx = x;
      cy = y;
    } else if (cmd === 'C') {
      ops.push(appendBezierCurve(at(0) + dx, at(1), at(2) + dx, at(3), at(4) + dx, at(5)));
      cx = at(4);
      cy = at(5);
    } else if (cmd === 'Z') {
      ops.push(closePath());
    }
  }
}

/** Six upper-case letters derived from the subset, as PDF subset tags are (e.g. "KXQBDA+"). */
function subsetTag(bytes: Uint8Array): string {
  const digest = createHash('sha1').update(bytes).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + ((digest[i] ?? 0) % 26));
  return tag;
}

/**
 * Subsets `face` to `chars` (plus 〓 and space) with harfbuzz and embeds the result with pdf-lib
 * (`subset: false`). Call `doc.registerFontkit(fontkit)` first (embedFontSubset does it).
 */
export async function embedFontSubset(doc: PDFDocument, face: FontFace, chars: Iterable<number>): Promise<EmbeddedFont> {
  const set = new Set<number>(chars);
  set.add(REPLACEMENT_CHAR.codePointAt(0) ?? 0x3013);
  set.add(0x20);
  set.delete(0x0a);
  const bytes = new Uint8Array(
    await subsetFont(Buffer.from(face.bytes.buffer, face.bytes.byteOffset, face.bytes.byteLength), Array.from(set, (cp) => String.fromCodePoint(cp)).join(''), {
      targetFormat: 'sfnt',
      keepFeatures: [], // no GSUB closure: characters map to glyphs 1:1, we do no shaping
      noHinting: true,
      dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'vhea', 'vmtx', 'VORG', 'gasp', 'DSIG', 'STAT'],
    }),
  );
  doc.registerFontkit(fontkit);
  const subset = fontkit.create(bytes);
  const base = face.style === 'bold' ? 'NotoSansJP-Bold' : 'NotoSansJP-Regular';
  const name = (subset.postscriptName ?? base).replace(/[^A-Za-z0-9-]/g, '') || base;
  const pdfFont = await doc.embedFont(bytes, { subset: false, customName: `${subsetTag(bytes)}+${name}` });
  return new EmbeddedFont(pdfFont, subset);
}
