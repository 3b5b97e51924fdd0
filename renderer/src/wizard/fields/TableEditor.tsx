import type { TableRow } from '../../../../shared/schemas/application';
import type { TableField } from '../../../../shared/templates/schema';
import { parseNumberText } from '../../../../shared/format/numbers';

/** An editable table (e.g. 別表2 実施計画). Number cells accept full-width digits and commas. */
export function TableEditor({ field, rows, onChange, inputId }: { field: TableField; rows: TableRow[]; onChange: (rows: TableRow[]) => void; inputId: string }) {
  const setCell = (r: number, col: string, raw: string, numeric: boolean) => {
    const next = rows.map((row, i) => (i === r ? { ...row, [col]: numeric ? parseNumberCell(raw) : raw } : row));
    onChange(next);
  };
  const blank = (): TableRow => Object.fromEntries(field.columns.map((c) => [c.id, c.type === 'number' ? null : '']));
  return (
    <div className="field" id={inputId} data-field={field.id}>
      <div className="field-head">
        <span className="label">{field.label}{field.required && <span className="req">必須</span>}</span>
      </div>
      {field.help && <p className="help">{field.help}</p>}
      <table className="edit-table">
        <thead>
          <tr>
            {field.columns.map((c) => <th key={c.id}>{c.label}{c.unit ? `（${c.unit}）` : ''}</th>)}
            <th aria-label="操作" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {field.columns.map((c) => (
                <td key={c.id}>
                  <input
                    aria-label={`${r + 1}行目 ${c.label}`}
                    className={c.type === 'number' ? 'num' : ''}
                    placeholder={c.type === 'quarter' ? '例: 1-2' : ''}
                    value={row[c.id] === null || row[c.id] === undefined ? '' : String(row[c.id])}
                    onChange={(e) => setCell(r, c.id, e.target.value, c.type === 'number')}
                  />
                </td>
              ))}
              <td><button type="button" className="icon" aria-label={`${r + 1}行目を削除`} onClick={() => onChange(rows.filter((_, i) => i !== r))}>×</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...rows, blank()])}>＋ 行を追加</button>
    </div>
  );
}

/** "1,200" / "１２００" → 1200; text that is not a number is kept as typed (the checks report it). */
export function parseNumberCell(raw: string): number | string | null {
  const n = parseNumberText(raw);
  return n === undefined ? raw : n;
}
