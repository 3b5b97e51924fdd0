/**
 * Text helpers for the review merge: a cautious three-way text merge (offered as a suggestion when
 * both sides edited the same field, never applied on its own) and locating a commented passage in a
 * text that has changed since the comment was written.
 */
import { diffText } from './diff';

/** One edit of the base text: replace base[start, end) with `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

function editsOf(base: string, changed: string): Edit[] {
  const out: Edit[] = [];
  let pos = 0;
  let cur: Edit | null = null;
  for (const op of diffText(base, changed)) {
    if (op.op === 'equal') {
      if (cur) out.push(cur);
      cur = null;
      pos += op.text.length;
      continue;
    }
    cur ??= { start: pos, end: pos, text: '' };
    if (op.op === 'delete') {
      pos += op.text.length;
      cur.end = pos;
    } else cur.text += op.text;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Combines two edits of the same base when they touch different passages (diff3-style, conservative:
 * edits that overlap or touch conflict, unless identical). Returns null when they collide.
 */
export function mergeText3(base: string, advisor: string, owner: string): string | null {
  const ea = editsOf(base, advisor);
  const eo = editsOf(base, owner);
  const all: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < ea.length || j < eo.length) {
    const x = ea[i];
    const y = eo[j];
    if (x && y && x.start <= y.end && y.start <= x.end) {
      if (x.start === y.start && x.end === y.end && x.text === y.text) {
        all.push(x);
        i++;
        j++;
        continue;
      }
      return null;
    }
    if (x && (!y || x.start < y.start)) {
      all.push(x);
      i++;
    } else if (y) {
      all.push(y);
      j++;
    }
  }
  let out = '';
  let pos = 0;
  for (const e of all) {
    out += base.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + base.slice(pos);
}

/**
 * Where a commented passage is now: the anchor if the text there still reads as the quote, else the
 * occurrence of the quote nearest to the old anchor; null when the passage is gone (or no quote).
 */
export function locatePassage(text: string, quote: string | undefined, anchor?: { start: number; end: number }): { start: number; end: number } | null {
  if (!quote) return anchor && anchor.end <= text.length ? { start: anchor.start, end: anchor.end } : null;
  if (anchor && text.slice(anchor.start, anchor.end) === quote) return { start: anchor.start, end: anchor.end };
  const near = anchor?.start ?? 0;
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break;
  }
  return best < 0 ? null : { start: best, end: best + quote.length };
}
