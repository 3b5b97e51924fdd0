import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { errorMessage, useAsync } from '../hooks/useAsync';
import { downloadBase64, fileToBase64 } from '../files';
import { figureLabel, referencedFigures } from '../../../shared/export/supplementary';
import type { Application } from '../../../shared/schemas/application';
import type { Template } from '../../../shared/templates/template';
import type { AttachmentList } from '../../../shared/api/attachmentContract';

/**
 * 補足資料: the figures the text refers to (図1, 図2 …), laid out as a PDF on A4 within the round's
 * page limit. Shows which figures the text does not mention yet, and the page count.
 */
export function SupplementaryView({ app, template }: { app: Application; template: Template }) {
  const list = useAsync(() => call('listAttachments', { applicationId: app.id }), [app.id]);
  const [list2, setList] = useState<AttachmentList>({ items: [], revision: 0 });
  const items = list2.items;
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();
  const [pages, setPages] = useState<{ pages: number; maxPages: number }>();
  useEffect(() => setList(list.data ?? { items: [], revision: 0 }), [list.data]);
  const refs = referencedFigures(app);
  const max = template.supplementary?.maxPages ?? 0;

  /** Every change names the revision of the list it was made on; a stale one reloads the list. */
  const run = async (fn: (baseRevision: number) => Promise<AttachmentList>) => {
    setMessage(undefined);
    setPages(undefined);
    try {
      setList(await fn(list2.revision));
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
      list.reload();
    }
  };

  async function build(download: boolean) {
    try {
      const r = await call('buildSupplementaryPdf', { applicationId: app.id });
      setPages({ pages: r.pages, maxPages: r.maxPages });
      if (download) downloadBase64(r.fileName, 'application/pdf', r.base64);
      setMessage(r.warnings.length ? { kind: 'error', text: r.warnings.join(' ') } : { kind: 'info', text: `${r.pages} ページ（上限 ${r.maxPages} ページ以内）です。` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  }

  return (
    <div className="supplementary">
      <p className="muted">本文で「図1」「図2」のように番号で参照する図や写真を追加します。A4 {max} ページ以内の PDF にまとめて提出します（申請パッケージにも入ります）。顔写真など事業に関係のない個人情報は載せないでください。</p>
      <div className="actions-inline">
        <label className="button file-button">
          ＋ 図を追加（PNG・JPEG）
          <input type="file" accept="image/png,image/jpeg" aria-label="図を追加" onChange={async (e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) await run(async (baseRevision) => call('addAttachment', { applicationId: app.id, caption: f.name.replace(/\.[^.]+$/, ''), base64: await fileToBase64(f), baseRevision })); }} />
        </label>
        <button type="button" onClick={() => void build(false)} disabled={items.length === 0}>ページ数を確認</button>
        <button type="button" onClick={() => void build(true)} disabled={items.length === 0}>補足資料PDFを書き出す</button>
        {pages && <span className={pages.pages > pages.maxPages ? 'bad' : 'good'} data-testid="supp-pages">{pages.pages} / {pages.maxPages} ページ</span>}
      </div>
      {message && <p className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
      {items.length === 0 && <p className="empty">まだ図がありません。</p>}
      <ol className="figures-list">
        {items.map((a, i) => (
          <li key={a.id}>
            <Thumb id={a.id} />
            <div className="fig-meta">
              <strong>{figureLabel(i, '')}</strong>
              <input aria-label={`図${i + 1}の説明`} defaultValue={a.caption} onBlur={(e) => e.target.value !== a.caption && void run((baseRevision) => call('updateAttachment', { id: a.id, caption: e.target.value, baseRevision }))} />
              <span className="muted small">{a.width}×{a.height}px・{a.mime === 'image/png' ? 'PNG' : 'JPEG'}</span>
              {!refs.has(i + 1) && <span className="tag warn">本文で「図{i + 1}」に触れていません</span>}
            </div>
            <div className="actions-inline">
              <button type="button" aria-label={`図${i + 1}を上へ`} disabled={i === 0} onClick={() => void run((baseRevision) => call('updateAttachment', { id: a.id, move: -1, baseRevision }))}>↑</button>
              <button type="button" aria-label={`図${i + 1}を下へ`} disabled={i === items.length - 1} onClick={() => void run((baseRevision) => call('updateAttachment', { id: a.id, move: 1, baseRevision }))}>↓</button>
              <button type="button" className="danger" onClick={() => window.confirm(`図${i + 1}を削除しますか？`) && void run((baseRevision) => call('deleteAttachment', { id: a.id, baseRevision }))}>削除</button>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Thumb({ id }: { id: string }) {
  const img = useAsync(() => call('getAttachmentImage', { id }), [id]);
  return img.data ? <img className="thumb" src={img.data.dataUrl} alt="" /> : <div className="thumb" />;
}
