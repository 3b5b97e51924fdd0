import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { PROGRAM_NAMES, ProgramId } from '../../../shared/schemas/common';
import { defaultYoshiki4CutOff, needsYoshiki4, type KoboRound } from '../../../shared/portfolio/deadlines';
import type { PortfolioRowDto } from '../../../shared/api/reviewContract';

/** 公募回 and their deadlines; 様式4 cut-off defaults to 10 days before the deadline (持続化). */
export function RoundsEditor({ rounds, rows, onChange }: { rounds: KoboRound[]; rows: PortfolioRowDto[]; onChange: () => void }) {
  const known = [...new Map(rows.map((r) => [`${r.programId}|${r.koboKai}`, { programId: ProgramId.parse(r.programId), koboKai: r.koboKai }])).values()];
  const [error, setError] = useState<string>();
  async function save(programId: ProgramId, koboKai: string, deadline: string) {
    setError(undefined);
    try {
      await call('saveRound', { programId, koboKai, applicationDeadline: deadline });
      onChange();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <section className="card">
      <h2>公募回と締切</h2>
      <table className="list">
        <thead><tr><th>制度</th><th>公募回</th><th>申請締切</th><th>様式4 締切</th></tr></thead>
        <tbody>
          {known.map((k) => {
            const r = rounds.find((x) => x.programId === k.programId && x.koboKai === k.koboKai);
            return (
              <tr key={`${k.programId}|${k.koboKai}`}>
                <td>{PROGRAM_NAMES[k.programId]}</td>
                <td>{k.koboKai}</td>
                <td><input type="date" aria-label={`${k.koboKai} 申請締切`} defaultValue={r?.applicationDeadline ?? ''} onChange={(e) => e.target.value && void save(k.programId, k.koboKai, e.target.value)} /></td>
                <td>{r && needsYoshiki4(k.programId) ? `${r.yoshiki4CutOff ?? defaultYoshiki4CutOff(r.applicationDeadline)}${r.yoshiki4CutOff ? '' : '（10日前・推定）'}` : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error && <p className="notice error" role="alert">{error}</p>}
    </section>
  );
}
