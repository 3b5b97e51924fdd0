import { useRef, useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { fileToBase64, saveExported } from '../files';
import type { Application } from '../../../shared/schemas/application';
import type { ReviewImportResult } from '../../../shared/api/reviewContract';
import { useTemplate } from '../templates';
import { ConflictChoice, type ConflictChoiceValue as Choice } from './ConflictChoice';

/** What to do with the file just written. */
const NEXT_STEP = {
  review: { advisor: '事業者にお渡しください。', owner: '指導員にお送りください。' },
  checkout: {
    advisor: 'ノートPCの伴走で、事業者一覧の「確認用・持ち出しファイルを開く」から開いて編集してください。戻ったら、ノートPCで「持ち帰り用ファイルを書き出す」を押します。',
    owner: '元のPCの伴走で、この画面の「戻ったファイルを取り込む」から取り込んでください。両方で変えた箇所は、どちらを残すか選べます。',
  },
} as const;

/**
 * Review files: send to the owner (a file for their copy of 伴走, or an HTML page for any browser),
 * read the owner's file or reply back (choosing where both changed), or, as the owner, send it back.
 */
export function ReviewFiles({ app, beforeExport, onImported }: { app: Application; beforeExport: () => Promise<void>; onImported: (a: Application) => void }) {
  const sections = useTemplate(app.templateId).template?.sections ?? [];
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ base64: string; result: ReviewImportResult }>();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();

  async function send(role: 'advisor' | 'owner', purpose: 'review' | 'checkout' = 'review') {
    try {
      await beforeExport();
      const saved = saveExported(await call('exportReviewFile', { applicationId: app.id, role, purpose }));
      setMessage({ kind: 'info', text: `${saved}${NEXT_STEP[purpose][role]}` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  }

  async function sendHtml() {
    try {
      await beforeExport();
      const saved = saveExported(await call('exportReviewHtml', { applicationId: app.id }));
      setMessage({ kind: 'info', text: `${saved}事業者にメールなどでお渡しください。事業者はブラウザで開いてコメント・確認済みを付け、返信ファイル（.banso-reply.json）を保存して送り返します。` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  }

  async function read(base64: string, resolutions: Record<string, Choice> = {}) {
    try {
      await beforeExport();
      const result = await call('importReviewFile', { applicationId: app.id, base64, resolutions, baseRevision: app.revision });
      if (result.applied && result.application) {
        onImported(result.application);
        setPending(undefined);
        setMessage({ kind: 'info', text: `事業者確認を取り込みました（自動反映 ${result.appliedChanges} 件・新しいコメント ${result.newComments} 件・確認済み ${result.newApprovals} 件）。取り込み前の内容は履歴に残っています。` });
      } else {
        setPending({ base64, result });
        setChoices(Object.fromEntries(result.conflicts.map((c) => [c.id, 'advisor' as Choice])));
      }
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="review-files">
      <h3>事業者確認（自宅で確認してもらう）</h3>
      <div className="actions-inline">
        <button type="button" onClick={() => void sendHtml()}>確認用HTMLを書き出す（ブラウザで開くファイル）</button>
        <button type="button" onClick={() => void send('advisor')}>確認用ファイルを書き出す</button>
        <button type="button" onClick={() => void send('owner')}>確認結果を書き出す（事業者用）</button>
      </div>
      <h3>外出先で編集する（持ち出し・持ち帰り）</h3>
      <p className="small muted">事業者を訪問するときなどに、この申請をノートPCの伴走へ持ち出して編集し、戻ったらこのPCに取り込みます。</p>
      <div className="actions-inline">
        <button type="button" onClick={() => void send('advisor', 'checkout')}>持ち出し用ファイルを書き出す</button>
        <button type="button" onClick={() => void send('owner', 'checkout')}>持ち帰り用ファイルを書き出す（持ち出した先で）</button>
      </div>
      <label className="file-pick">
        戻ったファイルを取り込む：事業者から戻った確認ファイル・確認用HTMLの返信ファイル・持ち帰り用ファイル
        <input ref={input} type="file" accept=".json,application/json" onChange={async (e) => { const f = e.target.files?.[0]; if (f) await read(await fileToBase64(f)); }} />
      </label>
      {pending && (
        <div className="conflicts" role="group" aria-label="競合の解決">
          <p>指導員と事業者の両方が変更した箇所が {pending.result.conflicts.length} か所あります。どちらを残すか（文章は両方を残すこともできます）選んでください（自動反映 {pending.result.appliedChanges} 件・コメント {pending.result.newComments} 件・確認済み {pending.result.newApprovals} 件）。</p>
          {pending.result.conflicts.map((c) => (
            <ConflictChoice key={c.id} conflict={c} sections={sections} app={app} choice={choices[c.id] ?? 'advisor'} onChoose={(v) => setChoices({ ...choices, [c.id]: v })} />
          ))}
          <div className="actions-inline">
            <button type="button" onClick={() => setPending(undefined)}>取り込まない</button>
            <button type="button" className="primary" onClick={() => void read(pending.base64, choices)}>選んだ内容で取り込む</button>
          </div>
        </div>
      )}
      {message && <p className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
    </div>
  );
}
