import type { AftercareReport } from '../../../shared/aftercare/evaluate';
import { SourceCite } from './SourceCite';

/** The targets against the actuals, per plan year: the value, the rate to the firm's target, met or not. */
export function AchievementTable({ report }: { report: AftercareReport }) {
  const years = report.years.filter((y) => y.year > 0);
  return (
    <section className="card">
      <h2>目標の達成状況</h2>
      <div className="table-scroll">
        <table className="mini ac-achievement">
          <thead>
            <tr>
              <th>目標</th>
              {years.map((y) => <th key={y.year}>{y.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {report.targets.map((t) => (
              <tr key={t.id} data-testid={`target-${t.id}`}>
                <th scope="row">
                  {t.label}
                  <div className="small muted">{t.targetText}（{t.basis}）</div>
                  <SourceCite source={t.source} />
                </th>
                {years.map((y) => {
                  const c = t.cells.find((x) => x.year === y.year);
                  if (!c) return <td key={y.year} className="muted">—</td>;
                  const mark = t.kind === 'plan' ? (c.met === true ? '計画以上' : c.met === false ? '計画未満' : '') : c.met === true ? '達成' : c.met === false ? '未達' : '';
                  return (
                    <td key={y.year} className={`num ac-cell ${t.kind === 'plan' ? '' : c.met === false && c.binding ? 'ac-miss' : c.met === true ? 'ac-met' : ''}`} title={c.note}>
                      <div>{c.value ?? <span className="muted small">未入力</span>}</div>
                      {c.rate && <div className="small">{c.rate.startsWith('目標') || c.rate.startsWith('計画') || c.rate.includes('年目') ? c.rate : `達成率 ${c.rate}`}</div>}
                      <div className="small">
                        {mark && <span className={c.binding ? 'ac-mark' : 'muted'}>{c.binding || t.kind === 'plan' ? mark : `（途中 ${mark}）`}</span>}
                        {c.projected && <span className="tag">見込み</span>}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">年平均成長率は基準年度からその年までを、公式のCAGR算出ツールと同じく0.01%未満切捨てで計算しています。給与の目標は最終年度、最低賃金は毎年3月末に判定されます。</p>
    </section>
  );
}
