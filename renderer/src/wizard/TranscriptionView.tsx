import { useMemo, useState } from 'react';
import type { Application } from '../../../shared/schemas/application';
import type { Client } from '../../../shared/schemas/client';
import type { Template } from '../../../shared/templates/template';
import type { CheckReport } from '../../../shared/checks/types';
import { transcriptionRows, type TranscriptionRow } from '../../../shared/export/transcription';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { saveExported } from '../files';
import { formatNumber } from '../format';
import { useTranscribed } from './transcribed';
import './transcription.css';

type Block = { kind: 'rows'; rows: TranscriptionRow[] } | { kind: 'table'; id: string; title: string; rows: TranscriptionRow[] };
type Group = { title: string; blocks: Block[] };

/** Rows grouped by the form's item, the cells of each table together. */
function groupRows(rows: TranscriptionRow[]): Group[] {
  const groups: Group[] = [];
  for (const r of rows) {
    let g = groups[groups.length - 1];
    if (!g || g.title !== r.group) groups.push((g = { title: r.group, blocks: [] }));
    const last = g.blocks[g.blocks.length - 1];
    if (r.table) {
      if (last?.kind === 'table' && last.id === r.table.id) last.rows.push(r);
      else g.blocks.push({ kind: 'table', id: r.table.id, title: r.table.title, rows: [r] });
    } else if (last?.kind === 'rows') last.rows.push(r);
    else g.blocks.push({ kind: 'rows', rows: [r] });
  }
  return groups;
}

/** A table's cells as rows × columns (in the order they came). */
function grid(rows: TranscriptionRow[]): { columns: string[]; lines: { row: string; cells: Map<string, TranscriptionRow> }[] } {
  const columns: string[] = [];
  const lines: { row: string; cells: Map<string, TranscriptionRow> }[] = [];
  for (const r of rows) {
    const t = r.table!;
    if (!columns.includes(t.column)) columns.push(t.column);
    let line = lines.find((l) => l.row === t.row);
    if (!line) lines.push((line = { row: t.row, cells: new Map() }));
    line.cells.set(t.column, r);
  }
  return { columns, lines };
}

const tsv = (cells: string[]) => cells.map((c) => c.replace(/[\t\n]/g, ' ')).join('\t');

/**
 * 転記シート: every box of the e-application in the form's order — the facts of the 事業者, every text and
 * choice, the number tables cell by cell — with a copy button per box, per table row and per table, and an
 * 入力済み tick per box to work down the list beside the e-application in the browser.
 */
