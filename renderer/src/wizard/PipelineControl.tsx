import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage, useAsync } from '../hooks/useAsync';
import { Dialog } from '../components/Dialog';
import { STAGE_NAMES, stageOf, type Transition } from '../../../shared/portfolio/pipeline';
import { jstToday } from '../../../shared/portfolio/dates';
import type { ApplicationStatus } from '../../../shared/schemas/application';

/** Where the application stands (下書き … 採択 → 交付決定 → 実績報告) and the steps it can take next, each dated. */
export function PipelineControl({ applicationId, beforeMove, onMoved }: { applicationId: string; beforeMove: () => Promise<void>; onMoved: (status: ApplicationStatus) => void }) {
  const state = useAsync(() => call('getPipeline', { applicationId }), [applicationId]);
  const [step, setStep] = useState<Transition>();
  const [on, setOn] = useState(jstToday(new Date()));
  const [note, setNote] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string>();
  if (!state.data) return null;
  const stage = stageOf(state.data.record);

  async function move() {
    if (!step) return;
    try {
      await beforeMove();
      const next = await call('moveApplication', { applicationId, to: step.to, on, note, by: '', baseRevision: state.data?.revision ?? 0 });
      if ((step.to === 'adopted' || step.to === 'kofuKettei') && amount.trim()) {
        const yen = Number(amount.replace(/[,，\s円]/g, ''));
        if (!Number.isInteger(yen) || yen < 0) throw new Error('金額は0以上の整数（円）で入力してください。');
        await call('setAssignment', { applicationId, advisor: next.advisor, adoptedYen: yen, baseRevision: next.revision });
      }
      onMoved(next.record.status);
      setStep(undefined);
      setNote('');
      setAmount('');
      state.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function assign(advisor: string) {
    if (!state.data || advisor === state.data.advisor) return;
    try {
      await call('setAssignment', { applicationId, advisor, adoptedYen: state.data.adoptedYen, baseRevision: state.data.revision });
      state.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div className="pipeline">
      <label className="inline small">
        担当
        <input className="advisor" aria-label="担当経営指導員" defaultValue={state.data.advisor} key={state.data.advisor} onBlur={(e) => void assign(e.target.value.trim())} />
      </label>
      <span className={`stage stage-${stage}`} data-testid="stage">{STAGE_NAMES[stage]}</span>
      <select aria-label="次の段階へ進める" value="" onChange={(e) => { const t = state.data?.next.find((x) => x.to === e.target.value); setStep(t); setError(undefined); }}>
        <option value="">進める…</option>
        {state.data.next.map((t) => <option key={t.to} value={t.to}>{t.label}</option>)}
      </select>
      <Dialog title={step?.label ?? ''} open={step !== undefined} onClose={() => setStep(undefined)}>
        <div className="form-grid">
          <label>
            日付
            <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
          </label>
          {(step?.to === 'adopted' || step?.to === 'kofuKettei') && (
            <label>
              {step.to === 'adopted' ? '採択額（円）' : '交付決定額（円）'}
              <input inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} />
            </label>
          )}
          <label className="span2">
            メモ
            <input value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          {error && <p className="form-error span2" role="alert">{error}</p>}
          <div className="actions span2">
            <button type="button" onClick={() => setStep(undefined)}>キャンセル</button>
            <button type="button" className="primary" onClick={() => void move()}>{step ? `「${STAGE_NAMES[step.to]}」にする` : ''}</button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
