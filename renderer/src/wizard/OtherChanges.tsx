import type { Template } from '../../../shared/templates/template';
import type { OtherChange } from './useOtherChanges';

const time = (iso: string) => new Date(iso).toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit' });

/** The part's name as the form has it. */
export function partName(template: Template, part: string): string {
  if (part === '*') return '申請の全体';
  if (part === 'plan') return '数値計画';
  if (part === 'expenses') return '経費明細';
  if (part === 'title') return '事業計画名';
  const id = part.slice('section:'.length);
  const s = template.sections.find((x) => x.id === id);
  return s ? `${s.number ? `${s.number} ` : ''}${s.title}` : id;
}

/**
 * 「田中さんが『事業の概要』を変更しました」: one line per part changed elsewhere, with reload (our
 * typing in that part, if any, goes to the conflict chooser instead of being replaced) and dismiss.
 */
export function OtherChanges({ changes, template, onReload, onDismiss }: { changes: OtherChange[]; template: Template; onReload: (c: OtherChange) => void; onDismiss: (part: string) => void }) {
  if (changes.length === 0) return null;
  return (
    <div className="others-bar" role="status" aria-live="polite" data-testid="other-changes">
      {changes.map((c) => (
        <p key={c.part} className="notice info">
          <span><strong>{c.userName}</strong> さんが「{partName(template, c.part)}」を変更しました（{time(c.at)}）。</span>
          <button type="button" onClick={() => onReload(c)}>{c.part === '*' ? '読み込み直す' : 'この項目を読み込み直す'}</button>
          <button type="button" className="link" onClick={() => onDismiss(c.part)}>閉じる</button>
        </p>
      ))}
    </div>
  );
}
