import { useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { errorMessage, useAsync } from '../hooks/useAsync';
import type { AppInfo } from '../../../shared/api/contract';
import type { ChamberConnection } from '../../../shared/api/chamberContract';

const TLS_NAMES: Record<ChamberConnection['tls'], string> = {
  'verify-full': '暗号化し、サーバー証明書を確認する（推奨）',
  require: '暗号化する（証明書は確認しない）',
  disable: '暗号化しない（会議所内のネットワークだけの場合）',
};

/**
 * 設定 →「商工会議所のサーバーに接続」: host, database, user, password, TLS. The desktop app tries the
 * connection first and keeps it only if it works; the password is stored encrypted by the OS, never
 * shown again. Browser mode names the server given at start (BANSO_DATABASE_URL).
 */
export function ChamberConnectionForm({ info }: { info: AppInfo }) {
  const state = useAsync(() => call('getChamberConnection', {}), []);
  const saved = state.data?.connection;
  const [c, setC] = useState({ host: '', port: '5432', database: 'banso', user: '', tls: 'verify-full' as ChamberConnection['tls'] });
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const set = (k: keyof typeof c) => (e: { target: { value: string } }) => setC({ ...c, [k]: e.target.value });

  async function connect(e: FormEvent) {
    e.preventDefault();
    const port = Number(c.port.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
    if (!Number.isInteger(port) || port < 1 || port > 65535) return setError('ポート番号は 1〜65535 の数字で入力してください。');
    setBusy(true);
    setError(undefined);
    try {
      await call('setChamberConnection', { connection: { ...c, port }, password });
      window.location.reload(); // every screen now reads the chamber's data
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  async function disconnect() {
    if (!window.confirm('このパソコンのデータ（SQLite）に戻します。商工会議所のサーバーのデータはそのまま残ります。よろしいですか？')) return;
    await call('clearChamberConnection', {});
    window.location.reload();
  }

  if (info.backend === 'postgres') {
    return (
      <div>
        <p>
          商工会議所のサーバー <code>{info.dbPath}</code> に <strong>{info.user.name}</strong>（{info.user.login}{info.user.manager ? '・管理者' : ''}）として接続しています。
        </p>
        {state.data?.canStore ? <button type="button" onClick={() => void disconnect()}>このパソコンのデータに戻す</button> : <p className="muted small">ブラウザーモードの接続先は起動時の <code>BANSO_DATABASE_URL</code> で決まります。</p>}
      </div>
    );
  }
  if (state.data && !state.data.canStore) {
    return (
      <p className="muted">
        ブラウザーモードでは、接続先を起動時に指定します: <code>BANSO_DATABASE_URL=postgres://ユーザー@サーバー/banso npm run serve</code>（パスワードは PostgreSQL のパスワードファイル <code>~/.pgpass</code> に置けます）。
      </p>
    );
  }
  return (
    <form className="form-grid" onSubmit={(e) => void connect(e)} aria-label="商工会議所のサーバーに接続">
      <p className="span2 muted small">
        会議所の管理者から受け取ったサーバー名・データベース名・ユーザー名・パスワードを入力してください。接続できることを確かめてから保存します。パスワードはこのパソコンの資格情報ストアで暗号化して保存します。
        {saved ? `（前回の接続先: ${saved.user}@${saved.host}/${saved.database}）` : ''}
      </p>
      <label>サーバー名（ホスト）<input name="host" value={c.host} onChange={set('host')} placeholder="例: banso.example-cci.local" required /></label>
      <label>ポート<input name="port" value={c.port} onChange={set('port')} inputMode="numeric" /></label>
      <label>データベース名<input name="database" value={c.database} onChange={set('database')} required /></label>
      <label>ユーザー名<input name="user" value={c.user} onChange={set('user')} autoComplete="username" required /></label>
      <label>パスワード<input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required /></label>
      <label>
        通信の暗号化（TLS）
        <select name="tls" value={c.tls} onChange={set('tls')}>
          {(Object.keys(TLS_NAMES) as ChamberConnection['tls'][]).map((k) => <option key={k} value={k}>{TLS_NAMES[k]}</option>)}
        </select>
      </label>
      {error && <p className="notice error span2" role="alert">{error}</p>}
      <div className="actions span2"><button type="submit" className="primary" disabled={busy}>{busy ? '接続を確認しています…' : '接続する'}</button></div>
    </form>
  );
}
