/** Text helpers shared by the text checks. Pure, linear in the text length. */

/** Characters as the e-application counts them: code points, a line break (CRLF or LF) is 1. */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue; // low half of a surrogate pair
    }
    if (c === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0d) continue; // LF after CR
    n++;
  }
  return n;
}

const FULL_TO_HALF: Record<string, string> = { '，': ',', '．': '.', '％': '%', '－': '-', '―': '-', '‐': '-', '−': '-', '〜': '~', '～': '~' };
const WIDE = /[０-９，．％－―‐−〜～]/gu;

/**
 * Full-width digits and number punctuation → ASCII, one UTF-16 unit for one, so indexes stay valid
 * for quoting the original text.
 */
export function normalizeDigits(text: string): string {
  WIDE.lastIndex = 0;
  if (!WIDE.test(text)) return text;
  return text.replace(WIDE, (ch) => {
    const c = ch.charCodeAt(0);
    return c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 0x30) : (FULL_TO_HALF[ch] ?? ch);
  });
}

/** Normalised texts of one check run, computed once per field. */
export class TextCache {
  private readonly norm = new Map<string, string>();
  normalized(key: string, text: string): string {
    let n = this.norm.get(key);
    if (n === undefined) {
      n = normalizeDigits(text);
      this.norm.set(key, n);
    }
    return n;
  }
}

export interface Sentence {
  start: number;
  text: string;
}

/** Sentences end at 。！？!? or a line break. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '。' || ch === '！' || ch === '？' || ch === '!' || ch === '?' || ch === '\n') {
      const s = text.slice(start, i + 1);
      if (s.trim() !== '') out.push({ start, text: s });
      start = i + 1;
    }
  }
  const rest = text.slice(start);
  if (rest.trim() !== '') out.push({ start, text: rest });
  return out;
}

/** A short quote around [index, index + length), for evidence and messages. */
export function quoteAround(text: string, index: number, length: number, context = 12): string {
  const from = Math.max(0, index - context);
  const to = Math.min(text.length, index + length + context);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

export const isBlank = (s: string): boolean => s.trim() === '';
