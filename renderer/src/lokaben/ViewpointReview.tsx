import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage, useAsync } from '../hooks/useAsync';
import { formatDateTime } from '../format';
import type { LokabenReviewTarget } from '../../../shared/api/lokabenContract';

/** Loads the comments and 確認済み marks of a client's ロカベン once; each viewpoint shows its own. */
export function useLokabenReview(clientId: string) {
  const state = useAsync(() => call('getLokabenReview', { clientId }), [clientId]);
  return { comments: state.data?.comments ?? [], approvals: state.data?.approvals ?? [], reload: state.reload };
}
export type LokabenReview = ReturnType<typeof useLokabenReview>;

/** Comments and 確認済み for one viewpoint, the same flow as plan sections (owner or advisor at the same desk). */
export function ViewpointReview({ clientId, viewpoint, review }: { clientId: string; viewpoint: LokabenReviewTarget; review: LokabenReview }) {
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [author, setAuthor] = useState('');
  const [role, setRole] = useState<'owner' | 'advisor'>('owner');
  const [error, setError] = useState<string>();
  const comments = review.comments.filter((c) => c.sectionId === viewpoint);
  const approval = review.approvals.find((a) => a.sectionId === viewpoint);
  const open_ = comments.filter((c) => !c.resolvedAt).length;

  const act = async (fn: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await fn();
      review.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="viewpoint-review">
      <div className="approval">
        {approval ? <span className="badge badge-ok">確認済み</span> : <span className="badge badge-empty">未確認</span>}
        {approval && <span className="muted small">{approval.approvedBy}・{formatDateTime(approval.approvedAt)}</span>}
        <button type="button" onClick={() => void act(() => call('setLokabenApproval', { clientId, viewpoint, approved: !approval, by: author }))}>{approval ? '確認済みを取り消す' : '事業者が確認済みにする'}</button>
        <button type="button" className="link" onClick={() => setOpen(!open)}>コメント（{comments.length}{open_ ? `・未対応 ${open_}` : ''}）</button>
      </div>
      {open && (
        <div className="comments">
          <ul className="comment-list">
            {comments.map((c) => (
              <li key={c.id} className={c.resolvedAt ? 'resolved' : ''}>
                <div className="muted small">{c.author}（{c.role === 'owner' ? '事業者' : '指導員'}）・{formatDateTime(c.createdAt)}{c.resolvedAt ? '・対応済み' : ''}</div>
                <p className="prewrap">{c.body}</p>
                {!c.resolvedAt && <button type="button" onClick={() => void act(() => call('resolveLokabenComment', { clientId, commentId: c.id, by: author || '指導員' }))}>対応済みにする</button>}
              </li>
            ))}
          </ul>
          <div className="comment-form">
            <div className="actions-inline">
              <label className="inline small"><input type="radio" checked={role === 'owner'} onChange={() => setRole('owner')} />事業者</label>
              <label className="inline small"><input type="radio" checked={role === 'advisor'} onChange={() => setRole('advisor')} />指導員</label>
              <input aria-label="お名前" placeholder="お名前" value={author} onChange={(e) => setAuthor(e.target.value)} />
            </div>
            <textarea aria-label="コメント" rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
            {error && <p className="form-error" role="alert">{error}</p>}
            <button type="button" className="primary" disabled={!body.trim()} onClick={() => void act(async () => { await call('addLokabenComment', { clientId, viewpoint, body, author, role }); setBody(''); })}>コメントを追加</button>
          </div>
        </div>
      )}
    </div>
  );
}
