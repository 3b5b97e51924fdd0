import type { TableRow } from '../schemas/application';
import type { TableField } from '../templates/schema';
import { plainNumber, yen } from '../format/numbers';
import type { Block } from './docModel';

export const tableRowsOf = (v: unknown): TableRow[] => (Array.isArray(v) ? (v.filter((r) => typeof r === 'object' && r !== null) as TableRow[]) : []);

/** A cell as printed: money with commas, other numbers as typed. */
export function cellText(field: TableField, columnId: string, cell: TableRow[string] | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'number') return cell;
  const col = field.columns.find((c) => c.id === columnId);
  return col?.unit === '円' || col?.unit === '千円' ? yen(cell) : plainNumber(cell, 2);
}

/** The row's first text cell (its 区分). */
const rowName = (field: TableField, r: TableRow): string => {
  const col = field.columns.find((c) => c.type === 'text');
  const v = col ? r[col.id] : undefined;
  return typeof v === 'string' ? v.trim() : '';
};
/** A row the advisor typed as a total or as a breakdown of another row (「合計」「2-1. 自己資金」): not summed again. */
const notSummed = (name: string) => /合計|小計/.test(name) || /^[0-9０-９]+\s*[-－‐]\s*[0-9０-９]+/.test(name);

/**
 * The sum of the total column over the rows, as the form's 合計 row (null when no row has a number there,
 * or when the advisor typed a 合計 row of their own).
 */
export function tableTotal(field: TableField, rows: TableRow[]): number | null {
  if (!field.totalColumn) return null;
  if (rows.some((r) => /合計/.test(rowName(field, r)))) return null;
  const nums = rows.filter((r) => !notSummed(rowName(field, r))).map((r) => r[field.totalColumn!]).filter((x): x is number => typeof x === 'number');
  return nums.length === 0 ? null : nums.reduce((a, b) => a + b, 0);
}

/** A template table as printed: headers with units, a 合計 row where the form totals a column. */
export function tableFieldBlock(field: TableField, rows: TableRow[]): Block {
  const body = rows.map((r) => field.columns.map((c) => cellText(field, c.id, r[c.id])));
  const total = tableTotal(field, rows);
  const emphasis: number[] = [];
  if (total !== null) {
    emphasis.push(body.length);
    body.push(field.columns.map((c, i) => (c.id === field.totalColumn ? cellText(field, c.id, total) : i === 0 ? '合計' : '')));
  }
  return {
    type: 'table',
    columns: field.columns.map((c) => ({ header: c.unit ? `${c.label}（${c.unit}）` : c.label, width: c.type === 'text' ? 3 : 1.2, align: c.type === 'number' ? 'right' : 'left' })),
    rows: body,
    emphasisRows: emphasis,
    size: 'small',
  };
}
