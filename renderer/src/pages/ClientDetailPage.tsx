import { useState } from 'react';
import { call } from '../api/client';
import { useAsync } from '../hooks/useAsync';
import { href, navigate } from '../router';
import { Dialog } from '../components/Dialog';
import { ClientEdit } from '../components/ClientEdit';
import { NewApplicationForm } from '../components/NewApplicationForm';
import { LEGAL_FORM_NAMES } from '../../../shared/schemas/client';
import { PROGRAM_NAMES } from '../../../shared/schemas/common';
import { STATUS_NAMES } from '../../../shared/schemas/application';
import { formatDateTime, formatNumber } from '../format';

export function ClientDetailPage({ clientId }: { clientId: string }) {
  const client = useAsync(() => call('getClient', { id: clientId }), [clientId]);
  const apps = useAsync(() => call('listApplications', { clientId, offset: 0, limit: 500 }), [clientId]);
  const [editing, setEditing] = useState(false);
  const [creating, setCreating] = useState(false);

  if (client.error) return <div className="page"><p className="notice error" role="alert">{client.error}</p><a href={href({ page: 'clients' })}>事業者一覧へ戻る</a></div>;
  const c = client.data;
  if (!c) return <div className="loading">読み込み中…</div>;

  return (
    <div className="page">
      <nav className="crumbs" aria-label="パンくず"><a href={href({ page: 'clients' })}>事業者</a> ／ {c.name}</nav>
      <div className="page-head">
        <h1>{c.name}</h1>
        <a className="button" href={href({ page: 'lokaben', clientId: c.id })}>ローカルベンチマーク</a>
        <button onClick={() => setEditing(true)}>基本情報を編集</button>
        <button
          className="danger"
          onClick={async () => {
            const n = apps.data?.total ?? 0;
            if (!window.confirm(`「${c.name}」を削除しますか？${n > 0 ? `\n申請 ${n} 件も一緒に削除されます。` : ''}\nこの操作は元に戻せません。`)) return;
            await call('deleteClient', { id: c.id });
            navigate({ page: 'clients' });
          }}
        >
          削除
        </button>
        <button className="primary" onClick={() => setCreating(true)}>＋ 新しい申請</button>
      </div>
      <div className="two-col">
        <section className="card">
          <h2>基本情報</h2>
          <dl className="facts">
            <dt>代表者</dt><dd>{c.representative || '—'}</dd>
            <dt>形態</dt><dd>{LEGAL_FORM_NAMES[c.legalForm]}</dd>
            <dt>業種</dt><dd>{c.industry || '—'}</dd>
            <dt>所在地</dt><dd>{[c.postalCode && `〒${c.postalCode}`, c.address || c.prefecture].filter(Boolean).join(' ') || '—'}</dd>
            <dt>従業員数</dt><dd>{c.employeeCount === null ? '—' : `${formatNumber(c.employeeCount)} 人`}</dd>
            <dt>資本金</dt><dd>{c.capitalYen === null ? '—' : `${formatNumber(c.capitalYen)} 円`}</dd>
            <dt>創業</dt><dd>{c.foundedYear ?? '—'}</dd>
            <dt>決算月</dt><dd>{c.fiscalYearEndMonth ? `${c.fiscalYearEndMonth}月` : '—'}</dd>
            <dt>担当</dt><dd>{c.advisor || '—'}</dd>
            {(c.contactName || c.phone || c.email) && <><dt>連絡担当者</dt><dd>{[c.contactName && `${c.contactName}${c.contactTitle ? `（${c.contactTitle}）` : ''}`, c.phone, c.email].filter(Boolean).join('　')}</dd></>}
          </dl>
          {c.notes && <><h3>支援メモ</h3><p className="prewrap">{c.notes}</p></>}
        </section>
        <section className="card">
          <h2>申請</h2>
          {apps.data && apps.data.items.length === 0 && <p className="empty">まだ申請はありません。「新しい申請」から始めます。</p>}
          <ul className="app-list">
            {apps.data?.items.map((a) => (
              <li key={a.id}>
                <a href={href({ page: 'application', applicationId: a.id })}>{a.title}</a>
                <button
                  type="button"
                  className="icon danger"
                  aria-label={`「${a.title}」を削除`}
                  title="この申請を削除"
                  onClick={async () => {
                    if (!window.confirm(`申請「${a.title}」を削除しますか？\n版の履歴・コメントも削除されます。この操作は元に戻せません。`)) return;
                    await call('deleteApplication', { id: a.id });
                    apps.reload();
                  }}
                >
                  ×
                </button>
                <div className="muted small">
                  {PROGRAM_NAMES[a.programId]}・{a.koboKai}・<span className={`status status-${a.status}`}>{STATUS_NAMES[a.status]}</span>・更新 {formatDateTime(a.updatedAt)}
                </div>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <Dialog title="基本情報を編集" open={editing} onClose={() => setEditing(false)}>
        <ClientEdit initial={c} onCancel={() => setEditing(false)} onDone={() => { setEditing(false); client.reload(); }} />
      </Dialog>
      <Dialog title="新しい申請" open={creating} onClose={() => setCreating(false)}>
        <NewApplicationForm
          others={apps.data?.items ?? []}
          onCancel={() => setCreating(false)}
          onSubmit={async (v) => {
            const a = await call('createApplication', { clientId: c.id, ...v });
            setCreating(false);
            navigate({ page: 'application', applicationId: a.id });
          }}
        />
      </Dialog>
    </div>
  );
}
