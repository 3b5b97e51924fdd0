import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { checkContextOf } from '../../../shared/checks/clientContext';
import { call } from '../api/client';
import { useAsync } from '../hooks/useAsync';
import { useAutosave } from '../hooks/useAutosave';
import { href, navigate } from '../router';
import { PROGRAM_NAMES } from '../../../shared/schemas/common';
import type { Application, FieldValue, SectionValues } from '../../../shared/schemas/application';
import { isLocked, partRevision, sectionPart } from '../../../shared/schemas/revisions';
import { ConflictResolver, type Settled } from './ConflictResolver';
import { LockedNotice } from './LockedNotice';
import { MoveToRound } from './MoveToRound';
import type { FinancialPlan } from '../../../shared/schemas/financialPlan';
import type { ExpenseLine } from '../../../shared/schemas/expense';
import type { Template } from '../../../shared/templates/template';
import { SaveIndicator } from '../components/SaveIndicator';
import { SectionList } from './SectionList';
import { sectionMarks } from './sectionMarks';
import { SectionEditor } from './SectionEditor';
import { CheckPanel } from './CheckPanel';
import { sectionProgress } from './progress';
import { ExpensesEditor } from './fields/ExpensesEditor';
import { checkApplication } from '../../../shared/checks/index';
import type { Client } from '../../../shared/schemas/client';
import { focusField } from './focus';
import { ExportMenu } from './ExportMenu';
import { PipelineControl } from './PipelineControl';
import { HistoryView } from './HistoryView';
import { SupplementaryView } from './SupplementaryView';
import { useReview } from '../review/useReview';
import { SectionComments } from '../review/SectionComments';
import { ReadOnlySection } from '../review/ReadOnlySection';
import { TranscriptionView } from './TranscriptionView';
import { FixContext, useApplyFix } from './FindingFix';
import { PreviewView } from './PreviewView';
import { AftercareView } from '../aftercare/AftercareView';
import { useOtherChanges, type OtherChange } from './useOtherChanges';
import { OtherChanges } from './OtherChanges';

type View = 'edit' | 'review' | 'transcription' | 'supplementary' | 'preview' | 'history' | 'aftercare';
const VIEWS: [View, string][] = [['edit', '入力'], ['review', '事業者確認'], ['transcription', '転記シート'], ['supplementary', '補足資料'], ['preview', '印刷プレビュー'], ['history', '履歴'], ['aftercare', '採択後']];

