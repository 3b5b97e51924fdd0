import { Suspense, useEffect } from 'react';
import { callPrefetched } from './api/prefetch';
import { useAsync } from './hooks/useAsync';
import { href, useRoute } from './router';
import { TemplatesProvider } from './templates';
import { ClientListPage } from './pages/ClientListPage';
import { StartupErrorPage } from './pages/StartupErrorPage';
import { ConnectionBanner } from './components/ConnectionBanner';
import { PAGES, preloadPages } from './pages/lazyPages';

const ClientDetailPage = PAGES.ClientDetailPage.Page;
const ApplicationPage = PAGES.ApplicationPage.Page;
const SettingsPage = PAGES.SettingsPage.Page;
const PortfolioPage = PAGES.PortfolioPage.Page;
const LokabenPage = PAGES.LokabenPage.Page;
const RoundsPage = PAGES.RoundsPage.Page;
const RoundPage = PAGES.RoundPage.Page;
const NewRoundPage = PAGES.NewRoundPage.Page;

export function App() {
  const info = useAsync(() => callPrefetched('getAppInfo', {}), []);
  const route = useRoute();
  useEffect(preloadPages, []);
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
          {info.data.backend === 'postgres' && (
            <span className="who" data-testid="signed-in" title={`${info.data.dbPath}（${info.data.user.login}）`}>
              商工会議所サーバー・{info.data.user.name}{info.data.user.manager ? '（管理者）' : ''}
            </span>
          )}
        </header>
        <ConnectionBanner />
        <main className="app-main">
          <Suspense fallback={<div className="loading">読み込み中…</div>}>
            {route.page === 'clients' && <ClientListPage />}
            {route.page === 'client' && <ClientDetailPage clientId={route.clientId} />}
            {route.page === 'lokaben' && <LokabenPage clientId={route.clientId} />}
            {route.page === 'application' && <ApplicationPage applicationId={route.applicationId} sectionId={route.sectionId} />}
            {route.page === 'settings' && <SettingsPage info={info.data} />}
            {route.page === 'portfolio' && <PortfolioPage />}
            {route.page === 'rounds' && <RoundsPage />}
            {route.page === 'round' && <RoundPage templateId={route.templateId} against={route.against} />}
            {route.page === 'newRound' && <NewRoundPage baseId={route.baseId} />}
          </Suspense>
        </main>
      </div>
    </TemplatesProvider>
  );
}
