import type { ExpenseLine } from '../../../../shared/schemas/expense';
import type { ExpenseCategory } from '../../../../shared/rules/schema';
import { lineAmountYen } from '../../../../shared/export/expenseTable';
import { yen } from '../../../../shared/format/numbers';
import { NumberCell } from './NumberCell';

// The app runs on file:// (Electron) or http://127.0.0.1 (browser mode): both are secure contexts.
const newId = () => crypto.randomUUID();

/** 経費明細表: one line per item (区分, 内容, 必要理由, 単価 × 数量); totals and the subsidy are in the check panel. */
export function ExpensesEditor({ lines, categories, onChange, taxLabel }: { lines: ExpenseLine[]; categories: readonly ExpenseCategory[]; onChange: (l: ExpenseLine[]) => void; taxLabel: string }) {
  const set = (i: number, patch: Partial<ExpenseLine>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const add = () => onChange([...lines, { id: newId(), category: categories[0]?.id ?? '', description: '', reason: '', unitPriceYen: null, quantity: 1, web: false }]);
  const total = lines.reduce((s, l) => s + (lineAmountYen(l) ?? 0), 0);
  return (
    <div className="field expenses" data-field="expenses">
      <div className="field-head">
        <span className="label">経費明細（{taxLabel}）</span>
        <span className="muted small">{lines.length} 行・合計 {yen(total)} 円</span>
      </div>
      <table className="edit-table">
        <thead>
          <tr>
            <th>経費区分</th>
            <th>内容（品名・型番等）</th>
            <th>必要理由</th>
            <th>単価（円）</th>
            <th>数量</th>
            <th>金額（円）</th>
            <th aria-label="操作" />
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={l.id}>
              <td>
                <select aria-label={`${i + 1}行目 経費区分`} value={l.category} onChange={(e) => set(i, { category: e.target.value })}>
                  {!categories.some((c) => c.id === l.category) && <option value={l.category}>（不明な区分: {l.category}）</option>}
                  {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                </select>
              </td>
              <td><input aria-label={`${i + 1}行目 内容`} value={l.description} onChange={(e) => set(i, { description: e.target.value })} /></td>
              <td><input aria-label={`${i + 1}行目 必要理由`} value={l.reason} onChange={(e) => set(i, { reason: e.target.value })} /></td>
              <td><NumberCell label={`${i + 1}行目 単価`} unit="円" allowNegative={false} value={l.unitPriceYen} onChange={(v) => set(i, { unitPriceYen: v })} /></td>
              <td className="qty"><NumberCell label={`${i + 1}行目 数量`} unit="個" allowNegative={false} value={l.quantity} digits={2} onChange={(v) => set(i, { quantity: v })} /></td>
              <td className="num">{yen(lineAmountYen(l))}</td>
              <td><button type="button" className="icon" aria-label={`${i + 1}行目を削除`} onClick={() => onChange(lines.filter((_, j) => j !== i))}>×</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={add}>＋ 経費を追加</button>
    </div>
  );
}
