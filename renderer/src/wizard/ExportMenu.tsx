import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { saveExported } from '../files';
import { PackageImport } from './PackageImport';
import type { ExportFormat } from '../../../shared/api/contract';
import type { Application } from '../../../shared/schemas/application';
import { Dialog } from '../components/Dialog';
import { ReviewFiles } from '../review/ReviewImport';

const CHOICES: { format: ExportFormat; label: string; note: string }[] = [
  { format: 'package', label: '申請パッケージ（.zip）', note: 'Word・PDF・転記シート・チェック結果・申請データをまとめて' },
  { format: 'docx', label: 'Word（.docx）', note: '様式に沿ったレイアウト。事業者・県の担当者がそのまま開けます' },
  { format: 'pdf', label: 'PDF', note: '印刷・提出用' },
  { format: 'transcriptionPdf', label: '転記シート（PDF）', note: '電子申請の欄ごとの文章と文字数' },
  { format: 'transcriptionCsv', label: '転記シート（CSV・Excel用）', note: '' },
  { format: 'checkReportPdf', label: 'チェック結果（PDF）', note: '審査項目の充足状況と指摘事項' },
];

/** 書き出し: every export of the application, and 読み込み of a package into it. */
export function ExportMenu({ app, beforeExport, onImported }: { app: Application; beforeExport: () => Promise<void>; onImported: (a: Application) => void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string>();
  const [seireki, setSeireki] = useState(false);
  const [lokaben, setLokaben] = useState(false);
  const [bodyFont, setBodyFont] = useState<'mincho' | 'gothic'>(() => (localStorage.getItem('banso.export.bodyFont') === 'gothic' ? 'gothic' : 'mincho'));
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();

  async function run(format: ExportFormat) {
    setBusy(format);
    setMessage(undefined);
    try {
      await beforeExport();
      const f = await call('exportApplication', { id: app.id, format, dateStyle: seireki ? 'seireki' : 'wareki', attachLokaben: lokaben, bodyFont });
      setMessage({ kind: 'info', text: saveExported(f) });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>書き出し・読み込み</button>
      <Dialog title="書き出し・読み込み" open={open} onClose={() => setOpen(false)}>
        <ul className="export-list">
          {CHOICES.map((c) => (
            <li key={c.format}>
              <button type="button" onClick={() => void run(c.format)} disabled={busy !== undefined}>
                {busy === c.format ? '作成中…' : c.label}
              </button>
              <span className="muted small">{c.note}</span>
            </li>
          ))}
        </ul>
        <fieldset className="inline small">
          <legend>本文の書体（Word・PDF）</legend>
          {(['mincho', 'gothic'] as const).map((f) => (
            <label key={f} className="inline">
              <input type="radio" name="bodyFont" checked={bodyFont === f} onChange={() => { setBodyFont(f); localStorage.setItem('banso.export.bodyFont', f); }} />
              {f === 'mincho' ? '明朝（公式様式・記載例と同じ）' : 'ゴシック'}
            </label>
          ))}
        </fieldset>
        <label className="inline small"><input type="checkbox" checked={seireki} onChange={(e) => setSeireki(e.target.checked)} />日付を西暦で書く（通常は和暦）</label>
        <label className="inline small"><input type="checkbox" checked={lokaben} onChange={(e) => setLokaben(e.target.checked)} />ローカルベンチマーク（財務指標とレーダーチャート）を別紙として添付</label>
        <p className="muted small">エラーが残っている申請も書き出せます（「下書き」の透かしが入ります）。</p>
        {message && <p className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
        <PackageImport app={app} beforeImport={beforeExport} onImported={onImported} />
        <ReviewFiles app={app} beforeExport={beforeExport} onImported={onImported} />
        <div className="actions"><button type="button" onClick={() => setOpen(false)}>閉じる</button></div>
      </Dialog>
    </>
  );
}
