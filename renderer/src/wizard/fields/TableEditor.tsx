import { useRef, useState } from 'react';
import type { TableRow } from '../../../../shared/schemas/application';
import type { TableField } from '../../../../shared/templates/schema';
import { asNumberUnit } from '../../../../shared/format/numbers';
import { NumberCell } from './NumberCell';

type CellValue = TableRow[string];
type TableColumn = TableField['columns'][number];

/**
 * An editable table (e.g. 別表2 実施計画). Number columns read what people type (「20万2千」, full-width
 * digits, △…) in the column's unit, as the plan table does; text that is not a number is never stored.
 */
export function TableEditor({ field, rows, onChange, inputId }: { field: TableField; rows: TableRow[]; onChange: (rows: TableRow[]) => void; inputId: string }) {
  // Rows have no ids: after a deletion every row is drawn afresh, so no typed text stays on the wrong row.
  const [drawn, setDrawn] = useState(0);
  const setCell = (r: number, col: string, v: CellValue) => onChange(rows.map((row, i) => (i === r ? { ...row, [col]: v } : row)));
  const removeRow = (r: number) => {
    setDrawn((n) => n + 1);
    onChange(rows.filter((_, i) => i !== r));
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
            <tr key={`${drawn}-${r}`}>
              {field.columns.map((c) =>
                c.type === 'number' ? (
                  <NumberColumnCell key={c.id} column={c} label={`${r + 1}行目 ${c.label}`} raw={row[c.id]} onChange={(v) => setCell(r, c.id, v)} />
                ) : (
                  <td key={c.id}>
                    <input
                      aria-label={`${r + 1}行目 ${c.label}`}
                      placeholder={c.type === 'quarter' ? '例: 1-2' : ''}
                      value={row[c.id] === null || row[c.id] === undefined ? '' : String(row[c.id])}
                      onChange={(e) => setCell(r, c.id, e.target.value)}
                    />
                  </td>
                ),
              )}
              <td><button type="button" className="icon" aria-label={`${r + 1}行目を削除`} onClick={() => removeRow(r)}>×</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...rows, blank()])}>＋ 行を追加</button>
    </div>
  );
}

/**
 * A cell of a number column, stored in the column's unit (a 千円 column stores 千円). A cell that
 * holds text from before (stored as typed) shows it until it is replaced; text that is not a number
 * brings back what the cell held when focused, text included.
 */
function NumberColumnCell({ column, label, raw, onChange }: { column: TableColumn; label: string; raw: CellValue | undefined; onChange: (v: CellValue) => void }) {
  const atFocus = useRef<CellValue>(raw ?? null);
  const restore = () => {
    if ((raw ?? null) !== atFocus.current) onChange(atFocus.current);
  };
  return (
    <td
      onFocus={() => {
        atFocus.current = raw ?? null;
      }}
    >
      <NumberCell
        label={label}
        unit={asNumberUnit(column.unit)}
        digits={3}
        value={typeof raw === 'number' ? raw : null}
        initialText={typeof raw === 'string' && raw !== '' ? raw : undefined}
        onChange={onChange}
        onRestore={restore}
      />
    </td>
  );
}
