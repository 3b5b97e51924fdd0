import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import type { Application, FieldValue, SectionValues } from '../../../shared/schemas/application';
import type { Template } from '../../../shared/templates/template';
import { partRevision } from '../../../shared/schemas/revisions';
import { describeChanges } from '../../../shared/review/describeChanges';
import { sameValue, keysOf } from '../../../shared/review/equal';
import { TextDiff } from '../components/SideBySide';

export type Choice = 'mine' | 'theirs';

/** What the user settled for one part: the values to show, and whether to save them over the stored ones. */
export interface Settled {
  key: string;
  storedRevision: number;
  keepMine: boolean;
  /** The application as it should read now (the stored one with the chosen own values). */
  app: Application;
}

const asText = (v: FieldValue | undefined): string => (typeof v === 'string' ? v : Array.isArray(v) ? JSON.stringify(v) : '');

/**
 * A save was refused because another window saved the same part first. Shows, field by field, the
 * typed value (自分の入力) beside the stored one (保存されている内容) and lets the user keep either.
 */
export function ConflictResolver({ mine, template, partKey, onSettled }: { mine: Application; template: Template; partKey: string; onSettled: (s: Settled) => void }) {
  const [stored, setStored] = useState<Application>();
  const [error, setError] = useState<string>();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  useEffect(() => {
    call('getApplication', { id: mine.id }).then(setStored, (e: unknown) => setError(errorMessage(e)));
  }, [mine.id, partKey]);

  if (error) return <p className="notice error" role="alert">{error}</p>;
  if (!stored) return <p className="muted">保存されている内容を読み込んでいます…</p>;
  const storedRevision = partRevision(stored.revisions, partKey);
  const sectionId = partKey.startsWith('section:') ? partKey.slice('section:'.length) : undefined;
  const section = template.sections.find((s) => s.id === sectionId);

  // The units the user chooses between: the fields of a section, or the plan / expenses as a whole.
  const units: { id: string; label: string; mine: FieldValue | undefined; theirs: FieldValue | undefined }[] = [];
  if (sectionId) {
    const a = mine.content[sectionId] ?? {};
    const b = stored.content[sectionId] ?? {};
    for (const id of keysOf(a, b)) if (!sameValue(a[id], b[id])) units.push({ id, label: section?.fields.find((f) => f.id === id)?.label ?? id, mine: a[id], theirs: b[id] });
  } else units.push({ id: partKey, label: partKey === 'plan' ? '数値計画' : partKey === 'expenses' ? '経費明細' : partKey, mine: undefined, theirs: undefined });

  const chosen = (id: string): Choice => choices[id] ?? 'mine';
  function settle() {
    if (!stored) return;
    let app: Application;
    if (sectionId) {
      const values: SectionValues = { ...(stored.content[sectionId] ?? {}) };
      for (const u of units) {
        const v = chosen(u.id) === 'mine' ? u.mine : u.theirs;
        if (v === undefined) delete values[u.id];
        else values[u.id] = v;
      }
      app = { ...mine, revisions: stored.revisions, content: { ...mine.content, [sectionId]: values } };
    } else if (partKey === 'plan') app = { ...mine, revisions: stored.revisions, financialPlan: chosen(partKey) === 'mine' ? mine.financialPlan : stored.financialPlan };
    else app = { ...mine, revisions: stored.revisions, expenses: chosen(partKey) === 'mine' ? mine.expenses : stored.expenses };
    onSettled({ key: partKey, storedRevision, keepMine: units.some((u) => chosen(u.id) === 'mine'), app });
  }

  // For the plan and the expenses, what differs, in the form's words.
  const wholeChanges = sectionId ? [] : describeChanges(stored, mine, template.sections).filter((c) => c.area === partKey);
  return (
    <section className="conflict" role="alertdialog" aria-label="保存の競合">
      <h3>別の画面で「{section?.title ?? units[0]?.label}」が先に保存されました</h3>
      <p className="small">入力した内容は失われていません。項目ごとに、どちらを残すか選んでください。</p>
      {units.map((u) => (
        <div key={u.id} className="conflict-unit">
          <div className="conflict-head">
            <strong>{u.label}</strong>
            <label className="inline"><input type="radio" name={`c-${u.id}`} checked={chosen(u.id) === 'mine'} onChange={() => setChoices({ ...choices, [u.id]: 'mine' })} />自分の入力を残す</label>
            <label className="inline"><input type="radio" name={`c-${u.id}`} checked={chosen(u.id) === 'theirs'} onChange={() => setChoices({ ...choices, [u.id]: 'theirs' })} />保存されている内容を使う</label>
          </div>
          {sectionId ? <TextDiff before={asText(u.theirs)} after={asText(u.mine)} labels={['保存されている内容', '自分の入力']} /> : <ul className="small">{wholeChanges.map((c) => <li key={c.label}>保存されている内容 → 自分の入力: {c.detail}</li>)}</ul>}
        </div>
      ))}
      <div className="actions"><button type="button" className="primary" onClick={settle}>この選択で確定する</button></div>
    </section>
  );
}
