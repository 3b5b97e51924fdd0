import { isAllowedExternalUrl } from '../../shared/externalLinks';

type OpenExternal = (url: string) => Promise<void>;
type Log = (msg: string) => void;

/** Opens `url` in the user's browser if it is an official site (shared/externalLinks.ts); true if so. */
export function openIfOfficial(url: unknown, openExternal: OpenExternal, log: Log = console.error): boolean {
  if (typeof url !== 'string' || !isAllowedExternalUrl(url)) {
    log(`[banso] refused to open a link outside the official sites: ${String(url).slice(0, 200)}`);
    return false;
  }
  openExternal(url).catch((e: unknown) => log(`[banso] could not open ${url}: ${e instanceof Error ? e.message : String(e)}`));
  return true;
}

/**
 * The handler for `webContents.setWindowOpenHandler`: never opens a window inside the app; a link to
 * an official site opens in the user's browser, anything else is dropped. `openExternal` is Electron's
 * `shell.openExternal`, passed in so this runs under plain Node in tests.
 */
export function createWindowOpenHandler(openExternal: OpenExternal, log?: Log) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    openIfOfficial(url, openExternal, log);
    return { action: 'deny' };
  };
}

/**
 * The listener for `will-navigate`: the app never leaves its own page (the renderer routes by URL
 * fragment, which does not navigate); a plain link to an official site opens in the user's browser.
 */
export function createNavigationGuard(openExternal: OpenExternal, log?: Log) {
  return (event: { preventDefault(): void; url?: string }, url?: string): void => {
    event.preventDefault();
    const target = url ?? event.url;
    if (target !== undefined) openIfOfficial(target, openExternal, log);
  };
}
