import { useId, useState, type FormEvent } from 'react';
import { isCorporateNumber, normalizeCorporateNumber } from '../../../shared/schemas/corporateNumber';
import { readNumberInput, type NumberInputReading, type NumberUnit } from '../../../shared/format/numbers';
import { ClientInput, LEGAL_FORM_NAMES, type Client, type LegalForm } from '../../../shared/schemas/client';
import { NumberNote, numberNote } from '../wizard/fields/NumberCell';

const PREFECTURES = '北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県'.split(' ');

type NumberKey = 'employeeCount' | 'capitalYen' | 'foundedYear' | 'fiscalYearEndMonth';

interface NumberFieldSpec {
  key: NumberKey;
  label: string;
  caption: string;
  unit: NumberUnit;
  min: number;
  max?: number;
}

const NUMBER_FIELDS: readonly NumberFieldSpec[] = [
  { key: 'employeeCount', label: '従業員数', caption: '従業員数（人）', unit: '人', min: 0 },
  { key: 'capitalYen', label: '資本金', caption: '資本金（円）', unit: '円', min: 0 },
  { key: 'foundedYear', label: '創業年', caption: '創業年（西暦）', unit: '年', min: 0 },
  { key: 'fiscalYearEndMonth', label: '決算月', caption: '決算月', unit: '月', min: 1, max: 12 },
];

/** The 応募者の概要 fields (持続化 様式2 and others), in the form's order: key, label, placeholder. */
const CONTACT_KEYS = [
  ['nameKana', '名称のフリガナ', '例: カブシキガイシャエーコウムテン'],
  ['homepageUrl', '自社ホームページのURL', 'https://… （無ければ「なし」）'],
  ['contactName', '連絡担当者の氏名', '代表者もしくは従業員'],
  ['contactKana', '連絡担当者のフリガナ', ''],
  ['contactTitle', '連絡担当者の役職', ''],
  ['postalCode', '郵便番号', '123-4567'],
  ['address', '住所', '都道府県から'],
  ['phone', '電話番号', ''],
  ['email', 'メールアドレス', ''],
] as const;
type ContactKey = (typeof CONTACT_KEYS)[number][0];
const CONTACT_SCHEMA_KEYS = Object.fromEntries(CONTACT_KEYS.map(([k]) => [k, true])) as Record<ContactKey, true>;

/** The form's rule on a number it read: a whole number in the field's range. */
function ruleProblem(f: NumberFieldSpec, n: number): string | null {
  const inRange = n >= f.min && (f.max === undefined || n <= f.max);
  if (Number.isInteger(n) && inRange) return null;
  return f.max === undefined ? `${f.label}は${f.min}以上の整数で入力してください` : `${f.label}は${f.min}〜${f.max}で入力してください`;
}

/** A number field's text as read (「1,000万円」 → 10000000), and the sentence that blocks saving, if any. */
function readFormNumber(f: NumberFieldSpec, text: string): { reading: NumberInputReading; alert: string | null } {
  const r = readNumberInput(text, { unit: f.unit });
  if (r.kind === 'invalid') return { reading: r, alert: `${f.label}: ${r.message}。` };
  const problem = r.kind === 'number' ? ruleProblem(f, r.stored) : null;
  return problem ? { reading: { kind: 'invalid', message: problem }, alert: `${problem}。` } : { reading: r, alert: null };
}

const storedOf = (r: NumberInputReading): number | null => (r.kind === 'number' ? r.stored : null);

