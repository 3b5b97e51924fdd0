import { useState } from 'react';
import { ApiCallError, call } from '../api/client';
import { ClientForm } from './ClientForm';
import { type Client, type ClientInput, type ClientPatch } from '../../../shared/schemas/client';
import { sameValue } from '../../../shared/review/equal';

const LABELS: Record<keyof ClientPatch, string> = {
  name: '事業者名', representative: '代表者', corporateNumber: '法人番号', legalForm: '形態', industry: '業種', prefecture: '都道府県', employeeCount: '従業員数',
  capitalYen: '資本金', foundedYear: '創業年', fiscalYearEndMonth: '決算月', advisor: '担当経営指導員', notes: '支援メモ',
  nameKana: '名称のフリガナ', homepageUrl: '自社ホームページのURL', postalCode: '郵便番号', address: '住所', phone: '電話番号', email: 'メールアドレス',
  contactName: '連絡担当者の氏名', contactKana: '連絡担当者のフリガナ', contactTitle: '連絡担当者の役職',
};
const KEYS = Object.keys(LABELS) as (keyof ClientPatch)[];
const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '（空欄）' : String(v));

/** The fields the form changed from what it opened with: the patch sends only these. */
function changedFields(initial: Client, input: ClientInput): ClientPatch {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (input[k] !== undefined && !sameValue(input[k], initial[k])) out[k] = input[k];
  return out as ClientPatch;
}

/**
 * Editing a 事業者: sends only the fields changed, based on the revision the form opened with. When
 * another window saved the client first, the typed values are kept and each changed field offers
 * 自分の入力を残す / 保存されている内容を使う.
 */
export function ClientEdit({ initial, onDone, onCancel }: { initial: Client; onDone: () => void; onCancel: () => void }) {
  const [conflict, setConflict] = useState<{ patch: ClientPatch; stored: Client; keepMine: Record<string, boolean> }>();

  async function submit(input: ClientInput) {
    const patch = changedFields(initial, input);
    if (Object.keys(patch).length === 0) return onDone();
    try {
      await call('updateClient', { id: initial.id, patch, baseRevision: initial.revision });
      onDone();
    } catch (e) {
      if (!(e instanceof ApiCallError && e.code === 'CONFLICT')) throw e;
      const stored = await call('getClient', { id: initial.id });
      setConflict({ patch, stored, keepMine: Object.fromEntries(Object.keys(patch).map((k) => [k, true])) });
    }
  }

  async function settle() {
    if (!conflict) return;
    const { patch, stored, keepMine } = conflict;
    const kept = Object.fromEntries(Object.entries(patch).filter(([k]) => keepMine[k])) as ClientPatch;
    if (Object.keys(kept).length > 0) await call('updateClient', { id: initial.id, patch: kept, baseRevision: stored.revision });
    onDone();
  }

  if (conflict) {
    const keys = (Object.keys(conflict.patch) as (keyof ClientPatch)[]).filter((k) => !sameValue(conflict.patch[k], conflict.stored[k]));
    return (
      <section className="conflict" role="alertdialog" aria-label="保存の競合">
        <p>別の画面でこの事業者の基本情報が先に保存されました。入力した内容は残っています。項目ごとにどちらを残すか選んでください。</p>
        <table className="list">
          <thead><tr><th>項目</th><th>保存されている内容</th><th>自分の入力</th><th>残す方</th></tr></thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k}>
                <th scope="row">{LABELS[k]}</th>
                <td className="prewrap">{shown(conflict.stored[k])}</td>
                <td className="prewrap">{shown(conflict.patch[k])}</td>
                <td>
                  <label className="inline"><input type="radio" name={`k-${k}`} checked={conflict.keepMine[k] === true} onChange={() => setConflict({ ...conflict, keepMine: { ...conflict.keepMine, [k]: true } })} />自分の入力</label>
                  <label className="inline"><input type="radio" name={`k-${k}`} checked={conflict.keepMine[k] === false} onChange={() => setConflict({ ...conflict, keepMine: { ...conflict.keepMine, [k]: false } })} />保存されている内容</label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {keys.length === 0 && <p className="muted">入力した内容は保存されている内容と同じです。</p>}
        <div className="actions"><button type="button" className="primary" onClick={() => void settle()}>この選択で保存する</button></div>
      </section>
    );
  }
  return <ClientForm initial={initial} submitLabel="保存する" onCancel={onCancel} onSubmit={submit} />;
}
