import type { Section } from '../../../shared/templates/schema';
import type { SectionProgress } from './progress';
import { sectionHeading } from '../../../shared/export/sectionHeading';
import type { Severity } from '../../../shared/checks/types';
import { APPROVAL_STATE_NAMES, type ApprovalState } from '../../../shared/review/approvalState';

/** What the list shows beside a section: its worst finding and its review state. */
export interface SectionMark {
  worst?: Severity;
  review?: ApprovalState;
  comments?: number;
}

const WORST: Record<Severity, { mark: string; label: string }> = { error: { mark: '✕', label: 'エラーあり' }, warning: { mark: '!', label: '注意あり' }, hint: { mark: 'i', label: 'ヒントあり' } };

const MARK: Record<SectionProgress, string> = { empty: '○', partial: '◐', done: '●' };
const MARK_LABEL: Record<SectionProgress, string> = { empty: '未記入', partial: '記入中', done: '記入済み' };

/** Left column: sections grouped by part, with progress marks. Alt+↑/↓ moves between sections. */
export function SectionList({ sections, current, progress, onSelect, marks = {} }: { sections: Section[]; current: string; progress: Record<string, SectionProgress>; onSelect: (id: string) => void; marks?: Record<string, SectionMark> }) {
  const parts: { part: string; items: Section[] }[] = [];
  for (const s of sections) {
    const last = parts[parts.length - 1];
    if (last && last.part === s.part) last.items.push(s);
    else parts.push({ part: s.part, items: [s] });
  }
  const done = sections.filter((s) => progress[s.id] === 'done').length;
  return (
    <nav className="section-list" aria-label="項目">
      <div className="progress-summary">
        <div className="bar" aria-hidden="true"><span style={{ width: `${Math.round((done / Math.max(1, sections.length)) * 100)}%` }} /></div>
        記入済み {done} / {sections.length}
      </div>
      {parts.map((p, i) => (
        <div key={`${p.part}-${i}`} className="part">
          {p.part && <div className="part-title">{p.part}</div>}
          <ol>
            {p.items.map((s) => {
              const pr = progress[s.id] ?? 'empty';
              return (
                <li key={s.id}>
                  <button type="button" className={s.id === current ? 'current' : ''} aria-current={s.id === current ? 'step' : undefined} onClick={() => onSelect(s.id)}>
                    <span className={`mark mark-${pr}`} title={MARK_LABEL[pr]} aria-label={MARK_LABEL[pr]}>{MARK[pr]}</span>
                    <span className="section-name">{sectionHeading(s)}</span>
                    <SectionMarks mark={marks[s.id]} />
                  </button>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      <p className="muted small keys">Alt+↑/↓ で項目を移動</p>
    </nav>
  );
}

function SectionMarks({ mark }: { mark: SectionMark | undefined }) {
  if (!mark) return null;
  const worst = mark.worst && mark.worst !== 'hint' ? WORST[mark.worst] : undefined;
  return (
    <span className="section-marks">
      {worst && <span className={`worst worst-${mark.worst}`} title={worst.label} aria-label={worst.label}>{worst.mark}</span>}
      {mark.review && mark.review !== 'none' && <span className={`review review-${mark.review}`} title={APPROVAL_STATE_NAMES[mark.review]} aria-label={APPROVAL_STATE_NAMES[mark.review]}>{mark.review === 'approved' ? '✓' : '△'}</span>}
      {(mark.comments ?? 0) > 0 && <span className="comments-mark" title={`コメントあり（${mark.comments}件）`} aria-label={`コメントあり（${mark.comments}件）`}>コメント{mark.comments}</span>}
    </span>
  );
}
