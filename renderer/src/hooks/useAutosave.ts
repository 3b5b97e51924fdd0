import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiCallError } from '../api/client';
import { errorMessage } from './useAsync';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict' | 'offline';

/** While the chamber's server cannot be reached, pending saves are tried again this often. */
const OFFLINE_RETRY_MS = 3000;

/** One save of one part, based on the revision of that part the edit started from. */
type SaveFn = (baseRevision: number) => Promise<{ revision: number }>;

/**
 * Debounced autosave with a revision guard per part. Each key (a section, the plan, the expenses …)
 * keeps only its latest pending save and the revision its next save is based on; saves run one at a
 * time. A save another window made stale is refused by the Node side (CONFLICT): the typed value stays
 * pending and the key is listed in `conflicts` until the user chooses to keep theirs or take the
 * stored one (`resolve`) — nothing typed is dropped and nothing stored is overwritten silently.
 * When the chamber's server cannot be reached (OFFLINE), what is typed stays pending and is saved by
 * itself once the server answers again; nothing counts as saved before the server has committed it.
 */
export function useAutosave(initialRevision: (key: string) => number, delayMs = 600) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string>();
  const [conflicts, setConflicts] = useState<string[]>([]);
  const fallback = useRef(initialRevision);
  const revisions = useRef(new Map<string, number>());
  const conflicted = useRef(new Set<string>());
  const pending = useRef(new Map<string, SaveFn>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const running = useRef<Promise<'ok' | 'offline' | 'failed'> | undefined>(undefined);

  const baseOf = (key: string) => revisions.current.get(key) ?? fallback.current(key);
  const showConflicts = () => setConflicts([...conflicted.current]);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const batch = [...pending.current.entries()].filter(([key]) => !conflicted.current.has(key));
    if (batch.length === 0) return;
    for (const [key] of batch) pending.current.delete(key);
    setStatus('saving');
    running.current = (async () => {
      let failed: string | undefined;
      let offline = false;
      for (const [key, save] of batch) {
        if (failed !== undefined) {
          if (!pending.current.has(key)) pending.current.set(key, save);
          continue;
        }
        try {
          revisions.current.set(key, (await save(baseOf(key))).revision);
        } catch (e) {
          // Keep what did not save (unless newer edits replaced it) so nothing typed is lost.
          if (!pending.current.has(key)) pending.current.set(key, save);
          if (e instanceof ApiCallError && e.code === 'CONFLICT') {
            conflicted.current.add(key);
            showConflicts();
          } else {
            failed = errorMessage(e);
            offline = e instanceof ApiCallError && e.code === 'OFFLINE';
          }
        }
      }
      setError(failed);
      setStatus(offline ? 'offline' : failed !== undefined ? 'error' : conflicted.current.size > 0 ? 'conflict' : pending.current.size > 0 ? 'pending' : 'saved');
      return failed === undefined ? 'ok' : offline ? 'offline' : 'failed';
    })();
    const outcome = await running.current;
    running.current = undefined;
    const waiting = [...pending.current.keys()].some((k) => !conflicted.current.has(k));
    if (outcome === 'ok' && waiting) timer.current = setTimeout(() => void flush(), delayMs);
    if (outcome === 'offline') timer.current = setTimeout(() => void flush(), OFFLINE_RETRY_MS);
  }, [delayMs]);

  const schedule = useCallback(
    (key: string, save: SaveFn) => {
      pending.current.set(key, save);
      setStatus((s) => (s === 'saving' || s === 'conflict' ? s : 'pending'));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  /**
   * Settles a conflict of `key`: `storedRevision` is the part's revision now stored; keep mine saves
   * the pending value on top of it, take theirs drops the pending value (the caller shows theirs).
   */
  const resolve = useCallback(
    (key: string, storedRevision: number, keepMine: boolean) => {
      revisions.current.set(key, storedRevision);
      conflicted.current.delete(key);
      if (!keepMine) pending.current.delete(key);
      showConflicts();
      setStatus(conflicted.current.size > 0 ? 'conflict' : pending.current.size > 0 ? 'pending' : 'saved');
      if (keepMine) void flush();
    },
    [flush],
  );

  /** Another machine's save of `key` was taken over (nothing of ours pending): later saves build on it. */
  const rebase = useCallback((key: string, storedRevision: number) => {
    revisions.current.set(key, storedRevision);
  }, []);
  /** Whether something typed for `key` is not saved yet. */
  const isPending = useCallback((key: string) => pending.current.has(key), []);
  /** Shows the conflict of `key` now (another machine changed it while our typing was pending). */
  const markConflict = useCallback((key: string) => {
    conflicted.current.add(key);
    showConflicts();
    setStatus('conflict');
  }, []);

  /** After the whole record was replaced (an import, a restore): new bases, nothing stale pending. */
  const reset = useCallback((revisionOf: (key: string) => number) => {
    fallback.current = revisionOf;
    revisions.current.clear();
  }, []);

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

  return { status, error, conflicts, schedule, flush, resolve, reset, baseOf, rebase, isPending, markConflict };
}
export type Autosave = ReturnType<typeof useAutosave>;
