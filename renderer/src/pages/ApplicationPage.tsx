import { call } from '../api/client';
import { useAsync } from '../hooks/useAsync';
import { useTemplates } from '../templates';
import { href } from '../router';
import { Wizard } from '../wizard/Wizard';

/** Loads an application and its template, then hands both to the wizard. */
export function ApplicationPage({ applicationId, sectionId }: { applicationId: string; sectionId?: string }) {
  const app = useAsync(() => call('getApplication', { id: applicationId }), [applicationId]);
  const client = useAsync(async () => (app.data ? call('getClient', { id: app.data.clientId }) : undefined), [app.data?.clientId]);
  const { byId } = useTemplates();
  if (app.error) return <div className="page"><p className="notice error" role="alert">{app.error}</p><a href={href({ page: 'clients' })}>事業者一覧へ戻る</a></div>;
  if (!app.data || !client.data) return <div className="loading">読み込み中…</div>;
  const template = byId(app.data.templateId);
  if (!template) return <div className="page"><p className="notice error" role="alert">この申請の様式「{app.data.templateId}」を読み込めませんでした。設定・情報画面で様式の読み込みエラーを確認してください。申請データは保存されたままです。</p></div>;
  return <Wizard key={`${app.data.id}:${app.data.templateId}`} initial={app.data} template={template} client={client.data} sectionId={sectionId} onReload={app.reload} />;
}
