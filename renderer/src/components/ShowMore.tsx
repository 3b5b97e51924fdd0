import { useState } from 'react';

/**
 * How many of a server-paged list to ask for: `page` more at a time, back to the first page when the
 * list's filter (`key`) changes.
 */
export function usePageLimit(key: string, page: number): [number, () => void] {
  const [shown, setShown] = useState({ key, limit: page });
  const limit = shown.key === key ? shown.limit : page;
  return [limit, () => setShown({ key, limit: limit + page })];
}

/** 「さらに表示（残り N 件）」 under a list that shows `shown` of `count`. */
export function ShowMore({ count, shown, busy, onMore }: { count: number; shown: number; busy: boolean; onMore: () => void }) {
  if (count <= shown) return null;
  return (
    <button type="button" className="show-more" disabled={busy} onClick={onMore}>
      さらに表示（残り {(count - shown).toLocaleString('ja-JP')} 件）
    </button>
  );
}
