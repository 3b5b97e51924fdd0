import { useState } from 'react';
import type { SheetProblem } from '../../../shared/lokaben/excel';
import { ClientFinancials } from '../../../shared/lokaben/schema';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { downloadBase64, fileToBase64 } from '../files';

/**
 * 決算 figures from the chamber's Excel sheet (layout in shared/lokaben/excel.ts), with every unread
 * cell named. The file is read on the Node side (readKessanExcel), never here: a large or hostile
 * .xlsx cannot freeze the page.
 */
/** What readKessanExcel accepts (its base64 limit is 14,000,000 characters). */
const MAX_XLSX_BYTES = 10_000_000;

export function ExcelImport({ current, onImport }: { current: ClientFinancials; onImport: (f: ClientFinancials) => void }) {
  const [problems, setProblems] = useState<SheetProblem[]>([]);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();

  async function downloadTemplate() {
    try {
      const labels = current.periods.length ? current.periods.map((p) => p.label) : undefined;
      const f = await call('kessanExcelTemplate', labels ? { labels } : {});
      downloadBase64(f.fileName, f.mime, f.base64);
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  }

  async function read(file: File) {
    setMessage(undefined);
    setProblems([]);
    if (file.size > MAX_XLSX_BYTES) return setMessage({ kind: 'error', text: `${file.name} は大きすぎます（10 MBまで）。決算の表だけを残したファイルにしてください。` });
    try {
      const r = await call('readKessanExcel', { base64: await fileToBase64(file) });
      const parsed = ClientFinancials.safeParse({ periods: r.periods });
      if (!parsed.success) return setMessage({ kind: 'error', text: `読み込んだ数値に誤りがあります（${parsed.error.issues[0]?.message ?? ''}）。` });
      if (current.periods.length > 0 && !window.confirm('いま入力されている決算の数値を、Excelの内容で置き換えますか？')) return;
      onImport(parsed.data);
      setProblems(r.problems);
      setMessage({ kind: 'info', text: `${file.name} から ${r.periods.length} 期・${r.read} 個の数値を読み込みました。${r.problems.length ? `読めなかったセルが ${r.problems.length} 個あります（下の一覧）。` : ''}` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  }

  return (
    <div className="excel-import">
      <div className="actions-inline">
        <label className="button file-button">
          Excelから読み込む
          <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-label="Excelから読み込む" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void read(f); }} />
        </label>
        <button type="button" className="link" onClick={() => void downloadTemplate()}>入力用のExcel書式をダウンロード</button>
      </div>
      <p className="muted small">書式: 1行目のB列から右に決算期（古い順・5期まで）、A列に項目名（売上高・営業利益・総資産 など）、単位は千円（従業員数は人）。</p>
      {message && <p className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
      {problems.length > 0 && (
        <ul className="small problems" aria-label="読めなかったセル">
          {problems.map((p) => <li key={p.cell}><strong>{p.cell}</strong> {p.message}</li>)}
        </ul>
      )}
    </div>
  );
}
