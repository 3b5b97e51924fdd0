import { useState } from 'react';
import { call } from '../api/client';
import { jstToday } from '../../../shared/portfolio/dates';
import { errorMessage, useAsync } from '../hooks/useAsync';
import { href } from '../router';
import { saveExported } from '../files';
import { PROGRAM_NAMES, ProgramId } from '../../../shared/schemas/common';
import { STAGE_NAMES } from '../../../shared/portfolio/pipeline';
import type { PortfolioRowDto, StageColumn } from '../../../shared/api/reviewContract';
import { RateChart } from './RateChart';
import { FollowUps } from './FollowUps';
import { AftercareDashboard } from '../aftercare/AftercareDashboard';
import { ShowMore, usePageLimit } from '../components/ShowMore';

const PER_STAGE = 20;
const DUE_PAGE = 50;

/** All clients' applications by stage and due date, adoption rates, follow-ups and the yearly counts. */
export function PortfolioPage() {
  const [advisor, setAdvisor] = useState('');
  // Today as this window sees it (the same clock that marks rounds open or closed). The server filters and pages.
  const [dueLimit, moreDue] = usePageLimit(advisor, DUE_PAGE);
  const data = useAsync(() => call('getPortfolio', { withinDays: 45, today: jstToday(new Date()), advisor, perStage: PER_STAGE, dueLimit }), [advisor, dueLimit]);
  const [message, setMessage] = useState<string>();
  if (data.error) return <div className="page"><p className="notice error" role="alert">{data.error}</p></div>;
  const d = data.data;
  if (!d) return <div className="loading">集計中…</div>;
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
        {d.scope === 'mine' && <span className="muted" data-testid="portfolio-scope">あなたが担当の申請だけを表示しています（会議所全体は管理者が見られます）</span>}
        <label className="inline">担当
          <select value={advisor} onChange={(e) => setAdvisor(e.target.value)} aria-label="担当で絞り込む">
            <option value="">全員</option>
            {d.advisors.map((a) => <option key={a}>{a}</option>)}
          </select>
        </label>
      </div>
      {message && <p className="notice error" role="alert">{message}</p>}
      <section className="card">
        <h2>締切が近いもの{d.dueCount > 0 && `（${d.dueCount.toLocaleString('ja-JP')} 件）`}</h2>
        {d.due.length === 0 ? <p className="muted">45日以内の締切はありません（公募回の締切は下の「公募回と締切」で登録します）。</p> : (
          <ul className="due-list">
            {d.due.map((x) => (
              <li key={`${x.applicationId}-${x.kind}`} className={x.overdue ? 'overdue' : x.daysLeft <= 7 ? 'soon' : ''}>
                <strong>{x.label}</strong>（{x.date}{x.estimated ? '・推定' : ''}）
                <a href={href({ page: 'application', applicationId: x.applicationId })}>{x.clientName}：{x.title}</a>
              </li>
            ))}
          </ul>
        )}
        <ShowMore count={d.dueCount} shown={d.due.length} busy={data.loading} onMore={moreDue} />
      </section>
      <AftercareDashboard advisor={advisor} />
      <section className="card">
        <h2>進み具合（{d.total.toLocaleString('ja-JP')} 件）</h2>
        <div className="board">
          {d.stages.map((c) => <StageColumnView key={`${c.stage}-${advisor}`} column={c} advisor={advisor} />)}
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
          <FollowUps visits={d.visits} onChange={data.reload} />
        </section>
      </div>
    </div>
  );
}

/** One stage of the board: its first cards, and the rest on request (paged by the server). */
function StageColumnView({ column, advisor }: { column: StageColumn; advisor: string }) {
  const [more, setMore] = useState<PortfolioRowDto[]>([]);
  const [busy, setBusy] = useState(false);
  const cards = [...column.cards, ...more];
  async function showMore() {
    setBusy(true);
    try {
      const r = await call('listStageCards', { stage: column.stage, advisor, offset: cards.length, limit: 100 });
      setMore((m) => [...m, ...r.cards]);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="board-col">
      <div className={`stage stage-${column.stage}`}>{STAGE_NAMES[column.stage]} {column.count.toLocaleString('ja-JP')}</div>
      <ul>
        {cards.map((r) => (
          <li key={r.id}>
            <a href={href({ page: 'application', applicationId: r.id })}>{r.clientName}</a>
            <div className="small">{r.title}</div>
            <div className="muted small">{PROGRAM_NAMES[ProgramId.parse(r.programId)]}・{r.koboKai}{r.advisor ? `・${r.advisor}` : ''}</div>
          </li>
        ))}
        {column.count > cards.length && (
          <li><button type="button" className="link small" disabled={busy} onClick={() => void showMore()}>ほか {(column.count - cards.length).toLocaleString('ja-JP')} 件{busy ? '（読み込み中…）' : 'を表示'}</button></li>
        )}
      </ul>
    </div>
  );
}
