import type { Section } from '../../../shared/templates/schema';
import type { SectionProgress } from './progress';

const MARK: Record<SectionProgress, string> = { empty: '○', partial: '◐', done: '●' };
const MARK_LABEL: Record<SectionProgress, string> = { empty: '未記入', partial: '記入中', done: '記入済み' };

/** Left column: sections grouped by part, with progress marks. Alt+↑/↓ moves between sections. */
export function SectionList({ sections, current, progress, onSelect }: { sections: Section[]; current: string; progress: Record<string, SectionProgress>; onSelect: (id: string) => void }) {
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
                    {s.title}
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
