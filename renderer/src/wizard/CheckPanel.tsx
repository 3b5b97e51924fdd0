import { useState } from 'react';
import type { Template } from '../../../shared/templates/template';
import { CATEGORY_NAMES, CRITERION_STATUS_NAMES, type CheckReport, type Finding } from '../../../shared/checks/types';
import { SEVERITY_NAMES } from '../../../shared/export/checkReport';
import { FiguresView } from './FiguresView';
import { FindingFixButton } from './FindingFix';
import { SimilarPassages } from './SimilarPassages';
import { useRoute } from '../router';

type Tab = 'section' | 'criteria' | 'figures';

/** Right column: findings for this section, the map of all 審査項目, and the computed figures. */
export function CheckPanel({ template, report, sectionId, onGo }: { template: Template; report: CheckReport; sectionId: string; onGo: (sectionId: string, fieldId?: string) => void }) {
  const [tab, setTab] = useState<Tab>('section');
  const r = report.readiness;
  const here = report.findings.filter((f) => f.sectionId === sectionId);
  const general = report.findings.filter((f) => !f.sectionId);
  const section = template.sections.find((s) => s.id === sectionId);
  const criteriaHere = report.coverage.filter((c) => section?.criteria.includes(c.criterionId));
  const title = (id?: string) => template.sections.find((s) => s.id === id)?.title ?? '';
  const route = useRoute();
  return (
    <aside className="check-panel" aria-label="チェック">
      <div className={`readiness ${r.ready ? 'ready' : 'not-ready'}`} data-testid="readiness">
        <strong>{r.ready ? '提出を妨げるエラーはありません' : `エラー ${r.errors} 件`}</strong>
        <div className="counts">
          <span className="sev sev-error">エラー {r.errors}</span>
          <span className="sev sev-warning">注意 {r.warnings}</span>
          <span className="sev sev-hint">ヒント {r.hints}</span>
        </div>
        <div className="muted small">審査項目 {r.criteriaOk} / {r.criteriaTotal} が「満たしている」</div>
      </div>
      {route.page === 'application' && <SimilarPassages applicationId={route.applicationId} changed={report} sectionId={sectionId} onGo={onGo} />}
      <div className="tabs" role="tablist">
        {(['section', 'criteria', 'figures'] as const).map((t) => (
          <button key={t} role="tab" aria-selected={tab === t} className={tab === t ? 'active' : ''} onClick={() => setTab(t)}>
            {t === 'section' ? `この項目（${here.length}）` : t === 'criteria' ? '審査項目' : '数値'}
          </button>
        ))}
      </div>
      {tab === 'section' && (
        <div role="tabpanel" aria-label="この項目">
          {here.length === 0 && <p className="muted small">この項目への指摘はありません。</p>}
          <FindingList findings={here} onGo={onGo} />
          {criteriaHere.map((c) => (
            <CriterionCard key={c.criterionId} c={c} template={template} onGo={onGo} />
          ))}
          {general.length > 0 && (
            <>
              <h3>申請全体</h3>
              <FindingList findings={general} onGo={onGo} />
            </>
          )}
        </div>
      )}
      {tab === 'criteria' && (
        <div role="tabpanel" aria-label="審査項目">
          {report.coverage.map((c) => (
            <CriterionCard key={c.criterionId} c={c} template={template} onGo={onGo} withSections />
          ))}
          <h3>すべての指摘（{report.findings.length}）</h3>
          <FindingList findings={report.findings} onGo={onGo} sectionTitle={title} />
        </div>
      )}
      {tab === 'figures' && <FiguresView report={report} />}
    </aside>
  );
}

/** 「公募要領 第8版 P.12」 where the edition and page are known, else the source note. */
function sourceLabel(s: NonNullable<Finding['source']>): string {
  return s.edition || s.page ? `公募要領 ${[s.edition, s.page].filter(Boolean).join(' ')}` : s.note.length > 60 ? `${s.note.slice(0, 60)}…` : s.note;
}

function FindingList({ findings, onGo, sectionTitle }: { findings: Finding[]; onGo: (s: string, f?: string) => void; sectionTitle?: (id?: string) => string }) {
  return (
    <ul className="findings">
      {findings.map((f) => (
        <li key={f.id} className={`finding sev-${f.severity}`}>
          <button type="button" disabled={!f.sectionId} onClick={() => f.sectionId && onGo(f.sectionId, f.fieldId)} title={f.sectionId ? 'この欄へ移動' : undefined}>
            <span className="sev-label">{SEVERITY_NAMES[f.severity]}</span>
            {f.category && <span className={`cat cat-${f.category}`}>{CATEGORY_NAMES[f.category]}</span>}
            {sectionTitle && f.sectionId && <span className="muted small"> {sectionTitle(f.sectionId)}</span>}
            <span className="msg">{f.message}</span>
            {f.source && <span className="finding-source">出典: {sourceLabel(f.source)}</span>}
            {f.source?.unconfirmed && <span className="tag warn" title={f.source.note}>未確認の基準</span>}
          </button>
          <FindingFixButton finding={f} />
        </li>
      ))}
    </ul>
  );
}

function CriterionCard({ c, template, onGo, withSections }: { c: CheckReport['coverage'][number]; template: Template; onGo: (s: string, f?: string) => void; withSections?: boolean }) {
  const crit = template.criteria.find((x) => x.id === c.criterionId);
  return (
    <div className={`criterion status-${c.status}`}>
      <div className="criterion-head">
        <span className={`badge badge-${c.status}`}>{CRITERION_STATUS_NAMES[c.status]}</span>
        <strong>{c.title}</strong>
        {crit?.source.unconfirmed && <span className="tag warn" title={crit.source.note}>未確認</span>}
      </div>
      {c.aspects.length > 0 && (
        <ul className="aspects">
          {c.aspects.map((a) => (
            <li key={a.aspectId} className={a.covered ? 'covered' : 'missing'}>
              {a.covered ? '✓' : '—'} {a.name}
              {a.evidence ? (
                <button type="button" className="evidence" onClick={() => onGo(a.evidence!.sectionId, a.evidence!.fieldId)} title="根拠の記述へ移動">
                  「{a.evidence.phrase}」
                </button>
              ) : (
                !a.covered && <span className="muted small"> まだ触れていません</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {withSections && (
        <div className="small">
          {c.sectionIds.map((sid) => (
            <button key={sid} type="button" className="link" onClick={() => onGo(sid)}>
              {template.sections.find((s) => s.id === sid)?.title}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
