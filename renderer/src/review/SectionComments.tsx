import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import type { Application } from '../../../shared/schemas/application';
import type { Section } from '../../../shared/templates/schema';
import type { ReviewHook } from './useReview';
import { formatDateTime } from '../format';

/**
 * Comments and the 確認済み mark of one section. The owner (事業者確認 mode) comments on the section
 * or on a selected passage and may propose a rewording; the advisor resolves, applying a proposal
 * with one click.
 */
export function SectionComments({ app, section, review, role, onApplied }: { app: Application; section: Section; review: ReviewHook; role: 'owner' | 'advisor'; onApplied: (a: Application) => void }) {
  const [body, setBody] = useState('');
  const [proposal, setProposal] = useState('');
  const [quote, setQuote] = useState<{ fieldId: string; text: string }>();
  const [author, setAuthor] = useState(role === 'owner' ? '' : '指導員');
  const [error, setError] = useState<string>();
  const comments = review.comments.filter((c) => c.sectionId === section.id);
  const approval = review.approvals.find((a) => a.sectionId === section.id);

  const takeSelection = () => {
    const sel = window.getSelection()?.toString() ?? '';
    const node = window.getSelection()?.anchorNode?.parentElement?.closest('[data-review-field]');
    const fieldId = node?.getAttribute('data-review-field');
    if (sel.trim() && fieldId) setQuote({ fieldId, text: sel });
  };

  async function add() {
    setError(undefined);
    try {
      const firstText = section.fields.find((f) => f.kind === 'text');
      await call('addComment', {
        applicationId: app.id,
        sectionId: section.id,
        fieldId: quote?.fieldId ?? (proposal ? firstText?.id : undefined),
        quote: quote?.text,
        body,
        proposedText: proposal || undefined,
        author: author || (role === 'owner' ? '事業者' : '指導員'),
        role,
      });
      setBody('');
      setProposal('');
      setQuote(undefined);
      review.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function resolve(commentId: string, apply: boolean) {
    try {
      const r = await call('resolveComment', { applicationId: app.id, commentId, apply, by: author || '指導員' });
      if (apply) onApplied(r.application);
      review.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function toggleApproval() {
    await call('setApproval', { applicationId: app.id, sectionId: section.id, approved: !approval, by: author || '事業者' });
    review.reload();
  }

  return (
    <section className="comments" aria-label="コメントと確認">
      <div className="approval">
        {approval ? <span className="badge badge-ok">確認済み</span> : <span className="badge badge-empty">未確認</span>}
        {approval && <span className="muted small">{approval.approvedBy}・{formatDateTime(approval.approvedAt)}</span>}
        {role === 'owner' && <button type="button" onClick={() => void toggleApproval()}>{approval ? '確認済みを取り消す' : 'この項目を確認済みにする'}</button>}
      </div>
      {comments.length > 0 && (
        <ul className="comment-list">
          {comments.map((c) => (
            <li key={c.id} className={c.resolvedAt ? 'resolved' : ''}>
              <div className="muted small">{c.author}（{c.role === 'owner' ? '事業者' : '指導員'}）・{formatDateTime(c.createdAt)}{c.resolvedAt ? `・対応済み（${c.resolvedBy ?? ''}）` : ''}</div>
              {c.quote && <blockquote>{c.quote}</blockquote>}
              <p className="prewrap">{c.body}</p>
              {c.proposedText && <p className="proposal"><span className="muted small">修正案: </span>{c.proposedText}</p>}
              {role === 'advisor' && !c.resolvedAt && (
                <div className="actions-inline">
                  {c.proposedText && <button type="button" onClick={() => void resolve(c.id, true)}>修正案を反映</button>}
                  <button type="button" onClick={() => void resolve(c.id, false)}>対応済みにする</button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="comment-form">
        {role === 'owner' && (
          <label>
            お名前
            <input value={author} onChange={(e) => setAuthor(e.target.value)} />
          </label>
        )}
        {quote ? (
          <p className="muted small">選択した箇所へのコメント:「{quote.text.slice(0, 60)}」 <button type="button" className="link" onClick={() => setQuote(undefined)}>解除</button></p>
        ) : (
          role === 'owner' && <button type="button" className="link" onMouseDown={takeSelection}>本文で選択した箇所にコメントする</button>
        )}
        <label>
          コメント
          <textarea rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
        </label>
        <label>
          修正案（任意）
          <textarea rows={2} value={proposal} onChange={(e) => setProposal(e.target.value)} placeholder={quote ? '選択した箇所をこの文に置き換えます' : 'この欄全体をこの文に置き換えます'} />
        </label>
        {error && <p className="form-error" role="alert">{error}</p>}
        <button type="button" className="primary" disabled={!body.trim()} onClick={() => void add()}>コメントを追加</button>
      </div>
    </section>
  );
}
