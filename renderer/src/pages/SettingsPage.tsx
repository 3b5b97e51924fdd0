import type { AppInfo } from '../../../shared/api/contract';
import { useTemplates } from '../templates';
import { BenchmarkImport } from '../lokaben/BenchmarkImport';
import { ChamberConnectionForm } from '../components/ChamberConnectionForm';

export function SettingsPage({ info }: { info: AppInfo }) {
  const { templates, errors } = useTemplates();
  return (
    <div className="page narrow">
      <h1>設定・情報</h1>
      <section className="card">
        <h2>データの保存場所</h2>
        <dl className="facts">
          <dt>データベース</dt>
          <dd>
            <code data-testid="db-path">{info.dbPath}</code>
          </dd>
          <dt>形式バージョン</dt>
          <dd>{info.schemaVersion}</dd>
          <dt>アプリのバージョン</dt>
          <dd>{info.version}</dd>
          <dt>動作モード</dt>
          <dd>{info.transport === 'electron' ? 'デスクトップアプリ' : 'ブラウザーモード（このパソコンの中だけで動作）'}</dd>
        </dl>
        <p className="muted">
          保存場所は環境変数 <code>BANSO_DATA_DIR</code> で変更できます。デモデータなしで始めるには <code>npm start -- --empty</code> または新しい保存場所を指定してください。
        </p>
      </section>
      <section className="card" aria-labelledby="settings-chamber">
        <h2 id="settings-chamber">商工会議所のサーバーに接続</h2>
        <ChamberConnectionForm info={info} />
      </section>
      <section className="card" aria-labelledby="settings-lokaben-benchmarks">
        <h2 id="settings-lokaben-benchmarks">ローカルベンチマークの業種基準値</h2>
        <BenchmarkImport />
      </section>
      <section className="card">
        <h2>様式（テンプレート）</h2>
        <ul className="plain">
          {templates.map((t) => (
            <li key={t.id}>
              {t.name}
              {!t.current && <span className="tag">旧ルール</span>}
              {t.source.unconfirmed && <span className="tag warn">未確認</span>}
              <div className="muted small">{t.source.note}</div>
            </li>
          ))}
        </ul>
        {errors.length > 0 && (
          <div className="notice error" role="alert">
            <strong>読み込めなかった様式があります</strong>
            <ul>
              {errors.map((e) => (
                <li key={e.file + e.path}>
                  {e.file}（{e.path}）: {e.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
