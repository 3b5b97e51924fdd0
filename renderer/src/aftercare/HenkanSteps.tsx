import type { AftercareReport } from '../../../shared/aftercare/evaluate';
import { yen } from '../../../shared/format/numbers';
import { SourceCite } from './SourceCite';

const STATUS = { none: '返還なし', henkan: '返還', exempt: '返還免除', incomplete: '未入力あり', unknown: '未確認' } as const;

/** Each rule's 返還 with its formula step by step, when it is decided, and its source. */
export function HenkanSteps({ report }: { report: AftercareReport }) {
  const h = report.henkan;
  if (!h || h.lines.length === 0) return null;
  return (
    <section className="card ac-steps">
      <h2>返還額の計算</h2>
      {h.lines.map((l) => (
        <div key={l.ruleId} className="ac-rule" data-testid={`henkan-${l.ruleId}`}>
          <h3>
            {l.title}
            <span className={`badge ac-badge-${l.status}`}>{l.consequence === 'notGranted' && l.status === 'henkan' ? '不交付' : STATUS[l.status]}</span>
            {l.yen !== null && l.yen > 0 && <span className="ac-amount">{yen(l.yen)}円</span>}
            {l.projected && (l.yen ?? 0) > 0 && <span className="tag">見込みを含む</span>}
          </h3>
          <p className="muted small">判定: {l.timing}</p>
          <ol className="ac-formula">
            {l.steps.map((s, i) => <li key={i}>{s}</li>)}
          </ol>
          <SourceCite source={l.source} />
        </div>
      ))}
      <div className="small muted">
        <p>合算: {h.combination.note}{h.combination.unconfirmed && <span className="tag warn">未確認</span>}</p>
        <p>端数: {h.rounding.note}{h.rounding.unconfirmed && <span className="tag warn">未確認</span>}</p>
      </div>
    </section>
  );
}
