import { useState, type FormEvent } from 'react';
import { PROGRAM_NAMES, ProgramId } from '../../../shared/schemas/common';
import type { ApplicationSummary } from '../../../shared/schemas/application';
import { useTemplates } from '../templates';
import { deadlineLabel, ROUND_STATE_NAMES, sortRounds, summarizeRound, type RoundSummary } from '../../../shared/rounds/state';
import type { TemplateSummary } from '../../../shared/templates/summary';

/** The rounds of a program as the picker lists them: open first (nearest deadline), closed last. */
function roundsOf(templates: TemplateSummary[], programId: ProgramId, packIds: Set<string>): RoundSummary[] {
  const now = new Date();
  return sortRounds(templates.filter((t) => t.programId === programId).map((t) => summarizeRound(t, now, packIds.has(t.id))));
}

function optionLabel(r: RoundSummary): string {
  const when = r.round ? (r.state === 'closed' ? `（締切済み ${r.round.deadline}）` : `（${ROUND_STATE_NAMES[r.state]}・締切 ${deadlineLabel(r.round)}）`) : r.current ? '' : '（旧ルール・参照用）';
  return `${r.name}${when}${r.pack ? '［追加した公募回］' : ''}`;
}

export interface NewApplicationValues {
  programId: ProgramId;
  templateId: string;
  title: string;
  reuseFromId?: string;
}

/** Pick a program and its 公募回 (template); optionally carry sections over from another application. */
export function NewApplicationForm({ others, onSubmit, onCancel }: { others: ApplicationSummary[]; onSubmit: (v: NewApplicationValues) => Promise<void>; onCancel: () => void }) {
  const { templates, packIds } = useTemplates();
  const [programId, setProgramId] = useState<ProgramId>('jizokuka');
  const forProgram = roundsOf(templates, programId, packIds);
  const [templateId, setTemplateId] = useState(forProgram[0]?.templateId ?? '');
  const chosen = forProgram.find((r) => r.templateId === templateId);
  const [title, setTitle] = useState('');
  const [reuseFromId, setReuseFromId] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  function pickProgram(p: ProgramId) {
    setProgramId(p);
    setTemplateId(roundsOf(templates, p, packIds)[0]?.templateId ?? '');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!templateId) return setError('この制度の様式が読み込まれていません。設定・情報画面を確認してください。');
    setBusy(true);
    try {
      await onSubmit({ programId, templateId, title, reuseFromId: reuseFromId || undefined });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <form className="form-grid" onSubmit={submit}>
      <fieldset className="span2 program-pick">
        <legend>制度</legend>
        {ProgramId.options.map((p) => (
          <label key={p} className="radio-card">
            <input type="radio" name="program" value={p} checked={programId === p} onChange={() => pickProgram(p)} />
            {PROGRAM_NAMES[p]}
          </label>
        ))}
      </fieldset>
      <label className="span2">
        公募回・様式
        <select value={templateId} onChange={(e) => setTemplateId(e.target.value)} name="templateId">
          {forProgram.map((r) => (
            <option key={r.templateId} value={r.templateId}>
              {optionLabel(r)}
            </option>
          ))}
        </select>
        {chosen?.state === 'closed' && (
          <span className="notice error small" role="alert">
            この公募回は締め切られています（締切 {chosen.round ? deadlineLabel(chosen.round) : ''}）。過去の申請の記録や参照のために作る場合だけ選んでください。
          </span>
        )}
        {chosen?.state === 'upcoming' && chosen.round?.openFrom && <span className="muted small">申請受付は {chosen.round.openFrom} からです。</span>}
      </label>
      <label className="span2">
        申請の名前（空欄なら様式名）
        <input value={title} onChange={(e) => setTitle(e.target.value)} name="title" placeholder="例: 自社ブランド下着の開発" />
      </label>
      {others.length > 0 && (
        <label className="span2">
          既存の申請から引き継ぐ（任意）
          <select value={reuseFromId} onChange={(e) => setReuseFromId(e.target.value)} name="reuseFromId">
            <option value="">引き継がない</option>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}（{PROGRAM_NAMES[a.programId]}）
              </option>
            ))}
          </select>
          <span className="muted small">同じ目的の項目（企業概要・強み・実施体制など）と数値計画を写します。引き継いだ項目には引き継ぎ元が表示されます。</span>
        </label>
      )}
      {error && <p className="form-error span2" role="alert">{error}</p>}
      <div className="actions span2">
        <button type="button" onClick={onCancel}>キャンセル</button>
        <button type="submit" className="primary" disabled={busy}>作成して開く</button>
      </div>
    </form>
  );
}
