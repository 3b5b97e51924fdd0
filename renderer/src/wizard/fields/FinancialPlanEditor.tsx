import { FinancialYear, type FigureKey, type FinancialPlan } from '../../../../shared/schemas/financialPlan';
import { NumberCell } from './NumberCell';

interface RowSpec {
  key: FigureKey;
  label: string;
  unit: '千円' | '人' | '円';
}

/** Rows of the plan table, in the order of the official 数値計画表. Money in 千円 on screen, 円 stored. */
export const PLAN_ROWS: RowSpec[] = [
  { key: 'uriageDaka', label: '売上高', unit: '千円' },
  { key: 'uriageGenka', label: '売上原価', unit: '千円' },
  { key: 'hanbaiKanriHi', label: '販売費及び一般管理費', unit: '千円' },
  { key: 'eigyoRieki', label: '営業利益', unit: '千円' },
  { key: 'eigyoGaiShueki', label: '営業外収益', unit: '千円' },
  { key: 'eigyoGaiHiyo', label: '営業外費用', unit: '千円' },
  { key: 'keijoRieki', label: '経常利益', unit: '千円' },
  { key: 'jinkenHi', label: '人件費', unit: '千円' },
  { key: 'genkaShokyakuHi', label: '減価償却費', unit: '千円' },
  { key: 'setsubiToshi', label: '設備投資額', unit: '千円' },
  { key: 'kyuyoShikyuSogaku', label: '給与支給総額（従業員）', unit: '千円' },
  { key: 'yakuinKyuyo', label: '給与支給総額（役員）', unit: '千円' },
  { key: 'jugyoinSu', label: '従業員数', unit: '人' },
  { key: 'yakuinSu', label: '役員数', unit: '人' },
  { key: 'jigyojoNaiSaiteiChingin', label: '事業場内最低賃金（時給）', unit: '円' },
  { key: 'chiikiBetsuSaiteiChingin', label: '地域別最低賃金（時給）', unit: '円' },
];

const emptyYear = (label: string, kind: FinancialYear['kind']): FinancialYear => FinancialYear.parse({ label, kind });

/** The editable plan table: 直近期 (actual) and 1–5 plan years. Derived rows are shown by the check panel. */
export function FinancialPlanEditor({ plan, onChange, maxPlanYears = 5, derived }: { plan: FinancialPlan; onChange: (p: FinancialPlan) => void; maxPlanYears?: number; derived?: React.ReactNode }) {
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
                    <NumberCell label={`${y.label} ${r.label}`} value={y[r.key]} scale={r.unit === '千円' ? 1000 : 1} digits={r.unit === '人' ? 1 : 0} onChange={(v) => set(i, r.key, v)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {derived}
        </table>
      </div>
    </div>
  );
}
