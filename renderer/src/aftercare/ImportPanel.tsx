import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import type { ImportPeriod } from '../../../shared/aftercare/lokabenImport';
import { FIGURE_NAMES } from '../../../shared/finance/result';
import { plainNumber, yen } from '../../../shared/format/numbers';
import { jstToday } from '../../../shared/portfolio/dates';
import type { FigureKey } from '../../../shared/schemas/financialPlan';

/**
 * 「ロカベンの決算から取り込む」: shows, for each 決算期 of the client's ロカベン that matches a plan year,
 * the figures it would set next to the ones recorded; the advisor picks the periods and confirms.
 */
export function ImportPanel({ applicationId, yearLabel, onApply }: { applicationId: string; yearLabel: (year: number) => string; onApply: (year: number, values: Partial<Record<FigureKey, number>>, label: string) => void }) {
  const [periods, setPeriods] = useState<ImportPeriod[] | null>(null);
  const [hasLokaben, setHasLokaben] = useState(true);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string>();
  async function open() {
    try {
      const r = await call('previewAftercareImport', { applicationId, today: jstToday(new Date()) });
      setPeriods(r.periods);
      setHasLokaben(r.hasLokaben);
      setPicked(new Set(r.periods.filter((p) => p.year !== null && p.items.length > 0).map((p) => p.label)));
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  if (periods === null) return <><button type="button" onClick={() => void open()}>ロカベンの決算から取り込む…</button>{error && <p className="notice error">{error}</p>}</>;
  const apply = () => {
    for (const p of periods) if (p.year !== null && picked.has(p.label)) onApply(p.year, Object.fromEntries(p.items.map((i) => [i.key, i.incoming])), p.label);
    setPeriods(null);
  };
  return (
    <div className="ac-import card" role="group" aria-label="ロカベンから取り込む">
      <h3>ロカベンの決算から取り込む</h3>
      {!hasLokaben && <p className="muted">この事業者のローカルベンチマークに決算がありません。</p>}
      {periods.map((p) => (
        <div key={p.label}>
          <label>
            <input type="checkbox" disabled={p.year === null || p.items.length === 0} checked={picked.has(p.label)} onChange={(e) => { const s = new Set(picked); if (e.target.checked) s.add(p.label); else s.delete(p.label); setPicked(s); }} />
            「{p.label}」→ {p.year === null ? <span className="muted">対応する年度がありません</span> : yearLabel(p.year)}
          </label>
          <ul className="small">
            {p.items.map((i) => (
              <li key={i.key}>{FIGURE_NAMES[i.key]}: {i.current === null ? '未入力' : i.key === 'jugyoinSu' ? plainNumber(i.current, 2) : `${yen(i.current)}円`} → <strong>{i.key === 'jugyoinSu' ? `${plainNumber(i.incoming, 2)}人` : `${yen(i.incoming)}円`}</strong></li>
            ))}
          </ul>
        </div>
      ))}
      <p className="muted small">ロカベンにある売上高・営業利益・減価償却費・従業員数だけを取り込みます。人件費・給与支給総額・最低賃金は決算書・賃金台帳から入力してください。</p>
      <button type="button" className="primary" onClick={apply} disabled={picked.size === 0}>選んだ年度に取り込む</button>{' '}
      <button type="button" onClick={() => setPeriods(null)}>やめる</button>
    </div>
  );
}
