import { startTransition, useEffect, useState } from 'react';

/** Routes live in the URL fragment so a reload returns to the same screen. */
export type Route =
  | { page: 'clients' }
  | { page: 'client'; clientId: string }
  | { page: 'lokaben'; clientId: string }
  | { page: 'application'; applicationId: string; sectionId?: string }
  | { page: 'settings' }
  | { page: 'portfolio' }
  | { page: 'rounds' }
  | { page: 'round'; templateId: string; against?: string }
  | { page: 'newRound'; baseId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'clients' && parts[1] && parts[2] === 'lokaben') return { page: 'lokaben', clientId: parts[1] };
  if (parts[0] === 'clients' && parts[1]) return { page: 'client', clientId: parts[1] };
  if (parts[0] === 'applications' && parts[1]) return { page: 'application', applicationId: parts[1], sectionId: parts[2] };
  if (parts[0] === 'settings') return { page: 'settings' };
  if (parts[0] === 'portfolio') return { page: 'portfolio' };
  if (parts[0] === 'rounds' && parts[1] === 'new' && parts[2]) return { page: 'newRound', baseId: parts[2] };
  if (parts[0] === 'rounds' && parts[1]) return { page: 'round', templateId: parts[1], ...(parts[2] ? { against: parts[2] } : {}) };
  if (parts[0] === 'rounds') return { page: 'rounds' };
  return { page: 'clients' };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'clients':
      return '#/clients';
    case 'client':
      return `#/clients/${encodeURIComponent(route.clientId)}`;
    case 'lokaben':
      return `#/clients/${encodeURIComponent(route.clientId)}/lokaben`;
    case 'application':
      return `#/applications/${encodeURIComponent(route.applicationId)}${route.sectionId ? `/${encodeURIComponent(route.sectionId)}` : ''}`;
    case 'settings':
      return '#/settings';
    case 'portfolio':
      return '#/portfolio';
    case 'rounds':
      return '#/rounds';
    case 'round':
      return `#/rounds/${encodeURIComponent(route.templateId)}${route.against ? `/${encodeURIComponent(route.against)}` : ''}`;
    case 'newRound':
      return `#/rounds/new/${encodeURIComponent(route.baseId)}`;
  }
}

export function navigate(route: Route, replace = false): void {
  const h = href(route);
  if (replace) window.history.replaceState(null, '', h);
  else window.location.hash = h;
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    // A transition: while the next screen's code loads, the current one stays (no 読み込み中 flash, and
    // React reveals the new screen as soon as it is ready instead of holding a fallback for its minimum time).
    const on = () => startTransition(() => setRoute(parseRoute(window.location.hash)));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
