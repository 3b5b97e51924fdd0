import type { SourceNote } from '../../../shared/templates/schema';

/** 出典 of a rule: edition and page, 未確認 when no official text gave it; the note on hover and in full when opened. */
export function SourceCite({ source, label = '出典' }: { source: SourceNote; label?: string }) {
  const where = [source.edition, source.page].filter(Boolean).join(' ');
  return (
    <details className="ac-source">
      <summary>
        {label}: {where || '資料'}
        {source.confidence && <span className="muted small">（確度 {source.confidence}）</span>}
        {source.unconfirmed && <span className="tag warn">未確認</span>}
      </summary>
      <p className="small">{source.note}</p>
    </details>
  );
}
