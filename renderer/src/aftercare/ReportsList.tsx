import type { AftercareReport } from '../../../shared/aftercare/evaluate';
import { reportKey } from '../../../shared/aftercare/reports';
import { jaDate } from '../../../shared/aftercare/calendar';

const STATUS = { done: '提出済み', overdue: '期限切れ', upcoming: 'もうすぐ', later: '' } as const;

/** 事業化状況報告 / 事業効果報告 / フォローアップ: each due date, marked 提出済み by the advisor. */
export function ReportsList({ report, done, onToggle }: { report: AftercareReport; done: readonly string[]; onToggle: (key: string, on: boolean) => void }) {
  if (report.reports.length === 0) return <p className="muted small">報告の期限は、完了日（または実績報告日）を入力すると表示されます。</p>;
  return (
    <ul className="ac-reports">
      {report.reports.map((r) => {
        const key = reportKey(r.scheduleId, r.index);
        return (
          <li key={key} className={`ac-report-${r.status}`}>
            <label>
              <input type="checkbox" checked={done.includes(key)} onChange={(e) => onToggle(key, e.target.checked)} />
              {r.name} 第{r.index}回：<strong>{jaDate(r.due)}</strong>まで{r.estimated && <span className="small muted">（推定）</span>}
              <span className="small muted">（{jaDate(r.periodEnd)}までの分）</span>
              {STATUS[r.status] && <span className={`tag${r.status === 'overdue' ? ' warn' : ''}`}>{STATUS[r.status]}{r.status === 'upcoming' ? `・あと${r.daysLeft}日` : ''}</span>}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
