import { useMemo, useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { useTemplate, useTemplates } from '../templates';
import { Dialog } from '../components/Dialog';
import type { Application } from '../../../shared/schemas/application';
import type { Template } from '../../../shared/templates/template';
import type { TemplateSummary } from '../../../shared/templates/summary';
import type { MovedFinding } from '../../../shared/api/roundsContract';
import { diffRounds } from '../../../shared/rounds/diff';
import { deadlineLabel, ROUND_STATE_NAMES, sortRounds, summarizeRound } from '../../../shared/rounds/state';
import { RoundChanges } from '../rounds/RoundChanges';

const SEVERITY_NAMES = { error: 'エラー', warning: '注意', hint: 'ヒント' } as const;

/** Newer rounds this application may move to: later rounds of its program or of its successor, not closed. */
function newerRounds(app: Application, current: Template, templates: TemplateSummary[], packIds: Set<string>) {
  const now = new Date();
  const after = current.round?.deadline ?? '';
  return sortRounds(
    templates
      .filter((t) => t.id !== current.id && (t.programId === app.programId || t.successorOf === app.programId))
      .map((t) => summarizeRound(t, now, packIds.has(t.id)))
      .filter((r) => r.state !== 'closed' && (r.round?.deadline ?? '9999') > after),
  );
}

/** What changed from this round to the target (its whole template is fetched when the dialog shows it). */
function TargetChanges({ from, targetId }: { from: Template; targetId: string }) {
  const target = useTemplate(targetId);
  const changes = useMemo(() => (target.template ? diffRounds(from, target.template) : undefined), [from, target.template]);
  if (target.error) return <p className="notice error" role="alert">{target.error}</p>;
  return changes ? <RoundChanges changes={changes} /> : <p className="muted">読み込み中…</p>;
}

/**
 * 「この申請を新しい公募回に移す」: shown when a newer round of the program (or its successor) is open.
 * Shows what changed between the rounds, moves the application after keeping a version, and lists
 * what now fails because the rules changed.
 */
export function MoveToRound({ app, template, beforeMove, onMoved }: { app: Application; template: Template; beforeMove: () => Promise<void>; onMoved: () => void }) {
  const { templates, packIds } = useTemplates();
  const rounds = useMemo(() => newerRounds(app, template, templates, packIds), [app, template, templates, packIds]);
  const [open, setOpen] = useState(false);
  const [targetId, setTargetId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<MovedFinding[]>();
  const first = rounds[0];
  if (!first) return null;
  const target = templates.find((t) => t.id === (targetId ?? first.templateId));

  async function move() {
    if (!target) return;
    setBusy(true);
    setError(undefined);
    try {
      await beforeMove();
      const fresh = await call('getApplication', { id: app.id });
      const r = await call('moveToRound', { id: app.id, templateId: target.id, baseRevision: fresh.revision });
      setResult(r.newFindings);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="notice info round-notice" role="status">
      この申請は「{template.name}」の様式です。「{first.name}」が{ROUND_STATE_NAMES[first.state]}です{first.round ? `（締切 ${deadlineLabel(first.round)}）` : ''}。
      <button type="button" onClick={() => setOpen(true)}>この申請を新しい公募回に移す</button>
      <Dialog title="新しい公募回に移す" open={open} onClose={() => { if (result) onMoved(); setOpen(false); }}>
        {result === undefined ? (
          <>
            <label>
              移す先の公募回
              <select value={target?.id ?? ''} onChange={(e) => setTargetId(e.target.value)}>
                {rounds.map((r) => <option key={r.templateId} value={r.templateId}>{r.name}（{ROUND_STATE_NAMES[r.state]}）</option>)}
              </select>
            </label>
            <p className="small">今の内容は「公募回の変更前」の版として残ります。本文・数値計画・経費は引き継ぎ、新しい公募回の要件で確認し直します。</p>
            {target && <><h3>「{template.name}」からの変更点</h3><TargetChanges from={template} targetId={target.id} /></>}
            {error && <p className="notice error" role="alert">{error}</p>}
            <div className="actions">
              <button type="button" onClick={() => setOpen(false)}>やめる</button>
              <button type="button" className="primary" disabled={busy} onClick={() => void move()}>移す</button>
            </div>
          </>
        ) : (
          <>
            <p>「{target?.name}」に移しました。{result.length === 0 ? 'ルールの変更で新たに見つかった指摘はありません。' : `ルールの変更で新たに見つかった指摘が ${result.length} 件あります。`}</p>
            {result.length > 0 && (
              <ul className="moved-findings">
                {result.map((f) => <li key={f.id}><span className={`sev sev-${f.severity}`}>{SEVERITY_NAMES[f.severity]}</span> {f.message}</li>)}
              </ul>
            )}
            <div className="actions"><button type="button" className="primary" onClick={() => { setOpen(false); onMoved(); }}>新しい公募回で開く</button></div>
          </>
        )}
      </Dialog>
    </div>
  );
}
