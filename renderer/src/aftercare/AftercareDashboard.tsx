import { call } from '../api/client';
import { ShowMore, usePageLimit } from '../components/ShowMore';
import { useAsync } from '../hooks/useAsync';
import { href } from '../router';
import { jaDate } from '../../../shared/aftercare/calendar';
import { yen } from '../../../shared/format/numbers';
import { jstToday } from '../../../shared/portfolio/dates';
import './aftercare.css';

const PAGE = 30;

/**
 * The dashboard's after-採択 section: every adopted client heading for a 返還 (「このままでは」, with
 * what is already decided and the first thing to do), and the 事業化状況報告 / 事業効果報告 due.
 */
export function AftercareDashboard({ advisor }: { advisor: string }) {
  // The server filters by 担当 and sends the first `limit` of each list (a chamber has thousands of 採択先).
  const [limit, more] = usePageLimit(advisor, PAGE);
  const data = useAsync(() => call('getAftercareOverview', { today: jstToday(new Date()), advisor: advisor || undefined, limit }), [advisor, limit]);
  if (data.error) return <section className="card"><p className="notice error">{data.error}</p></section>;
  const d = data.data;
  if (!d) return null;
  const { atRisk, reports } = d;
  return (
    <div className="two-col even ac-dashboard">
      <section className="card" aria-label="返還のおそれがある事業者">
        <h2>採択後：返還のおそれがある事業者（{d.atRiskCount.toLocaleString('ja-JP')} 件）</h2>
        {d.atRiskCount > 1 && <p className="small muted">このままでは返還 合計 {yen(d.atRiskTotalYen)}円（返還額の大きい順）</p>}
        {atRisk.length === 0 ? <p className="muted">このままで返還が見込まれる採択先はありません。</p> : (
          <ul className="plain" data-testid="at-risk">
            {atRisk.map((x) => (
              <li key={x.applicationId}>
                <a href={href({ page: 'application', applicationId: x.applicationId })}>{x.clientName}：{x.title}</a>
                <div>
                  このままでは返還 <span className="ac-risk-amount">{yen(x.totalYen)}円</span>
                  {x.kofuYen !== null && <span className="small muted">（交付額 {yen(x.kofuYen)}円）</span>}
                  {x.fixedYen > 0 && <span className="small">・うち確定 {yen(x.fixedYen)}円</span>}
                  {x.unconfirmed && <span className="tag warn">未確認の基準を含む</span>}
                </div>
                {x.firstHint && <div className="small">→ {x.firstHint}</div>}
                <div className="muted small">{x.koboKai}{x.advisor ? `・${x.advisor}` : ''}</div>
              </li>
            ))}
          </ul>
        )}
        <ShowMore count={d.atRiskCount} shown={atRisk.length} busy={data.loading} onMore={more} />
      </section>
      <section className="card" aria-label="報告の期限">
        <h2>事業化状況報告・事業効果報告の期限（{d.reportsCount.toLocaleString('ja-JP')} 件{d.overdueCount > 0 ? `・うち期限切れ ${d.overdueCount.toLocaleString('ja-JP')} 件` : ''}）</h2>
        {reports.length === 0 ? <p className="muted">期限が近い報告はありません。</p> : (
          <ul className="plain" data-testid="reports-due">
            {reports.map((r) => (
              <li key={`${r.applicationId}-${r.name}-${r.index}`} className={r.status === 'overdue' ? 'ac-report-overdue' : ''}>
                <strong>{jaDate(r.due)}</strong>{r.estimated && <span className="small muted">（推定）</span>} {r.name} 第{r.index}回
                {r.status === 'overdue' ? <span className="tag warn">期限切れ・未提出</span> : <span className="small muted">（あと{r.daysLeft}日）</span>}
                <div><a href={href({ page: 'application', applicationId: r.applicationId })}>{r.clientName}：{r.title}</a></div>
              </li>
            ))}
          </ul>
        )}
        <ShowMore count={d.reportsCount} shown={reports.length} busy={data.loading} onMore={more} />
      </section>
    </div>
  );
}
