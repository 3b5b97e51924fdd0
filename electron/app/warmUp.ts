import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers';

/**
 * The dashboards' first look after start reads every application and computes every 採択後 report
 * (seconds at a chamber's 50,000): done here before anyone asks, in slices that let other requests
 * run in between (electron/store/portfolioView.ts, electron/api/aftercareHandlers.ts).
 */
export async function warmUpDashboards(handlers: Handlers, log: (msg: string) => void, method: 'getPortfolio' | 'getAftercareOverview'): Promise<void> {
  const r = await dispatch(handlers, method, {}, log);
  if (!r.ok) log(`[banso] ${method} warm-up: ${r.error.message}`);
}
