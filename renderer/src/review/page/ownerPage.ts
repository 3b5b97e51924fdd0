/**
 * The script of the HTML review file (built by scripts/build-review-page.mjs into
 * shared/review/html/ownerPageScript.generated.ts; ES2019, no framework, no network). It adds the
 * owner's tools to the static page: their name, comments on a selected passage or a section (with a
 * 修正案), 確認済み per section, and 「返信ファイルを保存」, which downloads the sealed reply
 * (shared/review/replyBuild.ts). Nothing of the advisor's is here.
 */
import { buildReviewReply } from '../../../../shared/review/replyBuild';
import { REVIEW_PAGE_FORMAT, type ReviewPageData } from '../../../../shared/review/html/pageData';
import { byId, h, uuid } from './dom';
import { openStore } from './ownerStore';
import { markPassages, MAX_QUOTE, selectedPassage, type Passage } from './passage';
import { sectionTools, type SectionTools } from './sectionTools';

function readData(): ReviewPageData {
  const d = JSON.parse(byId('review-data').textContent ?? '') as ReviewPageData;
  if (d.format !== REVIEW_PAGE_FORMAT || d.version !== 1) throw new Error('このページのデータを読めません（別の形式です）。');
  return d;
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { attrs: { href: url, download: fileName }, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
};
const preview = (s: string, n = 50) => (s.length > n ? `${s.slice(0, n)}…` : s);

function start(): void {
  const data = readData();
  const store = openStore(data.reviewId);
  const state = store.state;
  const textOf = (sectionId: string, fieldId: string) => {
    const v = data.sections.find((s) => s.id === sectionId)?.content[fieldId];
    return typeof v === 'string' ? v : undefined;
  };
  const fields = Array.from(document.querySelectorAll<HTMLElement>('[data-field]'));
  // Anchors are offsets into the stored text: make sure each field shows exactly that.
  for (const el of fields) {
    const t = textOf(el.dataset.section ?? '', el.dataset.field ?? '');
    if (t !== undefined && el.textContent !== t) el.textContent = t;
  }

  const reviewer = byId<HTMLInputElement>('reviewer');
  const progress = byId('progress');
  const savedNote = byId('saved-note');
  const selbar = byId('selbar');
  const tools = new Map<string, SectionTools>();
  let pending: Passage | null = null;
  let unsaved = false;

  const refreshMarks = () => {
    for (const el of fields) {
      const sid = el.dataset.section ?? '';
      const fid = el.dataset.field ?? '';
      const text = textOf(sid, fid);
      if (text === undefined) continue;
      markPassages(el, text, state.comments.filter((c) => c.sectionId === sid && c.fieldId === fid && c.anchor).map((c) => c.anchor ?? { start: 0, end: 0 }));
    }
  };
  const render = () => {
    for (const s of data.sections) {
      const a = state.approvals.find((x) => x.sectionId === s.id);
      const comments = state.comments.filter((c) => c.sectionId === s.id);
      tools.get(s.id)?.render({ approvedBy: a?.approvedBy ?? null, approvedAt: a?.approvedAt ?? null, comments, pending: pending?.sectionId === s.id ? pending : null });
      const mark = document.querySelector(`[data-mark="${s.id}"]`);
      if (mark) {
        mark.textContent = '';
        if (a) mark.append(h('span', { class: 'ok', text: '✓確認済み' }));
        if (comments.length > 0) mark.append(h('span', { class: 'c', text: ` コメント${comments.length}` }));
      }
    }
    progress.textContent = `確認済み ${state.approvals.length} / ${data.sections.length} 項目・コメント ${state.comments.length} 件`;
    selbar.hidden = pending === null;
    byId('selbar-quote').textContent = pending ? preview(pending.quote) : '';
  };
  const changed = () => {
    store.save();
    unsaved = true;
    render();
  };
  const needName = (): string | null => {
    if (state.reviewer.trim()) return null;
    reviewer.focus();
    return '先に画面上部の「お名前」を入力してください。';
  };

  for (const s of data.sections) {
    const host = Array.from(document.querySelectorAll<HTMLElement>('[data-tools]')).find((el) => el.dataset.tools === s.id);
    if (!host) continue;
    const t = sectionTools(s.title, {
      pending: () => (pending?.sectionId === s.id ? pending : null),
      clearPending: () => {
        pending = null;
        render();
      },
      toggleApproval: () => {
        const problem = needName();
        if (problem) return problem;
        const i = state.approvals.findIndex((a) => a.sectionId === s.id);
        if (i >= 0) state.approvals.splice(i, 1);
        else state.approvals.push({ id: uuid(), sectionId: s.id, approvedBy: state.reviewer.trim(), approvedAt: new Date().toISOString() });
        changed();
        return null;
      },
      addComment: (body, proposal, passage) => {
        const problem = needName();
        if (problem) return problem;
        const text = body.trim();
        const proposed = proposal.trim() ? proposal : undefined;
        if (!text && !proposed) return 'コメントか修正案を書いてください。';
        // A 修正案 without a passage rewrites the section's (first) text, as in the app.
        const fieldId = passage?.fieldId ?? (proposed === undefined ? undefined : fields.find((el) => el.dataset.section === s.id)?.dataset.field);
        state.comments.push({
          id: uuid(),
          sectionId: s.id,
          ...(fieldId === undefined ? {} : { fieldId }),
          ...(passage ? { quote: passage.quote, anchor: { start: passage.start, end: passage.end } } : {}),
          body: text || '修正案をご確認ください。',
          ...(proposed === undefined ? {} : { proposedText: proposed }),
          author: state.reviewer.trim(),
          createdAt: new Date().toISOString(),
        });
        if (passage) pending = null;
        refreshMarks();
        changed();
        return null;
      },
      removeComment: (id) => {
        state.comments = state.comments.filter((c) => c.id !== id);
        refreshMarks();
        changed();
      },
    });
    host.append(t.root);
    tools.set(s.id, t);
  }

  const takeSelection = () => {
    const r = selectedPassage(window.getSelection(), textOf);
    if (r.ok) {
      pending = r.passage;
      render();
    } else if (r.reason === 'tooLong') {
      savedNote.hidden = false;
      savedNote.className = 'notice warn';
      savedNote.textContent = `選択した箇所が長すぎます（${MAX_QUOTE.toLocaleString('ja-JP')}字まで）。短く選ぶか、項目全体へのコメントにしてください。`;
    }
  };
  document.addEventListener('selectionchange', takeSelection);
  document.addEventListener('mouseup', takeSelection);
  byId('selbar-go').addEventListener('click', () => pending && tools.get(pending.sectionId)?.focusComment());
  byId('selbar-clear').addEventListener('click', () => {
    pending = null;
    window.getSelection()?.removeAllRanges();
    render();
  });

  reviewer.value = state.reviewer;
  reviewer.addEventListener('input', () => {
    state.reviewer = reviewer.value;
    store.save();
  });
  byId('save-reply').addEventListener('click', () => {
    savedNote.hidden = false;
    const problem = needName();
    if (problem) {
      savedNote.className = 'notice error';
      savedNote.textContent = problem;
      return;
    }
    const reply = buildReviewReply(data, state, new Date().toISOString());
    const fileName = `${data.replyFileBase}_${today()}.banso-reply.json`;
    download(fileName, JSON.stringify(reply, null, 2));
    unsaved = false;
    savedNote.className = 'notice info';
    savedNote.textContent = `返信ファイル「${fileName}」を保存しました（コメント ${reply.comments.length} 件・確認済み ${reply.approvals.length} 項目）。このファイルを担当の指導員にお送りください。このあとコメントを足したときは、もう一度保存してください。`;
  });
  window.addEventListener('beforeunload', (ev) => {
    if (store.persistent || !unsaved) return;
    ev.preventDefault();
    ev.returnValue = '';
  });

  byId('owner-bar').hidden = false;
  byId('storage-note').hidden = store.persistent;
  refreshMarks();
  render();
}

try {
  start();
} catch (err) {
  const note = h('p', { class: 'notice error', attrs: { role: 'alert' }, text: `コメント・確認済みの機能を開始できませんでした（${err instanceof Error ? err.message : String(err)}）。本文はこのまま読めます。` });
  document.querySelector('main')?.prepend(note);
}
