import type { AftercareReport } from '../../../shared/aftercare/evaluate';
import { yen } from '../../../shared/format/numbers';
import { jaDate } from '../../../shared/aftercare/calendar';

/**
 * The headline: 「このままでは返還 ○円」 (every rule on the figures as they stand), what actual figures
 * already decide, and what would avoid the rest — the smallest 給与支給総額 / 1人あたり / 最低賃金.
 */
export function HenkanSummary({ report }: { report: AftercareReport }) {
  const h = report.henkan;
  if (!h) return null;
  const notGranted = h.lines.some((l) => l.consequence === 'notGranted' && (l.yen ?? 0) > 0);
  const total = h.totalYen ?? 0;
  return (
    <section className="card ac-summary" aria-label="返還の見込み">
      <div className="ac-headline">
        {h.lines.length === 0 ? (
          <p><strong>返還の定めはありません</strong>（{report.templateName}）。目標の達成状況と報告の期限を確認してください。</p>
        ) : total > 0 ? (
          <p className="ac-risk" data-testid="henkan-total">
            このままでは{notGranted ? '補助金が交付されません' : '返還'} <strong>{yen(total)}円</strong>
            {h.capped && <span className="small">（補助金交付額まで）</span>}
          </p>
        ) : (
          <p className="ac-safe" data-testid="henkan-total">このままなら返還はありません{h.incomplete ? '（未入力の年があります）' : ''}</p>
        )}
        {total > 0 && h.fixedYen !== null && <p className="small">うち実績で確定している分 {yen(h.fixedYen)}円・残りは入力済みの最新の値が続くとした見込み</p>}
        {total > 0 && (
          <p className="small ac-breakdown">
            内訳：{h.lines.filter((l) => (l.yen ?? 0) > 0).map((l) => `${l.title} ${yen(l.yen)}円${l.projected ? '（見込みを含む）' : ''}`).join('、')}
          </p>
        )}
        {h.unknown && <p className="notice info small">未達のときの扱いを確認できない要件があります（未確認）。金額は計算していません。</p>}
        <p className="muted small">
          補助金交付額 {report.kofu.yen === null ? '未入力' : `${yen(report.kofu.yen)}円`}（{report.kofu.basis}）
          {report.unconfirmed && <span className="tag warn">未確認の基準を含む試算</span>}
        </p>
      </div>
      {report.avoid.length > 0 && (
        <div className="ac-avoid">
          <h3>返還を避けるには</h3>
          <ul>
            {report.avoid.map((a, i) => (
              <li key={`${a.ruleId}-${i}`} data-testid="avoid-hint">
                <div>
                  <strong>{a.title}</strong>
                  {a.deadline && <span className="small">（{jaDate(a.deadline)}までに・{a.year}年目）</span>}
                  {a.avoidsYen !== null && a.avoidsYen > 0 && <span className="small">：{yen(a.avoidsYen)}円の{report.henkan?.lines.find((l) => l.ruleId === a.ruleId)?.consequence === 'notGranted' ? '不交付' : '返還'}を避けられます</span>}
                </div>
                {a.alternatives.map((alt, j) => (
                  <div key={j} className="ac-alt">
                    {a.alternatives.length > 1 && <span className="small muted">{j === 0 ? '次のどちらかで：' : 'または：'}{alt.label}</span>}
                    {alt.items.map((it, k) => (
                      <div key={k}>
                        {it.label}を <strong>{it.needed}</strong>
                        {it.current !== null && <span className="small">（いま {it.current}{it.diff ? `、あと ${it.diff}` : ''}）</span>}
                      </div>
                    ))}
                  </div>
                ))}
                {a.note && <p className="muted small">{a.note}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
