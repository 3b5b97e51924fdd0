/**
 * Japanese line breaking as Word lays out body text: character by character, with 禁則処理.
 * Pure: no fonts, no pdf-lib. Widths come from the caller's `measure` (per code point, in pt).
 *
 * - Every CJK character is a break opportunity; runs of Latin letters / digits / ASCII symbols
 *   ("CAD/CAM", "1,000", "3.5%", "RFID") and full-width digit runs are kept whole, unless one
 *   token is wider than the line, in which case it is split character by character.
 * - ASCII spaces are break opportunities and hang at the end of a line (never start one).
 * - 行頭禁則: a line never starts with a NO_START character; 行末禁則: never ends with a NO_END one.
 *   First 追い込み (pull the closing characters into the line, if the overflow is small enough to be
 *   absorbed by compressing the gaps: `squeezeLimit`), else 追い出し (push characters to the next line).
 */

/** 行頭禁則文字: closing brackets, punctuation, iteration marks, prolonged sound mark, small kana. */
export const NO_START = new Set(
  Array.from(
    '、。，．,.)]}）］｝〕〉》」』】〙〗〟’”｠»›' +
      'ゝゞヽヾ々〻ー・：；:;!?！？‼⁇⁈⁉' +
      'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ' +
      '‐゠–%％‰℃°′″¢￠' +
      'ｧｨｩｪｫｬｭｮｯｰ｡｣､･ﾞﾟ゛゜',
  ).map((c) => c.codePointAt(0) ?? 0),
);

/** 行末禁則文字: opening brackets and prefix currency signs. */
export const NO_END = new Set(
  Array.from('([{（［｛〔〈《「『【〘〖〝‘“｟«‹$＄¥￥£￡｢').map((c) => c.codePointAt(0) ?? 0),
);

/** Characters that must not be split from an identical neighbour (……, ――). */
const INSEPARABLE = new Set(Array.from('…‥―—').map((c) => c.codePointAt(0) ?? 0));

export interface BreakOptions {
  /** Available width of every line, in pt. */
  maxWidth: number;
  /** Advance width of one code point at the text's size, in pt. */
  measure: (codePoint: number) => number;
  /** Extra indent of the first line (字下げ), in pt. */
  firstLineIndent?: number;
  /**
   * 追い込み: how far (pt) a line may exceed maxWidth to pull a line-start-forbidden character in;
   * the renderer compresses the gaps to fit. 0 = always 追い出し.
   */
  squeezeLimit?: number;
}

export interface BrokenLine {
  /** Offsets into the source: concatenating source.slice(start, end) over all lines gives it back. */
  start: number;
  end: number;
  /** The line's text without trailing spaces (what gets drawn). */
  text: string;
  /** Number of code points in `text`. */
  chars: number;
  /** Natural width of `text` in pt (may exceed maxWidth by at most squeezeLimit). */
  width: number;
  /** Width the line may occupy (maxWidth minus the first-line indent). */
  available: number;
  /** Indent of this line in pt (first line only). */
  indent: number;
  /** Last line of the paragraph: not justified. */
  last: boolean;
}

interface Token {
  start: number;
  end: number;
  width: number;
  chars: number;
  space: boolean;
  noStart: boolean;
  noEnd: boolean;
}

const EPS = 1e-6;

function isWordChar(cp: number): boolean {
  // Printable ASCII except space, Latin-1 letters and Latin Extended, general punctuation used in words.
  return (cp > 0x20 && cp < 0x7f) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7);
}

function isFullWidthAlnum(cp: number): boolean {
  return (cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a);
}

/** Full-width separators kept inside a full-width number: １，０００ / ３．５ / １２：３０. */
const FW_INNER = new Set([0xff0c, 0xff0e, 0xff1a, 0xff0f]);

function tokenize(text: string, opts: BreakOptions, splitAbove: number): Token[] {
  const cps: number[] = [];
  const offs: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    cps.push(cp);
    offs.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  offs.push(text.length);
  const tokens: Token[] = [];
  const push = (a: number, b: number, space: boolean): void => {
    let width = 0;
    for (let j = a; j < b; j++) width += opts.measure(cps[j] ?? 0);
    const first = cps[a] ?? 0;
    const last = cps[b - 1] ?? 0;
    tokens.push({
      start: offs[a] ?? 0,
      end: offs[b] ?? 0,
      width,
      chars: b - a,
      space,
      noStart: NO_START.has(first),
      noEnd: NO_END.has(last),
    });
  };
  const n = cps.length;
  let i = 0;
  while (i < n) {
    const cp = cps[i] ?? 0;
    let j = i + 1;
    if (cp === 0x20) {
      while (j < n && cps[j] === 0x20) j++;
      push(i, j, true);
      i = j;
      continue;
    }
    if (isWordChar(cp)) {
      while (j < n && isWordChar(cps[j] ?? 0)) j++;
    } else if (isFullWidthAlnum(cp)) {
      while (j < n) {
        const c = cps[j] ?? 0;
        if (isFullWidthAlnum(c)) j++;
        else if (FW_INNER.has(c) && isFullWidthAlnum(cps[j + 1] ?? 0)) j += 2;
        else break;
      }
    } else if (INSEPARABLE.has(cp)) {
      while (j < n && cps[j] === cp) j++;
    }
    const before = tokens.length;
    push(i, j, false);
    const tok = tokens[before];
    if (tok && j - i > 1 && tok.width > splitAbove + EPS) {
      // A single token wider than the line: fall back to character-by-character breaking.
      tokens.length = before;
      for (let k = i; k < j; k++) push(k, k + 1, false);
    }
    i = j;
  }
  return tokens;
}

