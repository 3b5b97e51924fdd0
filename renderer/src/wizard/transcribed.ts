import { useCallback, useState } from 'react';

/** The 入力済み ticks of the 転記シート, kept per application in this browser (localStorage). */
export function useTranscribed(applicationId: string): { done: ReadonlySet<string>; toggle: (key: string) => void; clear: () => void } {
  const storageKey = `banso.transcribed.${applicationId}`;
  const [done, setDone] = useState<ReadonlySet<string>>(() => {
    try {
      const raw = localStorage.getItem(storageKey);
      const keys: unknown = raw ? JSON.parse(raw) : [];
      return new Set(Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : []);
    } catch {
      return new Set();
    }
  });
  const store = useCallback(
    (next: Set<string>) => {
      setDone(next);
      try {
        localStorage.setItem(storageKey, JSON.stringify([...next]));
      } catch {
        /* storage full or disabled: the ticks live for this view only */
      }
    },
    [storageKey],
  );
  const toggle = useCallback(
    (key: string) => {
      const next = new Set(done);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      store(next);
    },
    [done, store],
  );
  const clear = useCallback(() => store(new Set()), [store]);
  return { done, toggle, clear };
}
