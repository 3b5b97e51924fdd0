import { useMemo } from 'react';
import { passageDiff, type DisplaySegment } from '../../../shared/similar/display';

/**
 * Two passages side by side as typed, with the words that differ marked (differences of 全角/半角,
 * punctuation or line breaks are not marked: they do not make a text one's own).
 */
export function PassagePair({ here, there, labels }: { here: string; there: string; labels: [string, string] }) {
  const { before, after } = useMemo(() => passageDiff(here, there), [here, there]);
  return (
    <div className="side-by-side">
      <Column label={labels[0]} segments={before} className="before" />
      <Column label={labels[1]} segments={after} className="after" />
    </div>
  );
}

/** Words that differ are marked (not struck through: both sides are someone's own text). */
function Column({ label, segments, className }: { label: string; segments: DisplaySegment[]; className: string }) {
  return (
    <div>
      <div className="muted small">{label}</div>
      <p className={`prewrap ${className}`}>{segments.map((s, i) => (s.changed ? <mark key={i} title="ここが違います">{s.text}</mark> : <span key={i}>{s.text}</span>))}</p>
    </div>
  );
}
