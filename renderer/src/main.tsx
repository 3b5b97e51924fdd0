import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The bundled Noto Sans JP, in unicode-range subsets: loaded only for characters no system Japanese
// font ahead of it in --font-ui (styles.css) can draw — on a machine without one.
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import './styles.css';
import { z } from 'zod';
import { initTransport } from './api/client';
import { prefetch } from './api/prefetch';
import { parseRoute } from './router';
import { clientListInput } from './pages/clientListQuery';
import { App } from './App';

z.config(z.locales.ja());
initTransport();
// The start-up calls, all at once (the screens take them as they mount).
prefetch('getAppInfo', {});
prefetch('listTemplateSummaries', {});
if (parseRoute(window.location.hash).page === 'clients') prefetch('listClients', clientListInput(''));
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
