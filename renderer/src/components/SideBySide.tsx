import { useMemo } from 'react';
import { diffText, type DiffOp } from '../../../shared/review/diff';

/** Before | after, with deletions struck through on the left and insertions marked on the right. */
export function SideBySide({ ops, labels }: { ops: DiffOp[]; labels?: [string, string] }) {
  return (
    <div className="side-by-side">
      <div>
        {labels && <div className="muted small">{labels[0]}</div>}
        <p className="prewrap before">{ops.filter((o) => o.op !== 'insert').map((o, i) => (o.op === 'delete' ? <del key={i}>{o.text}</del> : <span key={i}>{o.text}</span>))}</p>
      </div>
      <div>
        {labels && <div className="muted small">{labels[1]}</div>}
        <p className="prewrap after">{ops.filter((o) => o.op !== 'delete').map((o, i) => (o.op === 'insert' ? <ins key={i}>{o.text}</ins> : <span key={i}>{o.text}</span>))}</p>
      </div>
    </div>
  );
}

/** Side by side of two texts (diffed here). */
export function TextDiff({ before, after, labels }: { before: string; after: string; labels?: [string, string] }) {
  const ops = useMemo(() => diffText(before, after), [before, after]);
  return <SideBySide ops={ops} {...(labels ? { labels } : {})} />;
}
