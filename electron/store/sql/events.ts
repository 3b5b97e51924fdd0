import type { ChangeEvent } from './types';

/** Subscribers of one process; a throwing subscriber never stops the others. */
export function localEvents() {
  const subs = new Set<(e: ChangeEvent) => void>();
  return {
    emit(e: ChangeEvent): void {
      for (const fn of subs) {
        try {
          fn(e);
        } catch {
          /* a subscriber's failure is its own */
        }
      }
    },
    on(fn: (e: ChangeEvent) => void): () => void {
      subs.add(fn);
      return () => void subs.delete(fn);
    },
  };
}