/** A number field: says what it understood while focused, and why a text is not a number. */
function NumberField({ spec, text, onText }: { spec: NumberFieldSpec; text: string; onText: (s: string) => void }) {
  const [focused, setFocused] = useState(false);
  const noteId = useId();
  const { reading } = readFormNumber(spec, text);
  const invalid = reading.kind === 'invalid';
  const note = numberNote(reading, focused);
  return (
    <label className="num-field">
      {spec.caption}
      <input
        inputMode="numeric"
        aria-label={spec.caption}
        aria-invalid={invalid}
        aria-describedby={note ? noteId : undefined}
        className={invalid ? 'invalid' : undefined}
        value={text}
        name={spec.key}
        onChange={(e) => onText(e.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      {note && <NumberNote id={noteId} note={note} />}
    </label>
  );
}

/** Create/edit form of a 事業者. Numbers are read as people type them (「1,000万円」, full-width digits); one that is not a number blocks saving. */
export function ClientForm({ initial, submitLabel, onSubmit, onCancel }: { initial?: Client; submitLabel: string; onSubmit: (input: ClientInput) => Promise<void>; onCancel: () => void }) {
  const [v, setV] = useState({
    name: initial?.name ?? '',
    representative: initial?.representative ?? '',
    corporateNumber: initial?.corporateNumber ?? '',
    legalForm: (initial?.legalForm ?? 'hojin') as LegalForm,
    industry: initial?.industry ?? '',
    prefecture: initial?.prefecture ?? '',
    employeeCount: initial?.employeeCount?.toString() ?? '',
    capitalYen: initial?.capitalYen?.toString() ?? '',
    foundedYear: initial?.foundedYear?.toString() ?? '',
    fiscalYearEndMonth: initial?.fiscalYearEndMonth?.toString() ?? '',
    advisor: initial?.advisor ?? '',
    notes: initial?.notes ?? '',
    nameKana: initial?.nameKana ?? '',
    homepageUrl: initial?.homepageUrl ?? '',
    postalCode: initial?.postalCode ?? '',
    address: initial?.address ?? '',
    phone: initial?.phone ?? '',
    email: initial?.email ?? '',
    contactName: initial?.contactName ?? '',
    contactKana: initial?.contactKana ?? '',
    contactTitle: initial?.contactTitle ?? '',
  });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!v.name.trim()) return setError('事業者名を入力してください。');
    const corporateNumber = normalizeCorporateNumber(v.corporateNumber);
    if (corporateNumber && !isCorporateNumber(corporateNumber)) return setError('法人番号は13桁の数字で入力してください（国税庁の法人番号公表サイトで確認できます）。');
    const read = NUMBER_FIELDS.map((f) => ({ key: f.key, ...readFormNumber(f, v[f.key]) }));
    const blocked = read.find((r) => r.alert !== null);
    if (blocked?.alert) return setError(blocked.alert);
    const contact = ClientInput.pick(CONTACT_SCHEMA_KEYS).safeParse(v);
    if (!contact.success) return setError(`${contact.error.issues[0]?.message ?? '入力が正しくありません'}。`);
    const nums: Record<NumberKey, number | null> = { employeeCount: null, capitalYen: null, foundedYear: null, fiscalYearEndMonth: null };
    for (const r of read) nums[r.key] = storedOf(r.reading);
    setBusy(true);
    try {
      await onSubmit({ ...v, corporateNumber, ...nums });
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
      {v.legalForm === 'hojin' && (
        <label>
          法人番号
          <input value={v.corporateNumber} onChange={set('corporateNumber')} name="corporateNumber" inputMode="numeric" placeholder="13桁（商工会議所のデータベースで同じ事業者を見分けます）" />
        </label>
      )}
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
      {NUMBER_FIELDS.map((f) => <NumberField key={f.key} spec={f} text={v[f.key]} onText={(text) => setV({ ...v, [f.key]: text })} />)}
      <details className="span2 applicant-details" open={CONTACT_KEYS.some(([k]) => v[k] !== '')}>
        <summary>申請書の応募者情報（フリガナ・住所・連絡担当者など。様式の「応募者の概要」に印刷されます）</summary>
        <div className="form-grid">
          {CONTACT_KEYS.map(([k, label, hint]) => (
            <label key={k} className={k === 'address' || k === 'homepageUrl' ? 'span2' : undefined}>
              {label}
              <input value={v[k]} onChange={set(k)} name={k} placeholder={hint} />
            </label>
          ))}
        </div>
      </details>
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
