import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { jstToday } from '../../../shared/portfolio/dates';
import type { FollowUpRow, PortfolioRowDto } from '../../../shared/api/reviewContract';
import { useAsync } from '../hooks/useAsync';

/**
 * Follow-up visits after 採択, with their outcomes (売上高増加, 粗利増加). The application is found by
 * typing part of the client's name or the title (the server searches; a chamber has thousands).
 */
export function FollowUps({ visits, onChange }: { visits: FollowUpRow[]; onChange: () => void }) {
  const [query, setQuery] = useState('');
  const found = useAsync(() => call('findAdoptedApplications', { query, limit: 20 }), [query]);
  const adopted: PortfolioRowDto[] = found.data ?? [];
  const [picked, setPicked] = useState('');
  const appId = adopted.some((r) => r.id === picked) ? picked : (adopted[0]?.id ?? '');
  const [date, setDate] = useState(jstToday(new Date()));
  const [uriage, setUriage] = useState(false);
  const [arari, setArari] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  async function add() {
    const r = adopted.find((x) => x.id === appId);
    if (!r) return setError('採択された申請を選んでください。');
    try {
      await call('addFollowUp', { applicationId: r.id, clientId: r.clientId, date, advisor: r.advisor, outcome: { uriageZoka: uriage, arariZoka: arari }, note });
      setNote('');
      onChange();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <div className="followups">
      <h3>フォローアップ訪問</h3>
      {adopted.length === 0 && !query ? <p className="muted small">採択された申請がまだありません。</p> : (
        <div className="form-grid">
          <label>申請を探す<input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="事業者名・計画名の一部" /></label>
          <label>申請
            <select value={appId} onChange={(e) => setPicked(e.target.value)}>{adopted.map((r) => <option key={r.id} value={r.id}>{r.clientName}：{r.title}</option>)}</select>
          </label>
          <label>訪問日<input type="date" value={date} onChange={(e) => setDate(e.target.value)} /></label>
          <label>メモ<input value={note} onChange={(e) => setNote(e.target.value)} /></label>
          <label className="inline"><input type="checkbox" checked={uriage} onChange={(e) => setUriage(e.target.checked)} />売上高増加</label>
          <label className="inline"><input type="checkbox" checked={arari} onChange={(e) => setArari(e.target.checked)} />粗利増加</label>
          <div className="actions span2"><button type="button" onClick={() => void add()}>訪問を記録</button></div>
        </div>
      )}
      {error && <p className="notice error" role="alert">{error}</p>}
      <ul className="plain small">
        {visits.slice(0, 10).map((v) => (
          <li key={v.id}>{v.date} {v.clientName} {v.outcome.uriageZoka ? '・売上高増加' : ''}{v.outcome.arariZoka ? '・粗利増加' : ''} {v.note}</li>
        ))}
      </ul>
    </div>
  );
}
