import { useState } from 'react';
import { call } from '../api/client';
import { jstToday } from '../../../shared/portfolio/dates';
import { errorMessage, useAsync } from '../hooks/useAsync';
import { href } from '../router';
import { saveExported } from '../files';
import { PROGRAM_NAMES, ProgramId } from '../../../shared/schemas/common';
import { STAGE_NAMES, Stage } from '../../../shared/portfolio/pipeline';
import { RateChart } from './RateChart';
import { FollowUps } from './FollowUps';
import { AftercareDashboard } from '../aftercare/AftercareDashboard';

const COLUMNS: Stage[] = ['draft', 'ownerReview', 'ready', 'submitted', 'adopted', 'rejected', 'kofuKettei', 'jissekiHokoku'];

/** All clients' applications by stage and due date, adoption rates, follow-ups and the yearly counts. */
export function PortfolioPage() {
  const [advisor, setAdvisor] = useState('');
  // Today as this window sees it (the same clock that marks rounds open or closed).
  const data = useAsync(() => call('getPortfolio', { withinDays: 45, today: jstToday(new Date()) }), []);
  const [message, setMessage] = useState<string>();
  if (data.error) return <div className="page"><p className="notice error" role="alert">{data.error}</p></div>;
  const d = data.data;
  if (!d) return <div className="loading">集計中…</div>;
  const advisors = [...new Set(d.rows.map((r) => r.advisor).filter(Boolean))].sort();
  const rows = advisor ? d.rows.filter((r) => r.advisor === advisor) : d.rows;
  const h = d.stats.hattatsu;

  async function exportSheet() {
    try {
      saveExported(await call('exportHattatsuSheet', { fiscalYear: d!.fiscalYear }));
    } catch (e) {
      setMessage(errorMessage(e));
    }
  }

  return (
    <div className="page wide">
      <div className="page-head">
        <h1>ポートフォリオ</h1>
        <label className="inline">担当
          <select value={advisor} onChange={(e) => setAdvisor(e.target.value)} aria-label="担当で絞り込む">
            <option value="">全員</option>
            {advisors.map((a) => <option key={a}>{a}</option>)}
          </select>
        </label>
      </div>
      {message && <p className="notice error" role="alert">{message}</p>}
      <section className="card">
        <h2>締切が近いもの</h2>
        {d.due.length === 0 ? <p className="muted">45日以内の締切はありません（公募回の締切は下の「公募回と締切」で登録します）。</p> : (
          <ul className="due-list">
            {d.due.filter((x) => !advisor || rows.some((r) => r.id === x.applicationId)).map((x) => (
              <li key={`${x.applicationId}-${x.kind}`} className={x.overdue ? 'overdue' : x.daysLeft <= 7 ? 'soon' : ''}>
                <strong>{x.label}</strong>（{x.date}{x.estimated ? '・推定' : ''}）
                <a href={href({ page: 'application', applicationId: x.applicationId })}>{x.clientName}：{x.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AftercareDashboard show={(id) => !advisor || rows.some((r) => r.id === id)} />
      <section className="card">
        <h2>進み具合（{rows.length} 件）</h2>
        <div className="board">
          {COLUMNS.map((c) => {
            const items = rows.filter((r) => r.stage === c);
            return (
              <div key={c} className="board-col">
                <div className={`stage stage-${c}`}>{STAGE_NAMES[c]} {items.length}</div>
                <ul>
                  {items.slice(0, 30).map((r) => (
                    <li key={r.id}>
                      <a href={href({ page: 'application', applicationId: r.id })}>{r.clientName}</a>
                      <div className="small">{r.title}</div>
                      <div className="muted small">{PROGRAM_NAMES[ProgramId.parse(r.programId)]}・{r.koboKai}{r.advisor ? `・${r.advisor}` : ''}</div>
                    </li>
                  ))}
                  {items.length > 30 && <li className="muted small">ほか {items.length - 30} 件</li>}
                </ul>
              </div>
            );
          })}
        </div>
      </section>
      <div className="two-col even">
        <section className="card">
          <h2>採択率（採択 / 採否決定）</h2>
          <RateChart rows={[{ label: '全体', rate: d.stats.overall.rate }, ...d.stats.byProgram.map((p) => ({ label: p.name, rate: p.rate }))]} />
          <h3>公募回別</h3>
          <RateChart rows={d.stats.byRound.map((r) => ({ label: `${PROGRAM_NAMES[r.programId]} ${r.koboKai}`, rate: r.rate }))} />
          <h3>担当別</h3>
          <RateChart rows={d.stats.byAdvisor.map((a) => ({ label: a.advisor, rate: a.rate }))} />
          <p className="muted small">交付決定 {d.stats.milestones.kofuKettei} 件・実績報告 {d.stats.milestones.jissekiHokoku} 件</p>
        </section>
        <section className="card">
          <h2>経営発達支援事業の実績（{h.label}）</h2>
          <table className="mini">
            <tbody>
              <tr><th scope="row">事業計画策定</th><td className="num">{h.jigyoKeikakuSakutei.plans} 件（{h.jigyoKeikakuSakutei.firms} 者）</td></tr>
              <tr><th scope="row">フォローアップ</th><td className="num">{h.followUp.firms} 者・{h.followUp.visits} 回</td></tr>
              <tr><th scope="row">うち売上高増加</th><td className="num">{h.uriageZoka} 者</td></tr>
              <tr><th scope="row">うち粗利増加</th><td className="num">{h.arariZoka} 者</td></tr>
            </tbody>
          </table>
          <button type="button" onClick={() => void exportSheet()}>Excelに書き出す</button>
          <FollowUps rows={d.rows} visits={d.visits} onChange={data.reload} />
        </section>
      </div>
    </div>
  );
}
