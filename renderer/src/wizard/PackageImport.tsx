import { useRef, useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { fileToBase64 } from '../files';
import type { Application } from '../../../shared/schemas/application';
import type { PackagePreview } from '../../../shared/api/contract';
import { formatDateTime } from '../format';

/**
 * 申請パッケージを読み込む: first shows what would change (sections, figures, expenses) and whose
 * package it is; another client's package needs an explicit tick. A 「読み込み前」 version is always
 * kept, and 元に戻す restores it.
 */
export function PackageImport({ app, beforeImport, onImported }: { app: Application; beforeImport: () => Promise<void>; onImported: (a: Application) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ name: string; base64: string; preview: PackagePreview }>();
  const [otherClientOk, setOtherClientOk] = useState(false);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<{ versionId: string; revision: number }>();
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();

  const guard = async (fn: () => Promise<void>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await fn();
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const pick = (file: File) =>
    guard(async () => {
      await beforeImport();
      const base64 = await fileToBase64(file);
      setOtherClientOk(false);
      setUndo(undefined);
      setPending({ name: file.name, base64, preview: await call('previewPackageImport', { base64, intoApplicationId: app.id }) });
      if (input.current) input.current.value = '';
    });

  const confirm = () =>
    guard(async () => {
      if (!pending?.preview.target) return;
      const r = await call('importPackage', { base64: pending.base64, intoApplicationId: app.id, baseRevision: pending.preview.target.revision, confirmOtherClient: otherClientOk });
      onImported(r.application);
      setPending(undefined);
      if (r.undoVersionId) setUndo({ versionId: r.undoVersionId, revision: r.application.revision });
      setMessage({ kind: 'info', text: `${pending.name} を読み込みました。読み込み前の内容は「読み込み前」の版として残っています。` });
    });

  const revert = () =>
    guard(async () => {
      if (!undo) return;
      onImported(await call('restoreVersion', { id: undo.versionId, baseRevision: undo.revision }));
      setUndo(undefined);
      setMessage({ kind: 'info', text: '読み込む前の内容に戻しました。' });
    });

  const p = pending?.preview;
  return (
    <div className="package-import">
      <h3>申請パッケージを読み込む</h3>
      <p className="muted small">同じ制度・公募回のパッケージの内容で、この申請の本文・数値計画・経費を置き換えます。置き換える前に変わる箇所を確認できます。</p>
      <input ref={input} type="file" accept=".zip,application/zip" aria-label="申請パッケージを選ぶ" disabled={busy} onChange={(e) => { const f = e.target.files?.[0]; if (f) void pick(f); }} />
      {p && (
        <div className="import-preview" role="region" aria-label="読み込みの確認">
          <p>
            <strong>{p.packageClient.name}</strong>「{p.packageTitle}」（{p.templateName}・{formatDateTime(p.exportedAt)} 更新）で、この申請「{p.target?.title}」を置き換えます。
          </p>
          {p.otherClient && (
            <div className="notice error" role="alert">
              このパッケージは<strong>別の事業者（{p.packageClient.name}）</strong>のものです。読み込むと、{p.target?.clientName} の申請の本文が {p.packageClient.name} の内容になります。
              <label className="inline"><input type="checkbox" checked={otherClientOk} onChange={(e) => setOtherClientOk(e.target.checked)} />別の事業者の内容で置き換えることを確認しました</label>
            </div>
          )}
          {p.changes.length === 0 ? (
            <p className="muted">今の内容と違いはありません。</p>
          ) : (
            <table className="list changes">
              <caption>変わる箇所（{p.changes.length} か所）</caption>
              <tbody>{p.changes.map((c, i) => <tr key={i}><th scope="row">{c.label}</th><td>{c.detail}</td></tr>)}</tbody>
            </table>
          )}
          <div className="actions">
            <button type="button" onClick={() => setPending(undefined)}>やめる</button>
            <button type="button" className="primary" disabled={busy || (p.otherClient && !otherClientOk)} onClick={() => void confirm()}>置き換えて読み込む</button>
          </div>
        </div>
      )}
      {message && (
        <p className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
          {undo && <button type="button" onClick={() => void revert()} disabled={busy}>元に戻す</button>}
        </p>
      )}
    </div>
  );
}
