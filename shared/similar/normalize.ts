/**
 * Normalisation for comparing plan texts: what a copy keeps when someone "makes it their own" by
 * retyping punctuation, switching 全角/半角, or adding spaces and line breaks.
 *
 * Per character: NFKC (全角英数 → 半角, 半角カナ → 全角カナ, ① → 1, ㈱ → 株), Latin lower-cased; then only
 * letters and numbers are kept: punctuation (、。「」・…), symbols (％〜→), spaces, line breaks and
 * control characters are removed. Hiragana and katakana stay as they are (a plan that turns カタカナ into
 * ひらがな is a rewrite, not a copy). 半角 dakuten (ｶﾞ) is composed onto the preceding kana.
 *
 * Each kept character remembers the span of the original text it came from, so a passage found in the
 * normalised text can be shown exactly as it was typed.
 */

export interface Normalized {
  /** Letters and numbers only, as UTF-16 code units. */
  text: string;
  /** Original start (code unit index) of each normalised code unit. */
  start: Uint32Array;
  /** Original end (exclusive) of each normalised code unit. */
  end: Uint32Array;
}

const DROP = 0;
const COMPLEX = -1;
const VOICED = -2; // U+3099 combining dakuten: compose onto the previous character
const SEMI_VOICED = -3; // U+309A combining handakuten

const KEEP = /^[\p{L}\p{N}]$/u;

let table: Int32Array | undefined;

/** Code unit → single output code unit (> 0), DROP, COMPLEX (NFKC gives several), or a combining kana mark. */
function classify(out: string): number {
  if (out.length !== 1) return COMPLEX;
  const c = out.charCodeAt(0);
  if (c === 0x3099) return VOICED;
  if (c === 0x309a) return SEMI_VOICED;
  if (!KEEP.test(out)) return DROP;
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** Built once (≈ 30 ms): the BMP, so the common case is one table lookup per character. */
function bmpTable(): Int32Array {
  if (table) return table;
  const t = new Int32Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) t[cp] = COMPLEX; // surrogates: handled as pairs
    else t[cp] = classify(String.fromCharCode(cp).normalize('NFKC'));
  }
  table = t;
  return t;
}

export function normalizeText(input: string): Normalized {
  const t = bmpTable();
  const n = input.length;
  const out: number[] = [];
  const start = new Uint32Array(n + 1);
  const end = new Uint32Array(n + 1);
  let len = 0;
  const push = (code: number, s: number, e: number) => {
    out.push(code);
    start[len] = s;
    end[len] = e;
    len++;
  };
  const compose = (mark: number, e: number) => {
    if (len === 0) return;
    const composed = (String.fromCharCode(out[len - 1]!) + String.fromCharCode(mark)).normalize('NFC');
    if (composed.length === 1) {
      out[len - 1] = composed.charCodeAt(0);
      end[len - 1] = e;
    }
  };
  const emit = (s: string, from: number, to: number) => {
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length) {
        const pair = s.slice(k, k + 2);
        if (KEEP.test(pair)) {
          push(c, from, to);
          push(s.charCodeAt(k + 1), from, to);
        }
        k++;
        continue;
      }
      const v = t[c]!;
      if (v > 0) push(v, from, to);
      else if (v === VOICED) compose(0x3099, to);
      else if (v === SEMI_VOICED) compose(0x309a, to);
      else if (v === COMPLEX) {
        const single = classify(String.fromCharCode(c).normalize('NFKC'));
        if (single > 0) push(single, from, to);
      }
    }
  };
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const v = t[c]!;
    if (v > 0) push(v, i, i + 1);
    else if (v === DROP) continue;
    else if (v === VOICED) compose(0x3099, i + 1);
    else if (v === SEMI_VOICED) compose(0x309a, i + 1);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      emit(input.slice(i, i + 2).normalize('NFKC'), i, i + 2);
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) continue; // a lone surrogate
    else emit(input[i]!.normalize('NFKC'), i, i + 1);
  }
  let text = '';
  for (let i = 0; i < len; i += 8192) text += String.fromCharCode(...out.slice(i, i + 8192));
  return { text, start: start.subarray(0, len), end: end.subarray(0, len) };
}

/** The original text of the normalised span [from, to). */
export function originalSpan(n: Normalized, from: number, to: number): { start: number; end: number } {
  if (to <= from) return { start: n.start[from] ?? 0, end: n.start[from] ?? 0 };
  return { start: n.start[from]!, end: n.end[to - 1]! };
}
