import { useMemo } from 'react';
import { useTemplate, useTemplates } from '../templates';
import { href, navigate } from '../router';
import { PROGRAM_NAMES } from '../../../shared/schemas/common';
import { diffRounds, previousRound } from '../../../shared/rounds/diff';
import { deadlineLabel, ROUND_STATE_NAMES, roundState } from '../../../shared/rounds/state';
import { RoundChanges } from './RoundChanges';

/** One round: its dates and sources, and what differs from another round of the program (the previous one by default). */
export function RoundPage({ templateId, against }: { templateId: string; against?: string }) {
  const { templates, byId, packIds } = useTemplates();
  const t = byId(templateId);
  const other = against ? byId(against) : t ? previousRound(t, templates) : undefined;
  // The comparison needs both whole templates (rules, criteria); the dates and names are in the summaries.
  const full = useTemplate(t?.id);
  const otherFull = useTemplate(other?.id);
  const changes = useMemo(() => (full.template && otherFull.template ? diffRounds(otherFull.template, full.template) : undefined), [full.template, otherFull.template]);
  if (!t) return <div className="page"><p className="notice error" role="alert">この公募回は読み込まれていません。</p><a href={href({ page: 'rounds' })}>公募回の一覧へ</a></div>;
  const peers = templates.filter((x) => x.id !== t.id && (x.programId === t.programId || x.programId === t.successorOf || t.programId === x.successorOf));
  const state = roundState(t.round, new Date(), t.programId);
  return (
    <div className="page">
      <nav className="crumbs" aria-label="パンくず"><a href={href({ page: 'rounds' })}>公募回</a> ／ {PROGRAM_NAMES[t.programId]}</nav>
      <div className="page-head">
        <h1>{t.name}</h1>
        <span className={`state state-${state}`}>{ROUND_STATE_NAMES[state]}</span>
        {packIds.has(t.id) && <span className="tag">追加した公募回</span>}
        <a className="button" href={href({ page: 'newRound', baseId: t.id })}>この公募回をもとに新しい公募回を作る</a>
      </div>
      {t.round && (
        <p>
          締切 {deadlineLabel(t.round)}
          {t.round.openFrom ? `・公募開始 ${t.round.openFrom}` : ''}
          {t.round.yoshiki4Deadline ? `・様式4 発行受付締切 ${t.round.yoshiki4Deadline}` : ''}
          {t.round.adoptionAnnouncement ? `・採択発表 ${t.round.adoptionAnnouncement}` : ''}
          <span className="muted small">（出典: {t.round.source.note}{t.round.source.unconfirmed ? '・未確認' : ''}）</span>
        </p>
      )}
      <p className="muted small">出典: {t.source.note}{t.source.unconfirmed ? '（未確認の値を含みます）' : ''}</p>
      <h2>
        {other ? `「${other.name}」からの変更点` : '比べる公募回がありません'}
      </h2>
      {peers.length > 0 && (
        <label className="inline small">
          比べる公募回
          <select aria-label="比べる公募回" value={other?.id ?? ''} onChange={(e) => navigate({ page: 'round', templateId: t.id, against: e.target.value })}>
            {peers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
      )}
      {other && (full.error || otherFull.error ? <p className="notice error" role="alert">{full.error ?? otherFull.error}</p> : changes ? <RoundChanges changes={changes} /> : <p className="muted">読み込み中…</p>)}
    </div>
  );
}
