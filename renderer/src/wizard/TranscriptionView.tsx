import { useState } from 'react';
import type { Application } from '../../../shared/schemas/application';
import type { Template } from '../../../shared/templates/template';
import { transcriptionRows } from '../../../shared/export/transcription';
import { formatNumber } from '../format';

/** 転記シート: one row per e-application field, its text, count against the limit, and a copy button. */
export function TranscriptionView({ template, app, onEdit }: { template: Template; app: Application; onEdit: (sectionId: string, fieldId: string) => void }) {
  const rows = transcriptionRows(template, app);
  const [copied, setCopied] = useState<number>();
  if (rows.length === 0) return <p className="empty">この様式には電子申請へ転記する欄がありません（紙の様式で提出します）。</p>;
  const copy = async (no: number, text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(no);
    setTimeout(() => setCopied((c) => (c === no ? undefined : c)), 1500);
  };
  return (
    <div className="transcription">
      <p className="muted">電子申請の各欄に、上から順に貼り付けます。文字数は電子申請と同じ数え方（改行を含む）です。</p>
      <table className="list">
        <thead>
          <tr><th className="num">No.</th><th>欄</th><th>文章</th><th className="num">文字数</th><th /></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.no} className={r.over ? 'over' : ''}>
              <td className="num">{r.no}</td>
              <td><button type="button" className="link" onClick={() => onEdit(r.sectionId, r.fieldId)}>{r.sectionTitle}</button><div className="muted small">{r.fieldLabel}</div></td>
              <td className="prewrap transcribe-text">{r.text || <span className="muted">（未記入）</span>}</td>
              <td className={`num${r.over ? ' bad' : ''}`}>{formatNumber(r.chars)}{r.maxChars !== null && <> / {formatNumber(r.maxChars)}</>}{r.over && <div className="small">超過</div>}</td>
              <td><button type="button" onClick={() => void copy(r.no, r.text)} disabled={!r.text} aria-label={`${r.fieldLabel}をコピー`}>{copied === r.no ? 'コピーしました' : 'コピー'}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
