/**
 * The owner's tools under one section of the review page: 確認済み, the owner's comments (with the
 * passage and 修正案), and the form to add one — on the selected passage or the whole section.
 */
import type { OwnerComment } from '../../../../shared/review/replyBuild';
import { h, localTime } from './dom';
import type { Passage } from './passage';

export interface SectionToolsApi {
  /** The passage chosen for the next comment in this section (null: the whole section). */
  pending(): Passage | null;
  clearPending(): void;
  toggleApproval(): string | null;
  addComment(body: string, proposal: string, passage: Passage | null): string | null;
  removeComment(id: string): void;
}

export interface SectionTools {
  root: HTMLElement;
  render(view: { approvedBy: string | null; approvedAt: string | null; comments: OwnerComment[]; pending: Passage | null }): void;
  focusComment(): void;
}

const preview = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function sectionTools(title: string, api: SectionToolsApi): SectionTools {
  const badge = h('span', { class: 'badge', attrs: { 'data-testid': 'approval-state' } });
  const who = h('span', { class: 'small muted' });
  const err = h('p', { class: 'err', attrs: { role: 'alert' }, hidden: true });
  const showError = (m: string | null) => {
    err.textContent = m ?? '';
    err.hidden = m === null;
  };
  const approve = h('button', { attrs: { type: 'button' }, onClick: () => showError(api.toggleApproval()) });
  const list = h('ul', { class: 'comments', attrs: { 'aria-label': `${title}へのコメント` } });
  const pendingQuote = h('q');
  const pendingLine = h('p', { class: 'small', hidden: true }, ['選択した箇所へのコメント：', pendingQuote, ' ', h('button', { class: 'link', text: '解除', attrs: { type: 'button' }, onClick: () => api.clearPending() })]);
  const body = h('textarea', { attrs: { rows: '2', maxlength: '10000' } });
  const proposal = h('textarea', { attrs: { rows: '2', maxlength: '200000' } });
  const add = h('button', {
    class: 'primary',
    text: 'コメントを追加',
    attrs: { type: 'button' },
    onClick: () => {
      const problem = api.addComment(body.value, proposal.value, api.pending());
      showError(problem);
      if (problem === null) {
        body.value = '';
        proposal.value = '';
      }
    },
  });
  const form = h('div', { class: 'form' }, [
    pendingLine,
    h('label', {}, ['コメント', body]),
    h('label', {}, ['修正案（任意）', proposal]),
    err,
    h('div', { class: 'row' }, [add]),
  ]);
  const root = h('div', {}, [h('div', { class: 'approval' }, [badge, who, approve]), list, form]);

  return {
    root,
    focusComment() {
      body.scrollIntoView({ block: 'center' });
      body.focus();
    },
    render({ approvedBy, approvedAt, comments, pending }) {
      const approved = approvedAt !== null;
      badge.textContent = approved ? '確認済み' : '未確認';
      badge.className = approved ? 'badge ok' : 'badge';
      who.textContent = approved ? `${approvedBy ?? ''}・${localTime(approvedAt)}` : '';
      approve.textContent = approved ? '確認済みを取り消す' : 'この項目を確認済みにする';
      list.textContent = '';
      list.hidden = comments.length === 0;
      for (const c of comments) {
        list.append(
          h('li', {}, [
            h('div', { class: 'small muted', text: `${c.author}・${localTime(c.createdAt)}` }),
            c.quote !== undefined && h('blockquote', { text: c.quote }),
            c.body && h('p', { class: 'body', text: c.body }),
            c.proposedText !== undefined && h('p', { class: 'proposal' }, [h('span', { class: 'small muted', text: '修正案：' }), c.proposedText]),
            h('button', { class: 'link small', text: 'このコメントを削除', attrs: { type: 'button' }, onClick: () => api.removeComment(c.id) }),
          ]),
        );
      }
      pendingLine.hidden = pending === null;
      pendingQuote.textContent = pending ? preview(pending.quote) : '';
      proposal.placeholder = pending ? '選んだ箇所をこう書き直してほしい、という文' : 'この項目の本文全体をこう書き直してほしい、という文';
    },
  };
}
