import { formatIndicatorValue, INDICATOR_IDS, INDICATORS } from '../../../shared/lokaben/indicators';
import { MAX_TOTAL, type LokabenEvaluation } from '../../../shared/lokaben/scoring';

/**
 * The six indicators per period: value (or 算出不可 and why — never a number), score 1–5, the
 * industry's 基準値, and the total with the grade (none while an indicator is 算出不可).
 */
export function IndicatorTable({ evaluation }: { evaluation: LokabenEvaluation }) {
  const { periods } = evaluation;
  const ref = periods[0]?.indicators;
  return (
    <table className="lokaben-indicators" data-testid="lokaben-indicators">
      <thead>
        <tr>
          <th scope="col">指標</th>
          {periods.map((p, i) => (
            <th scope="col" key={i} colSpan={2}>
              {p.label || `${i + 1}列目`}
            </th>
          ))}
          <th scope="col">業種基準値</th>
        </tr>
      </thead>
      <tbody>
        {INDICATOR_IDS.map((id) => {
          const info = INDICATORS[id];
          return (
            <tr key={id} data-indicator={id}>
              <th scope="row">
                {info.name}
                <span className="muted small">（{info.viewpoint}）</span>
                <div className="muted small">{info.formula}</div>
              </th>
              {periods.map((p, i) => {
                const ev = p.indicators[id];
                const r = ev.result;
                return [
                  <td key={`v${i}`} className={r.ok ? 'num' : 'na'} data-testid={`value-${id}-${i}`}>
                    {r.ok ? (
                      <>
                        {formatIndicatorValue(id, r.value)}
                        {r.note && <div className="small note">{r.note}</div>}
                      </>
                    ) : (
                      <>
                        <strong>算出不可</strong>
                        <div className="small">{r.message}</div>
                      </>
                    )}
                  </td>,
                  <td key={`s${i}`} className={`score${ev.score === null ? '' : ` score-${ev.score}`}`} aria-label={ev.score === null ? '評点なし' : `評点 ${ev.score}点`}>
                    {ev.score ?? '—'}
                  </td>,
                ];
              })}
              <td className="num muted">{ref ? formatIndicatorValue(id, ref[id].reference) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">総合評価</th>
          {periods.map((p, i) => (
            <td key={i} colSpan={2} className="total" title={p.summary}>
              {p.grade ? (
                <>
                  {p.total}点／{MAX_TOTAL}点 <span className={`grade grade-${p.grade}`}>{p.grade}</span>
                </>
              ) : (
                <span className="small">{p.scoredCount === 0 ? '評価なし' : `${p.total}点（${p.scoredCount}指標）・評価なし`}</span>
              )}
            </td>
          ))}
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
