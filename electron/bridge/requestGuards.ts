import type http from 'node:http';

/** `decodeURIComponent` that answers undefined for a malformed `%` escape instead of throwing. */
export function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** The origins the bridge's own page can have: the loopback address or `localhost`, on our port. */
export function ownOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

/**
 * Whether an API request may come from where it says it comes from. A browser always sends Origin on
 * a POST, so a page of another site (or an opaque `null` origin) is refused even if it learned the
 * token. A request without Origin comes from a non-browser client (the tests, a script on this
 * machine): it is let through, since it still needs the token and could have forged any Origin.
 * Sec-Fetch-Site, where a browser sends it, must say `same-origin`.
 */
export function originAllowed(headers: http.IncomingHttpHeaders, own: ReadonlySet<string>): boolean {
  const origin = headers.origin;
  if (origin !== undefined && !own.has(origin)) return false;
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  return true;
}
