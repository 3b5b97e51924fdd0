import { call } from '../api/client';
import { useAsync } from '../hooks/useAsync';
import { useTemplate, useTemplates } from '../templates';
import { href } from '../router';
import { Wizard } from '../wizard/Wizard';

/** Loads an application, its client and its whole template, then hands them to the wizard. */
export function ApplicationPage({ applicationId, sectionId }: { applicationId: string; sectionId?: string }) {
  const app = useAsync(() => call('getApplication', { id: applicationId }), [applicationId]);
  const client = useAsync(async () => (app.data ? call('getClient', { id: app.data.clientId }) : undefined), [app.data?.clientId]);
  const summary = useTemplates().byId(app.data?.templateId ?? '');
  const full = useTemplate(summary?.id);
  if (app.error) return <div className="page"><p className="notice error" role="alert">{app.error}</p><a href={href({ page: 'clients' })}>事業者一覧へ戻る</a></div>;
  if (!app.data) return <div className="loading">読み込み中…</div>;
  if (!summary || full.error) return <div className="page"><p className="notice error" role="alert">この申請の様式「{app.data.templateId}」を読み込めませんでした。設定・情報画面で様式の読み込みエラーを確認してください。申請データは保存されたままです。{full.error ? `（${full.error}）` : ''}</p></div>;
  if (!client.data || !full.template) return <div className="loading">読み込み中…</div>;
  return <Wizard key={`${app.data.id}:${app.data.templateId}`} initial={app.data} template={full.template} client={client.data} sectionId={sectionId} onReload={app.reload} />;
}
