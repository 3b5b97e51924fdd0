import type { SaveStatus } from '../hooks/useAutosave';

export const SAVE_LABELS: Record<SaveStatus, string> = { saved: '保存済み', pending: '保存中…', saving: '保存中…', error: '保存できません', conflict: '別の画面と競合', offline: 'サーバーに接続できません（入力は保持しています）' };

/** The always-visible 保存済み / 保存中 status of the wizard. */
export function SaveIndicator({ status, error, onRetry }: { status: SaveStatus; error?: string; onRetry: () => void }) {
  return (
    <div className={`save-indicator save-${status}`} role="status" aria-live="polite" data-testid="save-status" title={error}>
      <span className="dot" aria-hidden="true" />
      {SAVE_LABELS[status]}
      {status === 'offline' && <span className="save-error">接続が戻ると自動で保存します</span>}
      {status === 'error' && (
        <>
          <span className="save-error">{error}</span>
          <button type="button" onClick={onRetry}>再試行</button>
        </>
      )}
    </div>
  );
}
