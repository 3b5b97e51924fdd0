import { FinancialYear, type FigureKey, type FinancialPlan } from '../../../../shared/schemas/financialPlan';
import { PLAN_ROWS } from '../../../../shared/schemas/planRows';
import { NumberCell } from './NumberCell';
import type { YearFigures } from '../../../../shared/checks/types';
import type { FinanceResult } from '../../../../shared/finance/result';
import { plainNumber, senYen } from '../../../../shared/format/numbers';

/** Rows computed from the table (never typed), as each program defines them. */
const DERIVED: { label: string; pick: (y: YearFigures) => FinanceResult<number>; fmt: (n: number) => string }[] = [
  { label: '付加価値額', pick: (y) => y.fukaKachiGaku, fmt: senYen },
  { label: '一人当たり付加価値額', pick: (y) => y.hitoriAtariFukaKachiGaku, fmt: senYen },
  { label: '労働分配率（％）', pick: (y) => y.rodoBunpairitsu, fmt: (n) => plainNumber(n, 1) },
  { label: '最低賃金との差（円）', pick: (y) => y.saiteiChinginMargin, fmt: (n) => `${n >= 0 ? '+' : ''}${plainNumber(n, 0)}` },
];

/** The plan schema's own bound for a figure (e.g. 時給 up to 100,000円), as its Japanese message. */
function figureProblem(key: FigureKey, v: number): string | null {
  const r = FinancialYear.shape[key].safeParse(v);
  return r.success ? null : (r.error.issues[0]?.message ?? '入力できない値です');
}

const emptyYear = (label: string, kind: FinancialYear['kind']): FinancialYear => FinancialYear.parse({ label, kind });

/** The editable plan table: 直近期 (actual) and 1–5 plan years. Derived rows are shown by the check panel. */
export function FinancialPlanEditor({ plan, onChange, maxPlanYears = 5, figures }: { plan: FinancialPlan; onChange: (p: FinancialPlan) => void; maxPlanYears?: number; figures?: YearFigures[] }) {
  const years = plan.years.length > 0 ? plan.years : [emptyYear('直近期', 'actual')];
  const planYears = years.filter((y) => y.kind === 'plan').length;
  const set = (i: number, key: FigureKey, v: number | null) => onChange({ years: years.map((y, j) => (j === i ? { ...y, [key]: v } : y)) });
  const addYear = () => onChange({ years: [...years, emptyYear(`${planYears + 1}年後`, 'plan')] });
  const removeYear = () => onChange({ years: years.slice(0, -1) });
  return (
    <div className="field plan" data-field="financialPlan">
      <div className="field-head">
        <span className="label">数値計画（単位: 千円。人数は人、賃金は円）</span>
        <span>
          <button type="button" onClick={removeYear} disabled={planYears === 0}>− 計画年を削る</button>{' '}
          <button type="button" onClick={addYear} disabled={planYears >= maxPlanYears}>＋ 計画年を追加</button>
        </span>
      </div>
      <div className="table-scroll">
        <table className="edit-table plan-table">
          <thead>
            <tr>
              <th>項目</th>
              {years.map((y, i) => <th key={i}>{y.label}{y.kind === 'actual' ? '（実績）' : ''}</th>)}
            </tr>
          </thead>
          <tbody>
            {PLAN_ROWS.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {years.map((y, i) => (
                  <td key={i}>
                    <NumberCell label={`${y.label} ${r.label}`} value={y[r.key]} unit={r.unit} scale={r.unit === '千円' ? 1000 : 1} digits={r.unit === '人' ? 1 : 0} check={(v) => figureProblem(r.key, v)} onChange={(v) => set(i, r.key, v)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {figures && figures.length === years.length && (
            <tfoot>
              {DERIVED.map((d) => (
                <tr key={d.label} className="derived">
                  <th scope="row">{d.label}</th>
                  {figures.map((y, i) => {
                    const r = d.pick(y);
                    return <td key={i} className="num" title={r.ok ? undefined : r.message}>{r.ok ? d.fmt(r.value) : <span className="muted small">算出不可</span>}</td>;
                  })}
                </tr>
              ))}
            </tfoot>
          )}
        </table>
      </div>
    </div>
  );
}
