import { call } from './api/client';
import { useAsync } from './hooks/useAsync';
import { href, useRoute } from './router';
import { TemplatesProvider } from './templates';
import { ClientListPage } from './pages/ClientListPage';
import { ClientDetailPage } from './pages/ClientDetailPage';
import { ApplicationPage } from './pages/ApplicationPage';
import { SettingsPage } from './pages/SettingsPage';
import { PortfolioPage } from './portfolio/PortfolioPage';
import { LokabenPage } from './lokaben/LokabenPage';
import { StartupErrorPage } from './pages/StartupErrorPage';
import { RoundsPage } from './rounds/RoundsPage';
import { RoundPage } from './rounds/RoundPage';
import { NewRoundPage } from './rounds/NewRoundPage';

export function App() {
  const info = useAsync(() => call('getAppInfo', {}), []);
  const route = useRoute();
  if (info.loading && !info.data) return <div className="loading">起動中…</div>;
  if (info.error || !info.data) return <StartupErrorPage message={info.error ?? '起動できませんでした。'} />;
  return (
    <TemplatesProvider>
      <div className="app">
        <header className="app-header">
          <a className="brand" href={href({ page: 'clients' })}>
            伴走 <span>Banso</span>
          </a>
          <nav aria-label="メイン">
            <a href={href({ page: 'clients' })} aria-current={route.page === 'clients' || route.page === 'client' || route.page === 'lokaben' ? 'page' : undefined}>
              事業者
            </a>
            <a href={href({ page: 'portfolio' })} aria-current={route.page === 'portfolio' ? 'page' : undefined}>
              ポートフォリオ
            </a>
            <a href={href({ page: 'rounds' })} aria-current={route.page === 'rounds' || route.page === 'round' || route.page === 'newRound' ? 'page' : undefined}>
              公募回
            </a>
            <a href={href({ page: 'settings' })} aria-current={route.page === 'settings' ? 'page' : undefined}>
              設定・情報
            </a>
          </nav>
        </header>
        <main className="app-main">
          {route.page === 'clients' && <ClientListPage />}
          {route.page === 'client' && <ClientDetailPage clientId={route.clientId} />}
          {route.page === 'lokaben' && <LokabenPage clientId={route.clientId} />}
          {route.page === 'application' && <ApplicationPage applicationId={route.applicationId} sectionId={route.sectionId} />}
          {route.page === 'settings' && <SettingsPage info={info.data} />}
          {route.page === 'portfolio' && <PortfolioPage />}
          {route.page === 'rounds' && <RoundsPage />}
          {route.page === 'round' && <RoundPage templateId={route.templateId} against={route.against} />}
          {route.page === 'newRound' && <NewRoundPage baseId={route.baseId} />}
        </main>
      </div>
    </TemplatesProvider>
  );
}
