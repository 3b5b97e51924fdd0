import { useMemo, useState } from 'react';
import type { AftercareRecord } from '../../../shared/aftercare/schema';
import type { YearView } from '../../../shared/aftercare/evaluate';
import { judgedYears, planBase, planYear } from '../../../shared/aftercare/years';
import { headsOf, measureExact, wageMarginExact } from '../../../shared/aftercare/measures';
import { toNumber } from '../../../shared/finance/rational';
import type { FinanceResult } from '../../../shared/finance/result';
import type { Rational } from '../../../shared/finance/rational';
import { FinancialYear, type FigureKey } from '../../../shared/schemas/financialPlan';
import type { Application } from '../../../shared/schemas/application';
import { plainNumber, senYen } from '../../../shared/format/numbers';
import { NumberCell } from '../wizard/fields/NumberCell';
import { ACTUAL_ROWS, type ActualRow } from './rows';
import { setFigure, setPartTime, yearOf } from './recordEdit';
import { PartTimeEditor } from './PartTimeEditor';

const STATUS: Record<YearView['status'], string> = { base: '基準', past: '終了', current: '進行中', future: 'これから', unknown: '' };

function figureProblem(key: FigureKey, v: number): string | null {
  const r = FinancialYear.shape[key].safeParse(v);
  return r.success ? null : (r.error.issues[0]?.message ?? '入力できない値です');
}
const show = (row: ActualRow, v: number | null) => (v === null ? '—' : row.unit === '千円' ? senYen(v) : plainNumber(v, row.unit === '人' ? 2 : 0));
const num = (r: FinanceResult<Rational>) => (r.ok ? toNumber(r.value) : null);

/**
 * The actual figures of 基準年度 and each plan year, typed in the same cells as the plan table (千円 shown,
 * 円 stored), with the plan's figure under each and, where nothing is entered, the figure carried forward
 * (見込み). Derived rows (付加価値額, 従業員数 with part-timers, 1人あたり, 最低賃金との差) below.
 */
export function ActualsTable({ app, record, years, n, fteDigits, onChange }: { app: Application; record: AftercareRecord; years: YearView[]; n: number; fteDigits: number; onChange: (r: AftercareRecord) => void }) {
  const [partOpen, setPartOpen] = useState<number | null>(null);
  const judged = useMemo(() => judgedYears(app, record, n), [app, record, n]);
  const cols = years.map((y) => y.year);
  const derived: { label: string; value: (k: number) => string }[] = [
    { label: '付加価値額', value: (k) => { const v = num(measureExact(judged[k]!, 'fukaKachiGaku', fteDigits)); return v === null ? '—' : senYen(v); } },
    { label: '従業員数（パート換算後）', value: (k) => { const v = num(headsOf(judged[k]!, 'jugyoin', fteDigits)); return v === null ? '—' : `${plainNumber(v, 2)}人`; } },
    { label: '1人あたり給与支給総額（従業員）', value: (k) => { const v = num(measureExact(judged[k]!, 'hitoriAtariKyuyoJugyoin', fteDigits)); return v === null ? '—' : senYen(v); } },
    { label: '最低賃金との差（円）', value: (k) => { const v = num(wageMarginExact(judged[k]!)); return v === null ? '—' : `${v >= 0 ? '+' : ''}${plainNumber(v, 0)}`; } },
  ];
  return (
    <div className="table-scroll">
      <table className="edit-table plan-table ac-actuals">
        <thead>
          <tr>
            <th>項目（実績）</th>
            {years.map((y) => (
              <th key={y.year} className={`ac-col-${y.status}`}>
                {y.label}
                <div className="small muted">
                  {STATUS[y.status]}
                  {y.fromPlan && '・計画表の直近期'}
                  {y.importedFrom && `・ロカベン「${y.importedFrom}」から`}
                  {y.recordedOn && `・記録 ${y.recordedOn}`}
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ACTUAL_ROWS.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {cols.map((k) => {
                const actual = yearOf(record, k).figures[r.key];
                const plan = (k > 0 ? planYear(app, k) : planBase(app))?.figures[r.key] ?? null;
                const carried = actual === null && k > 0 && judged[k]?.projected.includes(r.key) ? judged[k]!.figures[r.key] : null;
                return (
                  <td key={k}>
                    <NumberCell label={`${years[k]?.label ?? k} ${r.label}`} value={actual} unit={r.unit} scale={r.unit === '千円' ? 1000 : 1} digits={r.unit === '人' ? 2 : 0} check={(v) => figureProblem(r.key, v)} onChange={(v) => onChange(setFigure(record, k, r.key, v))} />
                    <div className="ac-sub">
                      {plan !== null && <span>計画 {show(r, plan)}</span>}
                      {carried !== null && <span className="ac-carried" title="入力がないため前の年の値のままとして計算しています">見込み {show(r, carried)}</span>}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">パートタイム従業員（正社員換算）</th>
            {cols.map((k) => {
              const p = yearOf(record, k).partTime;
              const count = p.rows.reduce((s, r) => s + r.count, 0);
              return (
                <td key={k}>
                  <button type="button" className="link" aria-expanded={partOpen === k} onClick={() => setPartOpen(partOpen === k ? null : k)}>
                    {count > 0 ? `${count}人（編集）` : '入力する'}
                  </button>
                </td>
              );
            })}
          </tr>
        </tbody>
        <tfoot>
          {derived.map((d) => (
            <tr key={d.label} className="derived">
              <th scope="row">{d.label}</th>
              {cols.map((k) => <td key={k} className="num">{d.value(k)}</td>)}
            </tr>
          ))}
        </tfoot>
      </table>
      {partOpen !== null && (
        <PartTimeEditor label={years[partOpen]?.label ?? ''} value={yearOf(record, partOpen).partTime} digits={fteDigits} onChange={(p) => onChange(setPartTime(record, partOpen, p))} />
      )}
      <p className="muted small">金額は千円単位で表示（円で入力する場合は「52,800,000円」のように単位を付けてください）。給与支給総額は全月分の給与を受けた従業員・役員の分です（中途採用・退職者は除く）。入力のない年は前の年の値のまま「見込み」として計算します。</p>
    </div>
  );
}