/**
 * Breaks one paragraph (no '\n'; callers split on it) into lines.
 * An empty paragraph gives one empty line.
 */
export function breakLines(text: string, opts: BreakOptions): BrokenLine[] {
  const indent = Math.max(0, opts.firstLineIndent ?? 0);
  const squeezeLimit = Math.max(0, opts.squeezeLimit ?? 0);
  const maxWidth = Math.max(opts.maxWidth, 0);
  const tokens = tokenize(text, opts, Math.max(maxWidth - indent, 0));
  const n = tokens.length;
  const lines: BrokenLine[] = [];
  if (n === 0) {
    return [{ start: 0, end: text.length, text: '', chars: 0, width: 0, available: maxWidth - indent, indent, last: true }];
  }

  /** A break before token k is allowed by 禁則 (k in 1..n-1). */
  const breakOk = (k: number): boolean => {
    const next = tokens[k];
    const prev = tokens[k - 1];
    if (!next || !prev) return true;
    if (next.space) return false; // spaces always hang on the previous line
    if (next.noStart) return false;
    if (prev.noEnd && !prev.space) return false;
    return true;
  };

  let i = 0;
  while (i < n) {
    const lineIndent = lines.length === 0 ? indent : 0;
    const avail = maxWidth - lineIndent;
    let w = 0; // width up to k, including trailing spaces
    let wTrim = 0; // width up to k without trailing spaces
    let chars = 0;
    let charsTrim = 0;
    let k = i;
    while (k < n) {
      const t = tokens[k];
      if (!t) break;
      if (t.space) {
        w += t.width;
        chars += t.chars;
        k++;
        continue;
      }
      if (k > i && w + t.width > avail + EPS) break;
      w += t.width;
      wTrim = w;
      chars += t.chars;
      charsTrim = chars;
      k++;
    }
    if (k < n && !breakOk(k)) {
      let resolved = false;
      // 追い込み: pull the run of line-start-forbidden tokens into this line.
      const prev = tokens[k - 1];
      if (squeezeLimit > 0 && prev && !(prev.noEnd && !prev.space)) {
        let k2 = k;
        let w2 = wTrim;
        let c2 = charsTrim;
        while (k2 < n) {
          const t = tokens[k2];
          if (!t || t.space || !t.noStart) break;
          w2 += t.width;
          c2 += t.chars;
          k2++;
        }
        // absorb spaces that follow, they hang
        let k3 = k2;
        while (k3 < n && tokens[k3]?.space) k3++;
        const overflow = w2 - avail;
        const perGap = c2 > 1 ? overflow / (c2 - 1) : overflow;
        if ((k3 >= n || breakOk(k3)) && overflow <= squeezeLimit + EPS && perGap <= squeezeLimit / 6 + EPS) {
          k = k3;
          wTrim = w2;
          charsTrim = c2;
          resolved = true;
        }
      }
      if (!resolved) {
        // 追い出し: move the break back until it is allowed.
        let kb = k - 1;
        while (kb > i && !breakOk(kb)) kb--;
        if (kb > i) {
          k = kb;
          // recompute the trimmed width/chars of tokens i..k
          wTrim = 0;
          charsTrim = 0;
          let acc = 0;
          let accChars = 0;
          for (let j = i; j < k; j++) {
            const t = tokens[j];
            if (!t) continue;
            acc += t.width;
            accChars += t.chars;
            if (!t.space) {
              wTrim = acc;
              charsTrim = accChars;
            }
          }
        }
        // else: no allowed break in this line at all; break where it overflowed (forced).
      }
    }
    const first = tokens[i];
    const lastTok = tokens[k - 1];
    if (!first || !lastTok) break;
    const start = first.start;
    const end = lastTok.end;
    const body = text.slice(start, end).replace(/ +$/, '');
    lines.push({
      start,
      end,
      text: body,
      chars: charsTrim,
      width: wTrim,
      available: avail,
      indent: lineIndent,
      last: k >= n,
    });
    i = k;
  }
  const lastLine = lines[lines.length - 1];
  if (lastLine) lastLine.end = text.length;
  return lines;
}

/** Splits text on '\n' into paragraphs and breaks each; `paragraph` indexes the source paragraph. */
export function breakParagraphs(text: string, opts: BreakOptions): Array<BrokenLine & { paragraph: number }> {
  const out: Array<BrokenLine & { paragraph: number }> = [];
  text.split('\n').forEach((para, paragraph) => {
    for (const line of breakLines(para, opts)) out.push({ ...line, paragraph });
  });
  return out;
}
