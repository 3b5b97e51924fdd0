import { useMemo, useState } from 'react';
import type { Conflict } from '../../../shared/review/merge';
import { diffText } from '../../../shared/review/diff';
import type { Section } from '../../../shared/templates/schema';
import { conflictPlace } from '../../../shared/review/conflictPlace';
import { conflictTexts, keepBothText } from '../../../shared/review/conflictText';
import type { Application } from '../../../shared/schemas/application';
import { SideBySide } from '../components/SideBySide';
import { condenseDiff } from './condenseDiff';

export type ConflictChoiceValue = 'advisor' | 'owner' | 'both';

const CHOICES: [ConflictChoiceValue, string][] = [['advisor', '指導員の版'], ['owner', '事業者の版'], ['both', '両方を残す']];

/**
 * One place both the advisor and the owner changed: named as the form names it, the two versions
 * side by side with what differs marked, and 指導員の版 / 事業者の版 / 両方を残す (where both fit).
 */
export function ConflictChoice({ conflict, sections, app, choice, onChoose }: { conflict: Conflict; sections: readonly Section[]; app: Application; choice: ConflictChoiceValue; onChoose: (c: ConflictChoiceValue) => void }) {
  const place = conflictPlace(sections, app, conflict);
  const [advisor, owner] = conflictTexts(sections, conflict);
  const both = place.keepBoth ? keepBothText(sections, conflict) : null;
  const [whole, setWhole] = useState(false);
  const ops = useMemo(() => diffText(advisor, owner), [advisor, owner]);
  const shown = useMemo(() => (whole ? ops : condenseDiff(ops)), [ops, whole]);
  return (
    <div className="conflict" role="group" aria-label={place.place}>
      <div className="conflict-place">{place.place}</div>
      <SideBySide ops={shown} labels={['指導員の内容（違う部分に取り消し線）', '事業者の内容（違う部分に色）']} />
      {shown !== ops && <button type="button" className="link small" onClick={() => setWhole(true)}>全文を表示</button>}
      <div className="conflict-choices">
        {CHOICES.filter(([v]) => v !== 'both' || place.keepBoth).map(([v, label]) => (
          <label key={v} className={choice === v ? 'chosen' : ''}>
            <input type="radio" name={`c-${conflict.id}`} checked={choice === v} onChange={() => onChoose(v)} /> {label}
          </label>
        ))}
      </div>
      {choice === 'both' && both !== null && (
        <div className="keep-both" aria-label="両方を残した内容">
          <div className="muted small">取り込み後はこうなります。取り込んだあとで一つの文にまとめてください。</div>
          <p className="prewrap">{both}</p>
        </div>
      )}
    </div>
  );
}
