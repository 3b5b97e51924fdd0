import { diffText } from '../review/diff';
import { normalizeText, type Normalized } from './normalize';

/** A piece of a passage as typed; `changed` when its letters or numbers differ from the other passage. */
export interface DisplaySegment {
  text: string;
  changed: boolean;
}

/**
 * The two passages side by side with only what matters marked: they are diffed after normalisation
 * (so 全角/半角, 「、」 vs 「，」 and line breaks are not differences), and each side is shown exactly as
 * typed. Joining a side's segments gives that passage back.
 */
export function passageDiff(a: string, b: string): { before: DisplaySegment[]; after: DisplaySegment[] } {
  const na = normalizeText(a);
  const nb = normalizeText(b);
  const before: DisplaySegment[] = [];
  const after: DisplaySegment[] = [];
  let ia = 0;
  let ib = 0;
  for (const op of diffText(na.text, nb.text)) {
    const n = op.text.length;
    if (op.op !== 'insert') {
      push(before, slice(a, na, ia, ia + n), op.op === 'delete');
      ia += n;
    }
    if (op.op !== 'delete') {
      push(after, slice(b, nb, ib, ib + n), op.op === 'insert');
      ib += n;
    }
  }
  return { before: whole(a, na, before), after: whole(b, nb, after) };
}

/** The original text owned by normalised [from, to): from the end of the previous kept character. */
function slice(text: string, n: Normalized, from: number, to: number): string {
  const start = from === 0 ? 0 : n.end[from - 1]!;
  const end = to === n.text.length ? text.length : n.end[to - 1]!;
  return text.slice(start, end);
}

function push(out: DisplaySegment[], text: string, changed: boolean): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.changed === changed) last.text += text;
  else out.push({ text, changed });
}

/** A passage with no letters or numbers (or none kept) is shown whole. */
function whole(text: string, n: Normalized, segs: DisplaySegment[]): DisplaySegment[] {
  return n.text.length === 0 ? (text ? [{ text, changed: false }] : []) : segs;
}