export function TranscriptionView({ template, app, client, report, onEdit }: { template: Template; app: Application; client: Client; report: CheckReport; onEdit: (sectionId: string, fieldId: string) => void }) {
  const rows = useMemo(() => transcriptionRows(template, app, { client, report }), [template, app, client, report]);
  const groups = useMemo(() => groupRows(rows), [rows]);
  const { done, toggle, clear } = useTranscribed(app.id);
  const [copied, setCopied] = useState<string>();
  const [message, setMessage] = useState<string>();
  if (rows.length === 0) return <p className="empty">この様式には電子申請へ転記する欄がありません（紙の様式で提出します）。</p>;
  const copy = async (key: string, text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(key);
    setTimeout(() => setCopied((c) => (c === key ? undefined : c)), 1500);
  };
  const download = async (format: 'transcriptionCsv' | 'transcriptionPdf') => {
    try {
      setMessage(saveExported(await call('exportApplication', { id: app.id, format, snapshot: false })));
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };
  const count = rows.filter((r) => done.has(r.key)).length;
  const tick = (r: TranscriptionRow) => (
    <label className="t-tick"><input type="checkbox" checked={done.has(r.key)} onChange={() => toggle(r.key)} aria-label={`${r.label}を入力済みにする`} />入力済み</label>
  );
  const copyButton = (r: TranscriptionRow, label = 'コピー') => (
    <button type="button" onClick={() => void copy(r.key, r.text)} disabled={!r.text} aria-label={`${r.label}をコピー`}>{copied === r.key ? 'コピーしました' : label}</button>
  );
  return (
    <div className="transcription">
      <div className="t-head">
        <span className="t-progress" data-testid="transcribed-count">入力済み {count} / {rows.length}</span>
        <button type="button" onClick={() => void download('transcriptionCsv')}>CSV で保存</button>
        <button type="button" onClick={() => void download('transcriptionPdf')}>PDF で保存</button>
        {count > 0 && <button type="button" onClick={clear}>チェックをすべて外す</button>}
      </div>
      <p className="muted">電子申請の画面の順に並んでいます。金額は円（数字のみ）でコピーされます。文字数は電子申請と同じ数え方（改行を含む）です。</p>
      {message && <p className="notice info" role="status">{message}</p>}
      {groups.map((g, gi) => (
        <section key={`${g.title}-${gi}`} aria-label={g.title}>
          <h3 className="t-group">{g.title}</h3>
          {g.blocks.map((b, bi) =>
            b.kind === 'rows' ? (
              <table key={bi} className="list">
                <thead>
                  <tr><th className="num">No.</th><th>欄</th><th>入力する内容</th><th className="num">文字数</th><th /><th /></tr>
                </thead>
                <tbody>
                  {b.rows.map((r) => (
                    <tr key={r.key} className={`${r.over ? 'over' : ''}${done.has(r.key) ? ' t-done' : ''}`}>
                      <td className="num">{r.no}</td>
                      <td>{r.fieldId ? <button type="button" className="link" onClick={() => onEdit(r.sectionId, r.fieldId!)}>{r.label}</button> : <>{r.label}<div className="muted small">事業者情報・数値計画から</div></>}</td>
                      <td className="prewrap transcribe-text">{r.shown ? `${r.shown}${r.unit && r.unit !== '年' ? ` ${r.unit}` : ''}` : <span className="muted">（未記入）</span>}</td>
                      <td className={`num${r.over ? ' bad' : ''}`}>{r.maxChars !== null ? <>{formatNumber(r.chars)} / {formatNumber(r.maxChars)}</> : r.unit ? '' : formatNumber(r.chars)}{r.over && <div className="small">超過</div>}</td>
                      <td>{copyButton(r)}</td>
                      <td>{tick(r)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <TableBlock key={bi} title={b.title} rows={b.rows} done={done} toggle={toggle} copied={copied} copy={copy} />
            ),
          )}
        </section>
      ))}
    </div>
  );
}

function TableBlock({ title, rows, done, toggle, copied, copy }: { title: string; rows: TranscriptionRow[]; done: ReadonlySet<string>; toggle: (k: string) => void; copied: string | undefined; copy: (key: string, text: string) => Promise<void> }) {
  const g = grid(rows);
  const unit = rows.find((r) => r.unit)?.unit;
  const whole = [tsv(['', ...g.columns]), ...g.lines.map((l) => tsv([l.row, ...g.columns.map((c) => l.cells.get(c)?.text ?? '')]))].join('\n');
  const key = `table:${rows[0]?.table?.id ?? title}`;
  return (
    <div className="t-table">
      <div className="t-table-head">
        <strong>{title}</strong>{unit && <span className="muted small">（単位：{unit}）</span>}
        <button type="button" onClick={() => void copy(key, whole)} aria-label={`${title}の表をコピー`}>{copied === key ? 'コピーしました' : '表をコピー'}</button>
      </div>
      <div className="table-scroll">
        <table className="t-grid">
          <thead>
            <tr><th />{g.columns.map((c) => <th key={c}>{c}</th>)}<th /></tr>
          </thead>
          <tbody>
            {g.lines.map((l) => {
              const rowKey = `row:${rows[0]?.table?.id}:${l.row}`;
              return (
                <tr key={l.row}>
                  <th scope="row">{l.row}</th>
                  {g.columns.map((c) => {
                    const r = l.cells.get(c);
                    if (!r) return <td key={c} />;
                    const text = r.unit === '' || /\n/.test(r.shown) || r.shown.length > 16;
                    return (
                      <td key={c} className={`t-cell${text ? ' t-text' : ''}${done.has(r.key) ? ' t-done' : ''}`}>
                        {r.shown || <span className="muted">—</span>}
                        <button type="button" onClick={() => void copy(r.key, r.text)} disabled={!r.text} aria-label={`${r.label}をコピー`} title="コピー">{copied === r.key ? '済' : '写'}</button>
                        <input type="checkbox" checked={done.has(r.key)} onChange={() => toggle(r.key)} aria-label={`${r.label}を入力済みにする`} />
                      </td>
                    );
                  })}
                  <td><button type="button" onClick={() => void copy(rowKey, tsv(g.columns.map((c) => l.cells.get(c)?.text ?? '')))} aria-label={`${title} ${l.row}の行をコピー`}>{copied === rowKey ? 'コピーしました' : '行をコピー'}</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
