import { lazyPage, preloadWhenIdle } from '../lazyPage';

/**
 * Every screen but the client list is its own chunk: the first paint evaluates only what the client
 * list needs. A second after start they are loaded ahead while the window is idle, the likeliest next
 * screens first — so opening one does not wait for its code (in browser mode the code comes from the
 * back end's process, which may be busy answering a long call).
 */
export const PAGES = {
  ApplicationPage: lazyPage(() => import('./ApplicationPage').then((m) => m.ApplicationPage)),
  ClientDetailPage: lazyPage(() => import('./ClientDetailPage').then((m) => m.ClientDetailPage)),
  PortfolioPage: lazyPage(() => import('../portfolio/PortfolioPage').then((m) => m.PortfolioPage)),
  RoundsPage: lazyPage(() => import('../rounds/RoundsPage').then((m) => m.RoundsPage)),
  RoundPage: lazyPage(() => import('../rounds/RoundPage').then((m) => m.RoundPage)),
  NewRoundPage: lazyPage(() => import('../rounds/NewRoundPage').then((m) => m.NewRoundPage)),
  LokabenPage: lazyPage(() => import('../lokaben/LokabenPage').then((m) => m.LokabenPage)),
  SettingsPage: lazyPage(() => import('./SettingsPage').then((m) => m.SettingsPage)),
};

export const preloadPages = () => preloadWhenIdle(Object.values(PAGES), 1000);
