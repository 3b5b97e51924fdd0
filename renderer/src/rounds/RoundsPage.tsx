import { useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { useTemplates } from '../templates';
import { href } from '../router';
import { fileToBase64, saveExported } from '../files';
import { PROGRAM_NAMES, ProgramId } from '../../../shared/schemas/common';
import { deadlineLabel, ROUND_STATE_NAMES, roundState, sortRounds, summarizeRound } from '../../../shared/rounds/state';
import { previousRound } from '../../../shared/rounds/diff';

/** Programs with an open round first (持続化 in late 2026), then the others in their usual order. */
function programsOpenFirst(templates: readonly { programId: ProgramId; round?: Parameters<typeof roundState>[0] }[], now: Date): ProgramId[] {
  const open = (p: ProgramId) => templates.some((t) => t.programId === p && roundState(t.round, now, p) === 'open');
  return [...ProgramId.options].sort((a, b) => Number(open(b)) - Number(open(a)));
}

/**
 * 公募回: every round of every program with its dates and state, what changed since the previous round,
 * and rounds made in the app (rule packs) — made here from the latest round, exported for the other
 * advisors, imported from theirs.
 */
export function RoundsPage() {
  const { templates, packIds, reload } = useTemplates();
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();
  const now = new Date();

  async function importPack(file: File) {
    setMessage(undefined);
    try {
      const r = await call('importRulePack', { base64: await fileToBase64(file) });
      reload();
      setMessage({ kind: 'info', text: r.added ? `「${r.name}」を追加しました。` : `「${r.name}」は既に読み込まれています。` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  }
  async function exportPack(templateId: string) {
    try {
      setMessage({ kind: 'info', text: saveExported(await call('exportRulePack', { templateId })) });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  }

  return (
    <div className="page rounds">
      <div className="page-head">
        <h1>公募回</h1>
        <label className="button file-button">
          公募回ファイルを読み込む
          <input type="file" accept=".json,application/json" aria-label="公募回ファイルを読み込む" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importPack(f); }} />
        </label>
      </div>
      <p className="muted">各公募回の日程と要件は公募要領から取ったデータです。新しい公募回が出たら、最新の公募回をもとに「新しい公募回を作る」で日程・上限額・要件を直し、変えた値ごとに公募要領の版とページを記録します。作った公募回はファイルに書き出して、ほかの指導員に渡せます。</p>
      {message && <p className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
      {programsOpenFirst(templates, now).map((p) => {
        const rounds = sortRounds(templates.filter((t) => t.programId === p).map((t) => summarizeRound(t, now, packIds.has(t.id))));
        if (rounds.length === 0) return null;
        return (
          <section key={p} className="card">
            <h2>{PROGRAM_NAMES[p]}</h2>
            <table className="list">
              <thead><tr><th>公募回</th><th>状態</th><th>公募開始</th><th>締切</th><th>様式4 締切</th><th>採択発表</th><th /></tr></thead>
              <tbody>
                {rounds.map((r) => {
                  const t = templates.find((x) => x.id === r.templateId)!;
                  const prev = previousRound(t, templates);
                  return (
                    <tr key={r.templateId} className={`round-${r.state}`}>
                      <td>
                        <a href={href({ page: 'round', templateId: r.templateId })}>{r.name}</a>
                        {r.pack && <span className="tag">追加した公募回</span>}
                      </td>
                      <td><span className={`state state-${r.state}`}>{ROUND_STATE_NAMES[r.state]}</span></td>
                      <td>{r.round?.openFrom ?? '—'}</td>
                      <td>{r.round ? deadlineLabel(r.round) : '—'}</td>
                      <td>{r.round?.yoshiki4Deadline ?? '—'}</td>
                      <td>{r.round?.adoptionAnnouncement ?? '—'}</td>
                      <td className="actions-inline">
                        {prev && <a href={href({ page: 'round', templateId: r.templateId, against: prev.id })}>前回からの変更点</a>}
                        <a href={href({ page: 'newRound', baseId: r.templateId })} aria-label={`${r.name}をもとに新しい公募回を作る`}>これをもとに作る</a>
                        {r.pack && <button type="button" onClick={() => void exportPack(r.templateId)}>書き出す</button>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
