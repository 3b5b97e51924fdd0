import { useEffect, useState } from 'react';
import { call, onConnection } from '../api/client';

const PROBE_MS = 5000;

/**
 * 「サーバーに接続できません」 across the top while the chamber's database does not answer. Typing
 * stays in the editors (their saves wait and retry); this checks every few seconds and goes away by
 * itself when the server is back.
 */
export function ConnectionBanner() {
  const [offline, setOffline] = useState(false);
  useEffect(() => onConnection((up) => setOffline(!up)), []);
  useEffect(() => {
    if (!offline) return;
    const t = setInterval(() => void call('listClients', { query: '', offset: 0, limit: 1 }).catch(() => undefined), PROBE_MS);
    return () => clearInterval(t);
  }, [offline]);
  if (!offline) return null;
  return (
    <div className="connection-banner" role="alert" data-testid="connection-banner">
      商工会議所のデータベースサーバーに接続できません。入力中の内容はこの画面に残っており、接続が戻ると自動で保存します（ウィンドウを閉じないでください）。
    </div>
  );
}
