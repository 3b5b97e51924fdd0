import type { DiffOp } from '../../../shared/review/diff';

/**
 * Long unchanged stretches of a diff shortened to their ends (「…（420字 同じ）…」), so a conflict in a
 * 1,000-character text shows what differs without two full copies. Counted in UTF-16 units; a cut
 * never splits a surrogate pair. Returns `ops` itself when nothing is long enough to shorten.
 */
export function condenseDiff(ops: DiffOp[], context = 40): DiffOp[] {
  const cut = (s: string, at: number) => (/[\uDC00-\uDFFF]/.test(s.charAt(at)) ? at + 1 : at);
  const out = ops.map((o, i): DiffOp => {
    if (o.op !== 'equal' || o.text.length <= context * 3) return o;
    const first = i === 0;
    const last = i === ops.length - 1;
    const head = first ? '' : o.text.slice(0, cut(o.text, context));
    const tail = last ? '' : o.text.slice(cut(o.text, o.text.length - context));
    const hidden = o.text.length - head.length - tail.length;
    return { op: 'equal', text: `${head}…（${hidden.toLocaleString('ja-JP')}字 同じ）…${tail}` };
  });
  return out.some((o, i) => o !== ops[i]) ? out : ops; // nothing to shorten: the same array
}
