import { useState } from 'react';
import type { BenchmarkVersionSummary, LokabenBenchmarksPreview } from '../../../shared/api/lokabenContract';
import { isoDay, officialSourceText } from '../../../shared/lokaben/officialBenchmark';
import { call } from '../api/client';
import { errorMessage, useAsync } from '../hooks/useAsync';
import { fileToBase64 } from '../files';
import './benchmarks.css';

/**
 * 業種基準値 of METI's ローカルベンチマーク・ツール for the data folder (every client): pick the tool's
 * Excel → see what was read (業種 × 規模, the file's dates) and what it would change → 読み込む. The file
 * is read on the Node side. The table in use is named; an earlier one can be restored, or the
 * placeholder values (仮の基準値) used again.
 */
const MAX_BYTES = 20_000_000; // what previewLokabenBenchmarks accepts (base64 28,000,000 characters)

const who = (day: string | null, name: string | null) => [day, name ? `（${name}）` : ''].join('') || '—';

function VersionLine({ v }: { v: BenchmarkVersionSummary }) {
  if (!v.source) return <>仮の基準値に戻しました（{isoDay(v.createdAt) ?? v.createdAt}）</>;
  return <>{officialSourceText(v.source)}{v.action === 'restore' ? '（履歴から戻したもの）' : ''}</>;
}

export function BenchmarkImport({ onChanged, showCurrent = true }: { onChanged?: () => void; /** Name the table in use (the ロカベン page names it in its own summary line). */ showCurrent?: boolean }) {
  const state = useAsync(() => call('getLokabenBenchmarks', {}), []);
  const [pending, setPending] = useState<{ fileName: string; base64: string; preview: LokabenBenchmarksPreview }>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();

  async function run(fn: () => Promise<string>) {
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage({ kind: 'info', text: await fn() });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
      state.reload();
    } finally {
      setBusy(false);
    }
  }

  const pick = (file: File) =>
    run(async () => {
      setPending(undefined);
      if (file.size > MAX_BYTES) throw new Error(`${file.name} は大きすぎます（20 MBまで）。`);
      const base64 = await fileToBase64(file);
      const preview = await call('previewLokabenBenchmarks', { fileName: file.name, base64 });
      setPending({ fileName: file.name, base64, preview });
      return `${file.name} を読み取りました。内容を確かめて「読み込む」を押してください。`;
    });

  const load = () =>
    run(async () => {
      if (!pending) return '';
      await call('importLokabenBenchmarks', { fileName: pending.fileName, base64: pending.base64, baseRevision: pending.preview.revision });
      setPending(undefined);
      state.reload();
      onChanged?.();
      return `業種基準値を読み込みました（${pending.fileName}）。すべての事業者の評点がこの基準値で付けられます。`;
    });

  const restore = (revision: number) =>
    run(async () => {
      await call('restoreLokabenBenchmarks', { revision, baseRevision: state.data?.revision ?? 0 });
      state.reload();
      onChanged?.();
      return '選んだ業種基準値に戻しました。';
    });

  const clear = () =>
    run(async () => {
      if (!window.confirm('読み込んだ業種基準値を使うのをやめて、仮の基準値に戻しますか？（読み込んだ基準値は履歴に残り、あとで戻せます）')) return '';
      await call('clearLokabenBenchmarks', { baseRevision: state.data?.revision ?? 0 });
      state.reload();
      onChanged?.();
      return '仮の基準値に戻しました。';
    });

  const s = state.data;
  const p = pending?.preview;
  const earlier = (s?.history ?? []).filter((v) => v.source);
  return (
    <div className="benchmark-import">
      {showCurrent && (
        <p className="small" data-testid="benchmark-current">
          使用中の業種基準値：
          {s?.current?.source ? officialSourceText(s.current.source) : '仮の基準値（全業種共通・公式の値ではありません）'}
        </p>
      )}
      <div className="actions-inline">
        <label className="button file-button">
          業種基準値を読み込む（ローカルベンチマーク・ツールのExcel）
          <input
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
            aria-label="業種基準値を読み込む（ローカルベンチマーク・ツールのExcel）"
            disabled={busy}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void pick(f);
            }}
          />
        </label>
      </div>
      <p className="muted small">経済産業省のローカルベンチマーク・ツール（Excel）をそのまま選んでください。「業種平均」シートの27業種 × 中規模・小規模の基準値を読み取ります。読み込んだ基準値はすべての事業者に使われます。</p>
      {message?.text && (
        <p className={`notice ${message.kind} small`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {pending && p && (
        <section className="benchmark-preview card" aria-label="読み込む業種基準値の確認">
          <h3>読み込む内容</h3>
          <dl className="facts">
            <dt>ファイル</dt>
            <dd>{p.source.fileName}（シート「{p.source.sheetName}」）</dd>
            <dt>内容</dt>
            <dd data-testid="benchmark-preview-size">
              {p.industries}業種 × {p.industries > 0 ? p.rows / p.industries : 0}規模（中規模事業者・小規模事業者）　{p.rows}行・{p.values.toLocaleString('ja-JP')}個の数値
            </dd>
            <dt>最終更新</dt>
            <dd>{who(isoDay(p.source.modified), p.source.lastModifiedBy)}</dd>
            <dt>作成</dt>
            <dd>{who(isoDay(p.source.created), p.source.creator)}</dd>
          </dl>
          {p.changes ? (
            <p className="notice warn small">
              いま使っている基準値（{officialSourceText(p.changes.current)}）を置き換えます。
              {p.changes.changedValues === 0 ? '数値はすべて同じです。' : `${p.changes.changedRows.length}行・${p.changes.changedValues.toLocaleString('ja-JP')}個の数値が変わります（${p.changes.changedRows.slice(0, 4).join('、')}${p.changes.changedRows.length > 4 ? ' など' : ''}）。`}
              前の基準値は履歴に残り、戻せます。
            </p>
          ) : (
            <p className="small">読み込むと、すべての事業者の評点がこの基準値で付けられ、「仮の基準値」の表示がなくなります。</p>
          )}
          <div className="actions-inline">
            <button type="button" className="primary" disabled={busy} onClick={() => void load()}>
              読み込む
            </button>
            <button type="button" disabled={busy} onClick={() => setPending(undefined)}>
              やめる
            </button>
          </div>
        </section>
      )}
      {s && (earlier.length > 0 || s.current) && (
        <details className="benchmark-history small">
          <summary>以前の業種基準値・仮の基準値に戻す</summary>
          <ul className="plain">
            {earlier.map((v) => (
              <li key={v.revision}>
                <VersionLine v={v} />{' '}
                <button type="button" className="link" disabled={busy} onClick={() => void restore(v.revision)}>
                  この基準値に戻す
                </button>
              </li>
            ))}
            {s.current && (
              <li>
                <button type="button" className="link" disabled={busy} onClick={() => void clear()}>
                  読み込んだ基準値を使わず、仮の基準値に戻す
                </button>
              </li>
            )}
          </ul>
        </details>
      )}
      {state.error && <p className="notice error small">{state.error}</p>}
    </div>
  );
}
