import { useState, type FormEvent } from 'react';
import { parseNumberText } from '../../../shared/format/numbers';
import { LEGAL_FORM_NAMES, type Client, type ClientInput, type LegalForm } from '../../../shared/schemas/client';

const PREFECTURES = '北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県'.split(' ');

/** Blank → null; not a number → NaN (the form says which field). */
const toNumber = (s: string): number | null => {
  const n = parseNumberText(s);
  return n === undefined ? Number.NaN : n;
};

/** Create/edit form of a 事業者. Numbers accept full-width digits and commas. */
export function ClientForm({ initial, submitLabel, onSubmit, onCancel }: { initial?: Client; submitLabel: string; onSubmit: (input: ClientInput) => Promise<void>; onCancel: () => void }) {
  const [v, setV] = useState({
    name: initial?.name ?? '',
    representative: initial?.representative ?? '',
    legalForm: (initial?.legalForm ?? 'hojin') as LegalForm,
    industry: initial?.industry ?? '',
    prefecture: initial?.prefecture ?? '',
    employeeCount: initial?.employeeCount?.toString() ?? '',
    capitalYen: initial?.capitalYen?.toString() ?? '',
    foundedYear: initial?.foundedYear?.toString() ?? '',
    fiscalYearEndMonth: initial?.fiscalYearEndMonth?.toString() ?? '',
    advisor: initial?.advisor ?? '',
    notes: initial?.notes ?? '',
  });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!v.name.trim()) return setError('事業者名を入力してください。');
    const nums = { employeeCount: toNumber(v.employeeCount), capitalYen: toNumber(v.capitalYen), foundedYear: toNumber(v.foundedYear), fiscalYearEndMonth: toNumber(v.fiscalYearEndMonth) };
    const labels: Record<keyof typeof nums, string> = { employeeCount: '従業員数', capitalYen: '資本金', foundedYear: '創業年', fiscalYearEndMonth: '決算月' };
    for (const [k, n] of Object.entries(nums) as [keyof typeof nums, number | null][]) {
      if (n !== null && (Number.isNaN(n) || n < 0 || !Number.isInteger(n))) return setError(`${labels[k]}は0以上の整数で入力してください。`);
    }
    if (nums.fiscalYearEndMonth !== null && (nums.fiscalYearEndMonth < 1 || nums.fiscalYearEndMonth > 12)) return setError('決算月は1〜12で入力してください。');
    setBusy(true);
    try {
      await onSubmit({ ...v, ...nums });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form-grid" onSubmit={submit}>
      <label className="span2">
        事業者名<span className="req">必須</span>
        <input autoFocus value={v.name} onChange={set('name')} name="name" />
      </label>
      <label>
        代表者
        <input value={v.representative} onChange={set('representative')} name="representative" />
      </label>
      <label>
        形態
        <select value={v.legalForm} onChange={set('legalForm')} name="legalForm">
          {(Object.keys(LEGAL_FORM_NAMES) as LegalForm[]).map((k) => (
            <option key={k} value={k}>{LEGAL_FORM_NAMES[k]}</option>
          ))}
        </select>
      </label>
      <label>
        業種
        <input value={v.industry} onChange={set('industry')} name="industry" placeholder="例: 製造業（金属加工）" />
      </label>
      <label>
        都道府県
        <select value={v.prefecture} onChange={set('prefecture')} name="prefecture">
          <option value="">（選択）</option>
          {PREFECTURES.map((p) => <option key={p}>{p}</option>)}
        </select>
      </label>
      <label>
        従業員数（人）
        <input inputMode="numeric" value={v.employeeCount} onChange={set('employeeCount')} name="employeeCount" />
      </label>
      <label>
        資本金（円）
        <input inputMode="numeric" value={v.capitalYen} onChange={set('capitalYen')} name="capitalYen" />
      </label>
      <label>
        創業年（西暦）
        <input inputMode="numeric" value={v.foundedYear} onChange={set('foundedYear')} name="foundedYear" />
      </label>
      <label>
        決算月
        <input inputMode="numeric" value={v.fiscalYearEndMonth} onChange={set('fiscalYearEndMonth')} name="fiscalYearEndMonth" />
      </label>
      <label className="span2">
        担当経営指導員
        <input value={v.advisor} onChange={set('advisor')} name="advisor" />
      </label>
      <label className="span2">
        支援メモ
        <textarea rows={4} value={v.notes} onChange={set('notes')} name="notes" />
      </label>
      {error && <p className="form-error span2" role="alert">{error}</p>}
      <div className="actions span2">
        <button type="button" onClick={onCancel}>キャンセル</button>
        <button type="submit" className="primary" disabled={busy}>{submitLabel}</button>
      </div>
    </form>
  );
}
