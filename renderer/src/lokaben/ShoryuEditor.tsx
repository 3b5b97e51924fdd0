import { SHORYU_FIELDS } from '../../../shared/lokaben/questions';
import { shoryuSummary } from '../../../shared/lokaben/reportHizaimu';
import type { KoteiStep, ShoryuAnswers, Torihikisaki } from '../../../shared/lokaben/schema';

type PartyKey = 'shiiresaki' | 'kyoryokusaki' | 'hanbaisaki';
type TextKey = 'enduser' | 'teikyoKachi' | 'kadai';

const MAX_PARTIES = 20;
const MAX_STEPS = 15;

/** Rows of three text columns (取引先 or 工程) with add / remove. */
function RowsEditor<T extends Record<string, string>>({
  title,
  prompt,
  rows,
  columns,
  blank,
  max,
  onChange,
}: {
  title: string;
  prompt: string;
  rows: T[];
  columns: { key: keyof T & string; label: string; max: number }[];
  blank: T;
  max: number;
  onChange: (rows: T[]) => void;
}) {
  return (
    <fieldset className="lokaben-rows">
      <legend>{title}</legend>
      <p className="muted small">{prompt}</p>
      {rows.length > 0 && (
        <table className="edit-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
              <th aria-label="操作" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c.key}>
                    <input aria-label={`${title} ${i + 1} ${c.label}`} maxLength={c.max} value={r[c.key] ?? ''} onChange={(e) => onChange(rows.map((x, j) => (j === i ? { ...x, [c.key]: e.target.value } : x)))} />
                  </td>
                ))}
                <td className="row-ops">
                  <button type="button" className="icon" aria-label={`${title} ${i + 1} を削除`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" disabled={rows.length >= max} onClick={() => onChange([...rows, { ...blank }])}>
        ＋ {title}を追加
      </button>
    </fieldset>
  );
}

const PARTY_COLUMNS = [
  { key: 'name', label: '名称', max: 200 },
  { key: 'naiyo', label: '取引の内容', max: 1000 },
  { key: 'tokucho', label: '特徴・選んでいる理由・依存度', max: 1000 },
] as const satisfies readonly { key: keyof Torihikisaki; label: string; max: number }[];

const STEP_COLUMNS = [
  { key: 'name', label: '工程', max: 100 },
  { key: 'naiyo', label: '何をしているか', max: 1000 },
  { key: 'kachi', label: '生まれる価値・差別化のポイント', max: 1000 },
] as const satisfies readonly { key: keyof KoteiStep; label: string; max: number }[];

/** 商流・業務フロー: suppliers → the company's own steps → customers, and the value created. */
export function ShoryuEditor({ value, onChange }: { value: ShoryuAnswers; onChange: (s: ShoryuAnswers) => void }) {
  const summary = shoryuSummary(value);
  const party = (key: PartyKey) => (
    <RowsEditor<Torihikisaki>
      title={SHORYU_FIELDS[key].label}
      prompt={SHORYU_FIELDS[key].prompt}
      rows={value[key]}
      columns={[...PARTY_COLUMNS]}
      blank={{ name: '', naiyo: '', tokucho: '' }}
      max={MAX_PARTIES}
      onChange={(rows) => onChange({ ...value, [key]: rows })}
    />
  );
  const text = (key: TextKey, rows: number) => (
    <div className="lokaben-question">
      <label htmlFor={`shoryu-${key}`}>{SHORYU_FIELDS[key].label}</label>
      <div className="muted small">{SHORYU_FIELDS[key].prompt}</div>
      <textarea id={`shoryu-${key}`} rows={rows} maxLength={key === 'enduser' ? 1000 : 2000} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} />
    </div>
  );
  return (
    <div className="lokaben-shoryu">
      <p className="lokaben-flow" aria-label="商流の流れ">
        {summary !== '' ? summary : <span className="muted">取引先と工程を入れると、ここに流れ（仕入先 → 自社 → 販売先）が表示されます。</span>}
      </p>
      {party('shiiresaki')}
      {party('kyoryokusaki')}
      <RowsEditor<KoteiStep>
        title={SHORYU_FIELDS.kotei.label}
        prompt={SHORYU_FIELDS.kotei.prompt}
        rows={value.kotei}
        columns={[...STEP_COLUMNS]}
        blank={{ name: '', naiyo: '', kachi: '' }}
        max={MAX_STEPS}
        onChange={(kotei) => onChange({ ...value, kotei })}
      />
      {party('hanbaisaki')}
      {text('enduser', 2)}
      {text('teikyoKachi', 3)}
      {text('kadai', 3)}
    </div>
  );
}
