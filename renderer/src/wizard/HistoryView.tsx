import { useMemo, useState } from 'react';
import { call } from '../api/client';
import { errorMessage, useAsync } from '../hooks/useAsync';
import { diffApplications } from '../../../shared/review/diff';
import type { Application } from '../../../shared/schemas/application';
import type { Template } from '../../../shared/templates/template';
import { formatDateTime } from '../format';
import { SNAPSHOT_KIND_NAMES } from '../../../shared/schemas/snapshot';
import { SideBySide } from '../components/SideBySide';

const CURRENT = 'current';

/** Versions of the application: name one, compare any two side by side (character diff), restore one as a new version. */
export function HistoryView({ app, template, beforeChange, onRestored }: { app: Application; template: Template; beforeChange: () => Promise<void>; onRestored: (a: Application) => void }) {
  const versions = useAsync(() => call('listVersions', { applicationId: app.id }), [app.id, app.revision]);
  const [name, setName] = useState('');
  const [left, setLeft] = useState<string>();
  const [right, setRight] = useState<string>(CURRENT);
  const [message, setMessage] = useState<string>();
  const leftApp = useAsync(async () => (left && left !== CURRENT ? call('getVersion', { id: left }) : app), [left, app]);
  const rightApp = useAsync(async () => (right !== CURRENT ? call('getVersion', { id: right }) : app), [right, app]);
  const diff = useMemo(() => (leftApp.data && rightApp.data ? diffApplications(leftApp.data, rightApp.data) : undefined), [leftApp.data, rightApp.data]);
  const title = (sid: string) => template.sections.find((s) => s.id === sid)?.title ?? sid;
  const label = (sid: string, fid: string) => {
    const f = template.sections.find((s) => s.id === sid)?.fields.find((x) => x.id === fid);
    return f?.label ?? fid;
  };

  async function snapshot() {
    await beforeChange();
    await call('takeSnapshot', { applicationId: app.id, name });
    setName('');
    versions.reload();
  }
  async function restore(id: string) {
    if (!window.confirm('この版の内容に戻しますか？今の内容は「復元前」の版として残ります。')) return;
    try {
      await beforeChange();
      onRestored(await call('restoreVersion', { id, baseRevision: app.revision }));
      setMessage('復元しました。今の内容は「復元前」の版として残っています。');
      versions.reload();
    } catch (e) {
      setMessage(errorMessage(e));
    }
  }

  const options = [{ id: CURRENT, label: `現在の内容（第${app.revision}版）` }, ...(versions.data ?? []).map((v) => ({ id: v.id, label: `${formatDateTime(v.createdAt)} ${v.name}（第${v.revision}版）` }))];
  return (
    <div className="history">
      <div className="history-head">
        <input aria-label="版の名前" placeholder="版の名前（例: 指導員チェック前）" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="button" className="primary" onClick={() => void snapshot()}>今の内容を版として保存</button>
      </div>
      {message && <p className="notice info" role="status">{message}</p>}
      <table className="list versions">
        <thead><tr><th>日時</th><th>種類</th><th>名前</th><th>保存した人</th><th className="num">版</th><th /></tr></thead>
        <tbody>
          {(versions.data ?? []).map((v) => (
            <tr key={v.id}>
              <td>{formatDateTime(v.createdAt)}</td>
              <td>{SNAPSHOT_KIND_NAMES[v.kind]}</td>
              <td>{v.name}</td>
              <td>{v.createdBy ?? ''}</td>
              <td className="num">{v.revision}</td>
              <td className="actions-inline">
                <button type="button" onClick={() => { setLeft(v.id); setRight(CURRENT); }}>現在と比較</button>
                <button type="button" onClick={() => void restore(v.id)}>この版に戻す</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.data?.length === 0 && <p className="empty">まだ版はありません。書き出し・事業者確認・提出のたびに自動で残ります。</p>}
      <h2>比較</h2>
      <div className="compare-pick">
        <select aria-label="比較する版（左）" value={left ?? ''} onChange={(e) => setLeft(e.target.value || undefined)}>
          <option value="">（比較する版を選ぶ）</option>
          {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
        <span>→</span>
        <select aria-label="比較する版（右）" value={right} onChange={(e) => setRight(e.target.value)}>
          {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
      </div>
      {left && diff && !diff.changed && <p className="muted">2つの版に違いはありません。</p>}
      {left && diff?.changed && (
        <div className="diff" data-testid="diff">
          {diff.sections.filter((s) => s.changed).map((s) => (
            <section key={s.sectionId}>
              <h3>{title(s.sectionId)}</h3>
              {s.fields.filter((f) => f.status !== 'same').map((f) => (
                <div key={f.fieldId} className="diff-field">
                  <div className="muted small">{label(s.sectionId, f.fieldId)}</div>
                  {f.text ? <SideBySide ops={f.text} /> : <p className="small">{f.choices ? `追加: ${f.choices.added.join('、') || 'なし'}／削除: ${f.choices.removed.join('、') || 'なし'}` : '表の内容が変わりました'}</p>}
                </div>
              ))}
            </section>
          ))}
          {diff.financialPlan.changed && <p className="small">数値計画: {diff.financialPlan.figures.length} か所が変わりました。</p>}
          {diff.expenses.changed && <p className="small">経費明細: {diff.expenses.lines.length} 行が変わりました。</p>}
        </div>
      )}
    </div>
  );
}
