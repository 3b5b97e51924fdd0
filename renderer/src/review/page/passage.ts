/**
 * The passage the owner selected: which text field, and UTF-16 offsets into its stored text (the
 * field's element holds exactly that text, with <mark>s at most), as comment anchors expect.
 */
export interface Passage {
  sectionId: string;
  fieldId: string;
  start: number;
  end: number;
  quote: string;
}

export const MAX_QUOTE = 2_000;

export type PassageResult = { ok: true; passage: Passage } | { ok: false; reason: 'none' | 'acrossFields' | 'tooLong' };

const fieldOf = (n: Node): HTMLElement | null => (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>('[data-field]') ?? null;

export function selectedPassage(sel: Selection | null, textOf: (sectionId: string, fieldId: string) => string | undefined): PassageResult {
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return { ok: false, reason: 'none' };
  const range = sel.getRangeAt(0);
  const startEl = fieldOf(range.startContainer);
  const endEl = fieldOf(range.endContainer);
  if (startEl && endEl && startEl !== endEl) return { ok: false, reason: 'acrossFields' };
  const el = startEl ?? endEl;
  if (!el) return { ok: false, reason: 'none' };
  // A selection that runs past the text (a triple click, a drag into the label) keeps its part inside it.
  const inside = document.createRange();
  inside.selectNodeContents(el);
  const r = range.cloneRange();
  if (r.compareBoundaryPoints(Range.START_TO_START, inside) < 0) r.setStart(inside.startContainer, inside.startOffset);
  if (r.compareBoundaryPoints(Range.END_TO_END, inside) > 0) r.setEnd(inside.endContainer, inside.endOffset);
  const sectionId = el.dataset.section ?? '';
  const fieldId = el.dataset.field ?? '';
  const text = textOf(sectionId, fieldId);
  if (text === undefined) return { ok: false, reason: 'none' };
  const before = document.createRange();
  before.selectNodeContents(el);
  before.setEnd(r.startContainer, r.startOffset);
  const start = before.toString().length;
  const end = Math.min(text.length, start + r.toString().length);
  const quote = text.slice(start, end);
  if (!quote.trim()) return { ok: false, reason: 'none' };
  if (quote.length > MAX_QUOTE) return { ok: false, reason: 'tooLong' };
  return { ok: true, passage: { sectionId, fieldId, start, end, quote } };
}

/** Writes a field's text with the commented passages marked (overlapping ones joined). */
export function markPassages(el: HTMLElement, text: string, ranges: readonly { start: number; end: number }[]): void {
  const sorted = ranges.filter((r) => r.end > r.start && r.end <= text.length).map((r) => ({ ...r })).sort((a, b) => a.start - b.start);
  const joined: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = joined[joined.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else joined.push(r);
  }
  el.textContent = '';
  let at = 0;
  for (const r of joined) {
    if (r.start > at) el.append(text.slice(at, r.start));
    const m = document.createElement('mark');
    m.textContent = text.slice(r.start, r.end);
    el.append(m);
    at = r.end;
  }
  if (at < text.length) el.append(text.slice(at));
}
