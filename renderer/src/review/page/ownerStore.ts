/**
 * The owner's work in the review page, kept in the browser (localStorage, keyed by the review file's
 * id) so a reload or a closed tab loses nothing. Where the browser refuses storage (some file://
 * settings, private windows) it lives in the page only, and the page says so.
 */
import type { OwnerState } from '../../../../shared/review/replyBuild';

export interface OwnerStore {
  state: OwnerState;
  /** false: nothing survives closing the page. */
  persistent: boolean;
  save(): void;
}

const empty = (): OwnerState => ({ reviewer: '', comments: [], approvals: [] });

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = 'banso.review.probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

function restore(raw: string | null): OwnerState {
  if (!raw) return empty();
  try {
    const v = JSON.parse(raw) as Partial<OwnerState>;
    return { reviewer: typeof v.reviewer === 'string' ? v.reviewer : '', comments: Array.isArray(v.comments) ? v.comments : [], approvals: Array.isArray(v.approvals) ? v.approvals : [] };
  } catch {
    return empty();
  }
}

export function openStore(reviewId: string): OwnerStore {
  const s = storage();
  const key = `banso.review.${reviewId}`;
  const store: OwnerStore = {
    state: restore(s ? s.getItem(key) : null),
    persistent: s !== null,
    save() {
      if (!s) return;
      try {
        s.setItem(key, JSON.stringify(store.state));
      } catch {
        store.persistent = false; // full or refused: keep going in the page
      }
    },
  };
  return store;
}
