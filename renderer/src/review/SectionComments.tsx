import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import type { Application } from '../../../shared/schemas/application';
import type { Section } from '../../../shared/templates/schema';
import type { ReviewHook } from './useReview';
import { formatDateTime } from '../format';
import { approvalState, APPROVAL_STATE_NAMES } from '../../../shared/review/approvalState';
import { proposalResult } from '../../../shared/review/applyProposal';
import type { ReviewComment } from '../../../shared/review/schema';
import { partRevision, sectionPart } from '../../../shared/schemas/revisions';
import { ProposalPreview } from './ProposalPreview';
import { TextDiff } from '../components/SideBySide';

/**
 * Comments and the 確認済み mark of one section. The owner (事業者確認 mode) comments on the section
 * or on a selected passage and may propose a rewording; the advisor resolves, applying a proposal
 * with one click.
 */
export function SectionComments({ app, section, review, role, onApplied, beforeChange, baseOf }: { app: Application; section: Section; review: ReviewHook; role: 'owner' | 'advisor'; onApplied: (a: Application) => void; beforeChange?: () => Promise<void>; baseOf?: (part: string) => number }) {
  const [body, setBody] = useState('');
  const [proposal, setProposal] = useState('');
  const [quote, setQuote] = useState<{ fieldId: string; text: string }>();
  const [author, setAuthor] = useState(role === 'owner' ? '' : '指導員');
  const [error, setError] = useState<string>();
  const comments = review.comments.filter((c) => c.sectionId === section.id);
  const approval = review.approvals.find((a) => a.sectionId === section.id);
  const state = approvalState(approval, app.content[section.id]);
  const [showSince, setShowSince] = useState(false);
  const [previewing, setPreviewing] = useState<ReviewComment>();
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<{ versionId: string; revision: number }>();

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
    setError(undefined);
    setBusy(true);
    try {
      await beforeChange?.();
      const baseRevision = apply ? (baseOf?.(sectionPart(section.id)) ?? partRevision(app.revisions, sectionPart(section.id))) : undefined;
      const r = await call('resolveComment', { applicationId: app.id, commentId, apply, by: author || '指導員', ...(baseRevision === undefined ? {} : { baseRevision }) });
      if (apply) onApplied(r.application);
      setUndo(r.undoVersionId ? { versionId: r.undoVersionId, revision: r.application.revision } : undefined);
      setPreviewing(undefined);
      review.reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function revert() {
    if (!undo) return;
    try {
      onApplied(await call('restoreVersion', { id: undo.versionId, baseRevision: undo.revision }));
      setUndo(undefined);
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
        <span className={`badge badge-${state}`} data-testid="approval-state">{APPROVAL_STATE_NAMES[state]}</span>
        {approval && <span className="muted small">{approval.approvedBy}・{formatDateTime(approval.approvedAt)}</span>}
        {state === 'changedSince' && approval?.content && <button type="button" className="link" onClick={() => setShowSince(!showSince)}>{showSince ? '変更箇所を閉じる' : '確認後の変更を見る'}</button>}
        {role === 'owner' && <button type="button" onClick={() => void toggleApproval()}>{approval ? '確認済みを取り消す' : 'この項目を確認済みにする'}</button>}
      </div>
      {showSince && state === 'changedSince' && approval?.content && (
        <div className="since-approval" aria-label="確認後の変更">
          {section.fields.filter((f) => f.kind === 'text' || f.kind === 'choice').map((f) => {
            const before = approval.content?.[f.id];
            const after = app.content[section.id]?.[f.id];
            const text = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) ? v.join('、') : '');
            return text(before) === text(after) ? null : (
              <div key={f.id}>
                <div className="muted small">{f.label}</div>
                <TextDiff before={text(before)} after={text(after)} labels={['確認したときの内容', '今の内容']} />
              </div>
            );
          })}
        </div>
      )}
      {undo && (
        <p className="notice info" role="status">
          修正案を反映しました。反映前の内容は版として残っています。<button type="button" onClick={() => void revert()}>元に戻す</button>
        </p>
      )}
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
                  {c.proposedText && <button type="button" onClick={() => setPreviewing(c)}>修正案を反映…</button>}
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
      <ProposalPreview
        open={previewing !== undefined}
        busy={busy}
        fieldLabel={section.fields.find((f) => f.id === previewing?.fieldId)?.label ?? section.title}
        result={previewing ? proposalResult(app, previewing) : undefined}
        onClose={() => setPreviewing(undefined)}
        onApply={() => previewing && void resolve(previewing.id, true)}
      />
    </section>
  );
}
