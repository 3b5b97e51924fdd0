import { lazy, useState, type ComponentType } from 'react';

export interface LazyPage<P extends object> {
  Page: ComponentType<P>;
  /** Loads the screen's code now (the window is idle): opening it later neither waits nor suspends. */
  preload: () => Promise<void>;
}

/**
 * A screen whose code is its own chunk, loaded on first use — or ahead of it by `preload`, after which
 * it renders at once (no Suspense fallback, no wait for the server in browser mode).
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const get = () => {
    pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = undefined; // a chunk that failed to load is asked for again next time
        throw e;
      },
    );
    return pending;
  };
  const Suspending = lazy(() => get().then((c) => ({ default: c })));
  function Page(props: P) {
    // Chosen once per mount, so a screen that suspended is not remounted when its code arrives.
    const [C] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return <C {...props} />;
  }
  return { Page, preload: () => get().then(() => undefined) };
}

/**
 * Loads screens one at a time while the window is idle, starting `afterMs` after it is called (the first
 * screen has painted by then). Returns a function that stops it.
 */
export function preloadWhenIdle(pages: readonly { preload: () => Promise<void> }[], afterMs: number): () => void {
  let stopped = false;
  const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 5000 }) : setTimeout(fn, 50));
  const next = (i: number) => {
    const p = pages[i];
    if (stopped || !p) return;
    idle(() => void p.preload().catch(() => undefined).then(() => next(i + 1)));
  };
  const timer = setTimeout(() => next(0), afterMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
