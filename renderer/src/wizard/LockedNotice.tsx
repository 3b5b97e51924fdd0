import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { Dialog } from '../components/Dialog';
import { STATUS_NAMES, type Application } from '../../../shared/schemas/application';

/**
 * A submitted application reads as it was submitted. 「提出後に修正する」 unlocks the text on purpose
 * (e.g. a correction the secretariat asked for), after keeping the submitted version.
 */
export function LockedNotice({ app, onUnlocked }: { app: Application; onUnlocked: (a: Application) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  async function unlock() {
    try {
      onUnlocked(await call('unlockSubmitted', { id: app.id, reason }));
      setOpen(false);
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <div className="notice info locked-notice" role="status">
      <strong>{STATUS_NAMES[app.status]}の申請です。</strong>本文・数値計画・経費は提出したときのまま読み取り専用になっています。
      <button type="button" onClick={() => setOpen(true)}>提出後に修正する</button>
      <Dialog title="提出後に修正する" open={open} onClose={() => setOpen(false)}>
        <p>提出した内容を「提出後の修正前」の版として残してから、編集できるようにします。修正した内容は提出済みのものとは別になります。</p>
        <label>
          修正の理由（任意）
          <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="例: 事務局から補正の依頼" />
        </label>
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="actions">
          <button type="button" onClick={() => setOpen(false)}>キャンセル</button>
          <button type="button" className="primary" onClick={() => void unlock()}>版を残して編集を再開する</button>
        </div>
      </Dialog>
    </div>
  );
}