/** The wizard: section list | section editor | checks. Every change autosaves (debounced). */
export function Wizard({ initial, template, client, sectionId, onReload }: { initial: Application; template: Template; client: Client; sectionId?: string; onReload: () => void }) {
  const [app, setApp] = useState(initial);
  // Opened from a review file (the owner at home): start in 事業者確認 mode.
  const [view, setView] = useState<View>(() => (sessionStorage.getItem(`banso.view.${initial.id}`) === 'review' ? 'review' : 'edit'));
  const saver = useAutosave((key) => partRevision(initial.revisions, key));
  const review = useReview(initial.id);
  // The revision this window last took whole (opened, imported, restored): later revisions made elsewhere are news.
  const [heldRevision, setHeldRevision] = useState(initial.revision);
  const others = useOtherChanges(initial.id, heldRevision);
  const replaceApp = useCallback((a: Application) => {
    saver.reset((key) => partRevision(a.revisions, key));
    setApp(a);
    others.hold(a.revision);
    setHeldRevision(a.revision);
  }, [saver, others.hold]);
  const locked = isLocked(app);
  const current = template.sections.find((s) => s.id === sectionId) ?? template.sections[0]!;
  const select = useCallback((id: string) => navigate({ page: 'application', applicationId: app.id, sectionId: id }, true), [app.id]);

  // Whole-body writes (import, restore, review merge) name the application's revision: follow our own saves.
  const track = async (saved: Promise<{ revision: number; updatedAt: string }>) => {
    const r = await saved;
    others.ours(r.revision);
    setApp((a) => ({ ...a, revision: Math.max(a.revision, r.revision) }));
    return r;
  };
  const saveSection = (sid: string, values: SectionValues) => saver.schedule(sectionPart(sid), (base) => track(call('saveSection', { id: app.id, sectionId: sid, values, baseRevision: base })));
  const savePlan = (plan: FinancialPlan) => saver.schedule('plan', (base) => track(call('saveFinancialPlan', { id: app.id, plan, baseRevision: base })));
  const saveExpenses = (expenses: ExpenseLine[]) => saver.schedule('expenses', (base) => track(call('saveExpenses', { id: app.id, expenses, baseRevision: base })));
  const onField = (fieldId: string, v: FieldValue) => {
    const sid = current.id;
    const values = { ...(app.content[sid] ?? {}), [fieldId]: v };
    setApp((a) => ({ ...a, content: { ...a.content, [sid]: values } }));
    saveSection(sid, values);
  };
  const applyFix = useApplyFix(app, setApp, saveSection);
  const onPlan = (plan: FinancialPlan) => {
    setApp((a) => ({ ...a, financialPlan: plan }));
    savePlan(plan);
  };
  const onExpenses = (expenses: ExpenseLine[]) => {
    setApp((a) => ({ ...a, expenses }));
    saveExpenses(expenses);
  };
  /** A conflict settled: show the chosen values; save them over the stored ones when any own value was kept. */
  const onSettled = ({ key, storedRevision, keepMine, app: next }: Settled) => {
    setApp(next);
    if (keepMine) {
      if (key.startsWith('section:')) saveSection(key.slice('section:'.length), next.content[key.slice('section:'.length)] ?? {});
      else if (key === 'plan') savePlan(next.financialPlan);
      else if (key === 'expenses') saveExpenses(next.expenses);
    }
    saver.resolve(key, storedRevision, keepMine);
  };

  /**
   * Takes another machine's version of one part. Typing of ours not yet saved in that part is never
   * replaced: it goes to the conflict chooser (自分の入力 / 保存されている内容) instead.
   */
  const reloadPart = async (c: OtherChange) => {
    const stored = await call('getApplication', { id: app.id });
    const touched = c.part === '*' ? [...template.sections.map((x) => sectionPart(x.id)), 'plan', 'expenses'] : [c.part];
    const pendingKeys = touched.filter(saver.isPending);
    if (pendingKeys.length > 0) pendingKeys.forEach(saver.markConflict);
    else if (c.part === '*') replaceApp(stored);
    else {
      setApp((a) => {
        const next = { ...a, revisions: { ...a.revisions, [c.part]: partRevision(stored.revisions, c.part) } };
        if (c.part === 'plan') return { ...next, financialPlan: stored.financialPlan };
        if (c.part === 'expenses') return { ...next, expenses: stored.expenses };
        if (c.part === 'title') return { ...next, title: stored.title };
        const sid = c.part.slice('section:'.length);
        return { ...next, content: { ...a.content, [sid]: stored.content[sid] ?? {} } };
      });
      saver.rebase(c.part, partRevision(stored.revisions, c.part));
    }
    others.dismiss(c.part);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        const i = template.sections.findIndex((s) => s.id === current.id);
        const next = template.sections[i + (e.key === 'ArrowDown' ? 1 : -1)];
        if (next) {
          e.preventDefault();
          select(next.id);
        }
      }
      if ((e.ctrlKey || e.metaKey) && e.key === 's') {
        e.preventDefault();
        void saver.flush();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current.id, template.sections, select, saver]);

  // The client's ローカルベンチマーク (if any): the 経営状況分析 sections are checked for using it.
  const lokaben = useAsync(() => call('getLokaben', { clientId: client.id }), [client.id]);
  const lokabenPeriods = useMemo(() => lokaben.data?.financials.periods.map((p) => p.label) ?? [], [lokaben.data]);
  // The live checks follow the text a moment later: a keystroke or a paste paints first, then React
  // checks that text as soon as the input is idle (a deferred render, interrupted by the next keystroke).
  const checkedApp = useDeferredValue(app);
  const report = useMemo(
    () => checkApplication(template, checkedApp, { ...checkContextOf(client), lokaben: { periods: lokabenPeriods } }),
    [template, checkedApp, client, lokabenPeriods],
  );
  const go = useCallback(
    (sid: string, fieldId?: string) => {
      select(sid);
      if (fieldId) focusField(sid, fieldId);
    },
    [select],
  );

  const progress = useMemo(() => Object.fromEntries(template.sections.map((s) => [s.id, sectionProgress(s, app, app.content[s.id])])), [template.sections, app]);
  const marks = useMemo(() => sectionMarks(template, app, report.findings, review.approvals, review.comments), [template, app, report.findings, review.approvals, review.comments]);

  return (
    <div className="wizard">
      <div className="wizard-head">
        <nav className="crumbs" aria-label="パンくず">
          <a href={href({ page: 'clients' })}>事業者</a> ／ <a href={href({ page: 'client', clientId: app.clientId })}>{client.name}</a> ／ {PROGRAM_NAMES[app.programId]}
        </nav>
        <h1>{app.title}</h1>
        <span className="muted">{template.name}</span>
        <PipelineControl applicationId={app.id} beforeMove={saver.flush} onMoved={(status) => setApp((a) => ({ ...a, status, editUnlocked: status === 'submitted' ? false : a.editUnlocked }))} />
        <SaveIndicator status={saver.status} error={saver.error} onRetry={() => void saver.flush()} />
        <div className="wizard-tools">
        <div className="view-switch" role="tablist" aria-label="表示">
          {VIEWS.filter(([v]) => (v !== 'supplementary' || template.supplementary) && (v !== 'aftercare' || (app.status === 'adopted' && !!template.aftercare))).map(([v, label]) => (
            <button key={v} type="button" role="tab" aria-selected={view === v} className={view === v ? 'active' : ''} onClick={() => setView(v)}>{label}</button>
          ))}
        </div>
        <ExportMenu app={app} beforeExport={saver.flush} onImported={(a) => { replaceApp(a); review.reload(); }} />
        </div>
      </div>
      {view === 'transcription' && <div className="wizard-page"><TranscriptionView template={template} app={app} client={client} report={report} onEdit={(s, f) => { setView('edit'); go(s, f); }} /></div>}
      {view === 'supplementary' && <div className="wizard-page"><SupplementaryView app={app} template={template} /></div>}
      {view === 'preview' && <div className="wizard-page"><PreviewView applicationId={app.id} beforeExport={saver.flush} /></div>}
      {view === 'aftercare' && <div className="wizard-page"><AftercareView app={app} template={template} client={client} /></div>}
      {view === 'history' && <div className="wizard-page"><HistoryView app={app} template={template} beforeChange={saver.flush} onRestored={replaceApp} /></div>}
      {view === 'review' && (
        <div className="wizard-body review-mode">
          <SectionList sections={template.sections} current={current.id} progress={progress} onSelect={select} marks={marks} />
          <article className="section-editor" aria-label="事業者確認">
            <p className="notice info">事業者確認モード: 本文は読み取り専用です。気になる箇所を選んでコメントし、内容に問題がなければ「確認済み」にしてください。</p>
            <h2>{current.title}</h2>
            <ReadOnlySection app={app} section={current} />
          </article>
          <aside className="check-panel"><SectionComments key={current.id} app={app} section={current} review={review} role="owner" onApplied={replaceApp} /></aside>
        </div>
      )}
      {!locked && <div className="round-bar"><MoveToRound app={app} template={template} beforeMove={saver.flush} onMoved={onReload} /></div>}
      <OtherChanges changes={others.changes} template={template} onReload={(c) => void reloadPart(c)} onDismiss={others.dismiss} />
      {saver.conflicts[0] && <div className="conflict-bar"><ConflictResolver key={saver.conflicts[0]} mine={app} template={template} partKey={saver.conflicts[0]} onSettled={onSettled} /></div>}
      {view === 'edit' && locked && (
        <div className="wizard-body review-mode">
          <SectionList sections={template.sections} current={current.id} progress={progress} onSelect={select} marks={marks} />
          <article className="section-editor" aria-label="提出済みの申請">
            <LockedNotice app={app} onUnlocked={replaceApp} />
            <h2>{current.title}</h2>
            <ReadOnlySection app={app} section={current} />
          </article>
          <CheckPanel template={template} report={report} sectionId={current.id} onGo={go} />
        </div>
      )}
      {view === 'edit' && !locked && (
      <div className="wizard-body">
        <SectionList sections={template.sections} current={current.id} progress={progress} onSelect={select} marks={marks} />
        <SectionEditor key={current.id} section={current} app={app} values={app.content[current.id] ?? {}} onField={onField} onPlan={onPlan} onExpenses={onExpenses} maxPlanYears={template.planYears?.max ?? 5} figures={report.figures.years} footer={<SectionComments key={current.id} app={app} section={current} review={review} role="advisor" onApplied={replaceApp} beforeChange={saver.flush} baseOf={saver.baseOf} />} renderExpenses={(lines, onChange) => <ExpensesEditor lines={lines} onChange={onChange} categories={template.rules.expenses?.categories ?? []} taxLabel={report.figures.subsidy?.taxBasis === 'zeikomi' ? '税込' : '税抜'} />} />
        <FixContext.Provider value={applyFix}><CheckPanel template={template} report={report} sectionId={current.id} onGo={go} /></FixContext.Provider>
      </div>
      )}
    </div>
  );
}
