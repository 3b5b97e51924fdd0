import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './useAsync';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

type SaveFn = (baseRevision: number) => Promise<{ revision: number }>;

/**
 * Debounced autosave. Each key (a section, the plan, the expenses) keeps only its latest pending
 * save; saves run one at a time in order, each based on the revision the previous one returned, so
 * a stale window can never overwrite a newer save silently (the store answers CONFLICT).
 */
export function useAutosave(initialRevision: number, delayMs = 600) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string>();
  const revision = useRef(initialRevision);
  const pending = useRef(new Map<string, SaveFn>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const running = useRef<Promise<boolean> | undefined>(undefined);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    if (pending.current.size === 0) return;
    const batch = [...pending.current.entries()];
    pending.current.clear();
    setStatus('saving');
    running.current = (async () => {
      let done = 0;
      try {
        for (const [, save] of batch) {
          revision.current = (await save(revision.current)).revision;
          done++;
        }
        setError(undefined);
        setStatus(pending.current.size > 0 ? 'pending' : 'saved');
        return true;
      } catch (e) {
        // Keep what did not save (unless newer edits replaced it) so 再試行 loses nothing.
        for (const [key, save] of batch.slice(done)) if (!pending.current.has(key)) pending.current.set(key, save);
        setError(errorMessage(e));
        setStatus('error');
        return false;
      }
    })();
    const ok = await running.current;
    running.current = undefined;
    if (ok && pending.current.size > 0) timer.current = setTimeout(() => void flush(), delayMs);
  }, [delayMs]);

  const schedule = useCallback(
    (key: string, save: SaveFn) => {
      pending.current.set(key, save);
      setStatus((s) => (s === 'saving' ? s : 'pending'));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  // Save what is pending when leaving the screen or closing the window.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (pending.current.size > 0) {
        void flush();
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      void flush();
    };
  }, [flush]);

  return { status, error, schedule, flush, revision };
}
