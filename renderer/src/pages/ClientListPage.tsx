import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { callPrefetched } from '../api/prefetch';
import { clientListInput } from './clientListQuery';
import { errorMessage, useAsync } from '../hooks/useAsync';
import { fileToBase64 } from '../files';
import { href, navigate } from '../router';
import { Dialog } from '../components/Dialog';
import { ClientForm } from '../components/ClientForm';
import { formatDate } from '../format';

export function ClientListPage() {
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [creating, setCreating] = useState(false);
  const [openError, setOpenError] = useState<string>();
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(query), 200);
    return () => clearTimeout(t);
  }, [query]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && document.activeElement?.tagName !== 'INPUT' && document.activeElement?.tagName !== 'TEXTAREA') {
        e.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const list = useAsync(() => callPrefetched('listClients', clientListInput(debounced)), [debounced]);

  return (
    <div className="page">
      <div className="page-head">
        <h1>事業者</h1>
        <input ref={search} type="search" className="search" placeholder="名前・業種・担当者で検索（/ キー）" aria-label="事業者を検索" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label className="button file-button">
          確認用・持ち出しファイルを開く
          <input
            type="file"
            accept=".json,application/json"
            aria-label="確認用・持ち出しファイルを開く"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (!f) return;
              try {
                const a = await call('openReviewFile', { base64: await fileToBase64(f) });
                // The owner starts in review mode; an advisor's 持ち出し, in the editor.
                if (a.openedAs === 'review') sessionStorage.setItem(`banso.view.${a.id}`, 'review');
                else sessionStorage.removeItem(`banso.view.${a.id}`);
                navigate({ page: 'application', applicationId: a.id });
              } catch (err) {
                setOpenError(errorMessage(err));
              }
            }}
          />
        </label>
        <button className="primary" onClick={() => setCreating(true)}>＋ 新しい事業者</button>
      </div>
      {list.error && <p className="notice error" role="alert">{list.error}</p>}
      {openError && <p className="notice error" role="alert">{openError}</p>}
      {list.data && list.data.items.length === 0 && <p className="empty">{debounced ? `「${debounced}」に一致する事業者はありません。` : 'まだ事業者が登録されていません。「新しい事業者」から登録してください。'}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th>事業者名</th>
              <th>代表者</th>
              <th>業種</th>
              <th>所在地</th>
              <th>担当</th>
              <th className="num">申請</th>
              <th>更新日</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((c) => (
              <tr key={c.id}>
                <td className="client-name"><a href={href({ page: 'client', clientId: c.id })} title={c.name}>{c.name}</a></td>
                <td>{c.representative}</td>
                <td>{c.industry}</td>
                <td>{c.prefecture}</td>
                <td>{c.advisor}</td>
                <td className="num">{c.applicationCount}</td>
                <td>{formatDate(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.data && list.data.total > list.data.items.length && <p className="muted">ほか {list.data.total - list.data.items.length} 件。検索で絞り込んでください。</p>}
      <Dialog title="新しい事業者" open={creating} onClose={() => setCreating(false)}>
        <ClientForm
          submitLabel="登録する"
          onCancel={() => setCreating(false)}
          onSubmit={async (input) => {
            const c = await call('createClient', input);
            setCreating(false);
            navigate({ page: 'client', clientId: c.id });
          }}
        />
      </Dialog>
    </div>
  );
}
