import type { PartTime } from '../../../shared/aftercare/schema';
import { fteOf } from '../../../shared/aftercare/fte';
import { toNumber } from '../../../shared/finance/rational';
import { NumberCell } from '../wizard/fields/NumberCell';

/**
 * Part-time staff of one year in 正社員 equivalents (FAQ 3-12): the regular staff's hours and, per
 * group, the hours and how many; each person counts hours ÷ regular hours, truncated to 0.01人.
 */
export function PartTimeEditor({ label, value, digits, onChange }: { label: string; value: PartTime; digits: number; onChange: (p: PartTime) => void }) {
  const rows = value.rows;
  const set = (i: number, patch: Partial<PartTime['rows'][number]>) => onChange({ ...value, rows: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <div className="ac-parttime" role="group" aria-label={`${label} パートタイム従業員`}>
      <h3>{label}のパートタイム従業員（正社員換算）</h3>
      <label className="inline">
        正社員の所定労働時間（週）
        <NumberCell label={`${label} 正社員の所定労働時間`} value={value.regularHours} digits={1} allowNegative={false} onChange={(v) => onChange({ ...value, regularHours: v === 0 ? null : v })} />
      </label>
      <table className="mini">
        <thead>
          <tr><th>週の労働時間</th><th>人数</th><th>1人の換算</th><th /></tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const f = value.regularHours ? fteOf(r.hours, value.regularHours, digits) : null;
            return (
              <tr key={i}>
                <td><NumberCell label={`${label} パート${i + 1} 労働時間`} value={r.hours} digits={1} allowNegative={false} onChange={(v) => set(i, { hours: v ?? 0 })} /></td>
                <td><NumberCell label={`${label} パート${i + 1} 人数`} value={r.count} allowNegative={false} onChange={(v) => set(i, { count: Math.max(0, Math.trunc(v ?? 0)) })} /></td>
                <td className="num">{f?.ok ? `${toNumber(f.value)}人` : '—'}</td>
                <td><button type="button" onClick={() => onChange({ ...value, rows: rows.filter((_, j) => j !== i) })}>削除</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange({ ...value, rows: [...rows, { hours: 20, count: 1 }] })}>＋ パートを追加</button>
      <p className="muted small">1人ずつ「労働時間 ÷ 正社員の所定労働時間」を小数点以下第3位で切り捨てて数えます（よくあるご質問 3-12）。</p>
    </div>
  );
}
