import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiCallError, call, settled } from '../api/client';
import type { ApplicationChange } from '../../../shared/api/chamberContract';

/** Parts another machine can change under an open editor (the pipeline and figures have their own views). */
const CONTENT = (part: string) => part === '*' || part === 'plan' || part === 'expenses' || part === 'title' || part.startsWith('section:');
const LONG_POLL_MS = 25_000;

export interface OtherChange extends ApplicationChange {
  part: string;
}

/**
 * Changes to the open application written elsewhere — another advisor on the chamber's server, or
 * another window — heard by a long poll the back end answers as soon as one is committed. Our own
 * saves (`own`) and revisions we already hold (`known`) are not news. One notice per part, latest wins.
 */
export function useOtherChanges(applicationId: string, known: number) {
  const [changes, setChanges] = useState<OtherChange[]>([]);
  const own = useRef(new Set<number>());
  const knownRef = useRef(known);
  knownRef.current = Math.max(knownRef.current, known);

  useEffect(() => {
    let stopped = false;
    let cursor = knownRef.current;
    void (async () => {
      while (!stopped) {
        try {
          const r = await call('waitForChanges', { applicationId, afterRevision: cursor, waitMs: LONG_POLL_MS });
          if (stopped) return;
          // A change heard while a call of ours is under way may be ours: decide once our answers are in.
          if (r.changes.length > 0) await settled();
          if (stopped) return;
          const news: OtherChange[] = [];
          for (const c of r.changes) {
            cursor = Math.max(cursor, c.revision);
            if (own.current.has(c.revision) || c.revision <= knownRef.current) continue;
            for (const part of c.parts.filter(CONTENT)) news.push({ ...c, part });
          }
          if (news.length > 0) setChanges((old) => [...old.filter((o) => !news.some((n) => n.part === o.part)), ...news]);
        } catch (e) {
          if (e instanceof ApiCallError && e.code === 'NOT_FOUND') return; // deleted: nothing more to hear
          await new Promise((res) => setTimeout(res, 5000)); // offline or a hiccup: listen again shortly
        }
      }
    })();
    return () => {
      stopped = true;
    };
  }, [applicationId]);

  /** Marks a revision as ours (a save this window made). */
  const ours = useCallback((revision: number) => void own.current.add(revision), []);
  /** This window now holds the application whole at `revision` (imported, restored): earlier changes are not news. */
  const hold = useCallback((revision: number) => void (knownRef.current = Math.max(knownRef.current, revision)), []);
  const dismiss = useCallback((part: string) => setChanges((old) => old.filter((c) => c.part !== part)), []);
  return { changes, ours, hold, dismiss };
}
