import type { CheckReport } from '../../../shared/checks/types';
import { senYen, yen } from '../../../shared/format/numbers';

/** The figures that decide eligibility, computed as the official tools compute them. */
export function FiguresView({ report }: { report: CheckReport }) {
  const { growth, subsidy, expenses, years } = report.figures;
  return (
    <div role="tabpanel" aria-label="数値" className="figures">
      <h3>目標の伸び</h3>
      {growth.length === 0 && <p className="muted small">数値計画を入力すると、付加価値額・給与の伸びを計算します。</p>}
      <table className="mini">
        <tbody>
          {growth.map((g) => (
            <tr key={g.ruleId}>
              <th scope="row">
                {g.name}
                <div className="muted small">{g.measure === 'cagr' ? '年率平均' : '伸び率'}（{g.baseLabel}→{g.finalLabel}）</div>
              </th>
              <td className={`num ${g.met === false ? 'bad' : g.met ? 'good' : ''}`}>
                {g.value.ok ? g.value.value.display : <span className="muted small">算出不可: {g.value.message}</span>}
                {g.targetPercent !== null && <div className="muted small">目標 {g.targetPercent}%以上</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {years.length > 0 && (
        <>
          <h3>付加価値額（千円）</h3>
          <table className="mini">
            <tbody>
              {years.map((y, i) => (
                <tr key={i}>
                  <th scope="row">{y.label}</th>
                  <td className="num">{y.fukaKachiGaku.ok ? senYen(y.fukaKachiGaku.value) : <span className="muted small">算出不可</span>}</td>
                  <td className="num muted small">{y.saiteiChinginMargin.ok ? `最賃差 ${y.saiteiChinginMargin.value >= 0 ? '+' : ''}${y.saiteiChinginMargin.value}円` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {expenses && (
        <>
          <h3>経費</h3>
          <table className="mini">
            <tbody>
              {expenses.byCategory.filter((c) => c.lines > 0).map((c) => (
                <tr key={c.categoryId}><th scope="row">{c.name}</th><td className="num">{yen(c.yen)} 円</td></tr>
              ))}
              <tr className="total"><th scope="row">合計</th><td className="num">{yen(expenses.totalYen)} 円</td></tr>
            </tbody>
          </table>
        </>
      )}
      {subsidy && (
        <>
          <h3>補助金額</h3>
          <table className="mini">
            <tbody>
              <tr><th scope="row">補助率</th><td className="num">{subsidy.rateLabel}</td></tr>
              {subsidy.method === 'jizokukaYoshiki3' && (
                <>
                  <tr><th scope="row">ウェブ以外 (b)</th><td className="num">{yen(subsidy.nonWebSubsidyYen)} 円</td></tr>
                  <tr><th scope="row">ウェブ関連 (d)</th><td className="num">{yen(subsidy.webSubsidyYen)} 円</td></tr>
                </>
              )}
              {subsidy.method === 'categoryCapped' && (
                <>
                  <tr><th scope="row">上限のある区分以外</th><td className="num">{yen(subsidy.nonWebSubsidyYen)} 円</td></tr>
                  {subsidy.cappedGroups.map((g) => (
                    <tr key={g.label}><th scope="row">{g.label}（上限 {yen(g.capYen)} 円）</th><td className="num">{yen(g.subsidyYen)} 円</td></tr>
                  ))}
                </>
              )}
              <tr><th scope="row">上限（{subsidy.capLabel}）</th><td className="num">{yen(subsidy.capYen)} 円</td></tr>
              <tr className="total"><th scope="row">交付申請額</th><td className="num" data-testid="subsidy-total">{yen(subsidy.totalYen)} 円</td></tr>
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
