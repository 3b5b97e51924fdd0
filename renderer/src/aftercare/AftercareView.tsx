import { useMemo, useState } from 'react';
import { SAVE_LABELS } from '../components/SaveIndicator';
import { call } from '../api/client';
import { errorMessage, useAsync } from '../hooks/useAsync';
import { useAutosave } from '../hooks/useAutosave';
import type { AftercareState } from '../../../shared/api/aftercareContract';
import { evaluateAftercare } from '../../../shared/aftercare/evaluate';
import type { AftercareRecord } from '../../../shared/aftercare/schema';
import { planLength } from '../../../shared/aftercare/years';
import { jstToday } from '../../../shared/portfolio/dates';
import type { Application } from '../../../shared/schemas/application';
import type { Client } from '../../../shared/schemas/client';
import type { Template } from '../../../shared/templates/template';
import { ActualsTable } from './ActualsTable';
import { AchievementTable } from './AchievementTable';
import { HenkanSummary } from './HenkanSummary';
import { HenkanSteps } from './HenkanSteps';
import { ReportsList } from './ReportsList';
import { SettingsForm } from './SettingsForm';
import { ImportPanel } from './ImportPanel';
import { SourceCite } from './SourceCite';
import { applyImport, withRecordedOn } from './recordEdit';
import './aftercare.css';

const KEY = 'aftercare';

/** 「採択後」: the plan's targets against the actuals, the 返還 as the round computes it, what avoids it, the reports due. */
export function AftercareView({ app, template, client }: { app: Application; template: Template; client: Client }) {
  const loaded = useAsync(() => call('getAftercare', { applicationId: app.id, today: jstToday(new Date()) }), [app.id]);
  if (loaded.error) return <p className="notice error" role="alert">{loaded.error}</p>;
  if (!loaded.data) return <div className="loading">読み込み中…</div>;
  return <AftercareEditor initial={loaded.data} app={app} template={template} client={client} />;
}

function AftercareEditor({ initial, app, template, client }: { initial: AftercareState; app: Application; template: Template; client: Client }) {
  const [record, setRecord] = useState<AftercareRecord>(initial.record);
  const [message, setMessage] = useState<string>();
  const saver = useAutosave(() => initial.revision);
  const today = jstToday(new Date());
  const rules = template.aftercare;
  const report = useMemo(
    () => evaluateAftercare({ template, app, record, dates: initial.dates, adoptedYen: initial.adoptedYen, client: { fiscalYearEndMonth: client.fiscalYearEndMonth, prefecture: client.prefecture, employeeCount: client.employeeCount }, today }),
    [template, app, record, initial.dates, initial.adoptedYen, client, today],
  );

  const change = (next: AftercareRecord) => {
    setRecord(next);
    saver.schedule(KEY, async (base) => {
      const s = await call('saveAftercare', { applicationId: app.id, record: next, baseRevision: base, today });
      setRecord((cur) => withRecordedOn(cur, s.record));
      return s;
    });
  };
  const settle = async (keepMine: boolean) => {
    try {
      const stored = await call('getAftercare', { applicationId: app.id, today });
      if (!keepMine) setRecord(stored.record);
      saver.resolve(KEY, stored.revision, keepMine);
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };

  if (!report.applicable) return <p className="notice info">{report.message}</p>;
  const n = planLength(app);
  return (
    <div className="aftercare">
      <div className="ac-head">
        <h2>採択後のフォローアップ</h2>
        <span className="muted">{template.name}{report.timeline?.years[0]?.start ? `・計画期間 ${n}年（${report.timeline.base.label}から）` : ''}</span>
        <span className={`ac-save save-${saver.status}`} role="status" aria-live="polite" data-testid="aftercare-save">{SAVE_LABELS[saver.status]}{saver.error ? `：${saver.error}` : ''}</span>
      </div>
      {message && <p className="notice error" role="alert">{message}</p>}
      {saver.conflicts.includes(KEY) && (
        <p className="notice error" role="alert">
          この実績は別の画面で先に更新されています。入力した内容は残してあります。
          <button type="button" onClick={() => void settle(true)}>自分の入力を残す</button>
          <button type="button" onClick={() => void settle(false)}>保存されている内容を使う</button>
        </p>
      )}
      {report.timeline && report.timeline.notes.length > 0 && <ul className="muted small ac-notes">{report.timeline.notes.map((x) => <li key={x}>{x}</li>)}</ul>}
      <HenkanSummary report={report} />
      <section className="card">
        <div className="ac-section-head">
          <h2>実績（決算）と計画</h2>
          <ImportPanel applicationId={app.id} yearLabel={(y) => report.years.find((v) => v.year === y)?.label ?? `${y}年目`} onApply={(y, values, label) => change(applyImport(record, y, values, label))} />
        </div>
        <ActualsTable app={app} record={record} years={report.years} n={n} fteDigits={rules?.fte?.digits ?? 2} onChange={change} />
      </section>
      <AchievementTable report={report} />
      <HenkanSteps report={report} />
      <div className="two-col even">
        <section className="card">
          <h2>報告の期限</h2>
          <ReportsList report={report} done={record.settings.reportsDone} onToggle={(key, on) => change({ ...record, settings: { ...record.settings, reportsDone: on ? [...record.settings.reportsDone, key] : record.settings.reportsDone.filter((k) => k !== key) } })} />
          {report.notes.length > 0 && (
            <>
              <h3>そのほかの注意</h3>
              <ul className="small">{report.notes.map((x) => <li key={x.text}>{x.text} <SourceCite source={x.source} /></li>)}</ul>
            </>
          )}
        </section>
        <section className="card">
          <h2>交付額・日付・免除</h2>
          <SettingsForm settings={record.settings} report={report} template={template} onChange={(s) => change({ ...record, settings: s })} />
          {report.source && <SourceCite source={report.source} label="この回の採択後のルール" />}
        </section>
      </div>
    </div>
  );
}
