import { useMemo, useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { useTemplate, useTemplates } from '../templates';
import { href, navigate } from '../router';
import { AREA_NAMES, formatParameter, roundParameters, type Parameter, type ParameterArea, type ParameterValue } from '../../../shared/rounds/parameters';
import type { RoundEdit } from '../../../shared/rounds/rulePack';
import { readNumberText } from '../../../shared/format/numbers';

interface Draft {
  text: string;
  edition: string;
  page: string;
  note: string;
}

/** What the advisor typed, as the parameter's value; a string saying why when it cannot be read. */
function parseDraft(p: Parameter, text: string): { value: ParameterValue } | { error: string } {
  const t = text.trim();
  if (t === '') return p.optional ? { value: null } : { error: '値を入力してください' };
  switch (p.kind) {
    case 'yen':
    case 'int':
    case 'percent': {
      const r = readNumberText(t);
      if (r.kind !== 'number') return { error: r.kind === 'invalid' ? r.message : '値を入力してください' };
      return { value: r.value };
    }
    case 'fraction': {
      const m = /^(\d+)\s*[/／]\s*(\d+)$/.exec(t.normalize('NFKC'));
      return m ? { value: { num: Number(m[1]), den: Number(m[2]) } } : { error: '2/3 のように分数で入力してください' };
    }
    default:
      return { value: t };
  }
}

const shown = (p: Parameter): string => (p.value === null ? '' : typeof p.value === 'object' ? `${p.value.num}/${p.value.den}` : String(p.value));
const inputType = (p: Parameter) => (p.kind === 'date' ? 'date' : p.kind === 'time' ? 'time' : 'text');

/**
 * 「新しい公募回を作る」: the latest round's dates, caps, rates, thresholds, limits, categories, 加点 and
 * 審査項目 text, each editable; every changed value needs its source (公募要領 版 and page). The Node
 * side validates the result with the same schemas as a shipped round and saves it as a rule pack.
 */
export function NewRoundPage({ baseId }: { baseId: string }) {
  const { reload } = useTemplates();
  const { template: base, error: baseError } = useTemplate(baseId);
  const params = useMemo(() => (base ? roundParameters(base) : []), [base]);
  const [koboKai, setKoboKai] = useState('');
  const [name, setName] = useState('');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (baseError) return <div className="page"><p className="notice error" role="alert">もとにする公募回が読み込まれていません。（{baseError}）</p></div>;
  if (!base) return <div className="loading">読み込み中…</div>;

  const draftOf = (p: Parameter): Draft => drafts[p.key] ?? { text: shown(p), edition: '', page: '', note: '' };
  const changed = (p: Parameter) => drafts[p.key] !== undefined && drafts[p.key]!.text.trim() !== shown(p).trim();
  const set = (p: Parameter, patch: Partial<Draft>) => setDrafts({ ...drafts, [p.key]: { ...draftOf(p), ...patch } });
  const areas = Object.keys(AREA_NAMES) as ParameterArea[];
  const editable = params.filter((p) => p.key !== 'name' && p.key !== 'koboKai');

  async function save() {
    setError(undefined);
    const edits: RoundEdit[] = [];
    for (const p of editable.filter(changed)) {
      const d = draftOf(p);
      const v = parseDraft(p, d.text);
      if ('error' in v) return setError(`${p.label}: ${v.error}`);
      if (!d.edition.trim() || !d.page.trim()) return setError(`${p.label}: 変更した値には出典（公募要領の版とページ）が必要です。`);
      edits.push({ key: p.key, value: v.value, source: { edition: d.edition, page: d.page, note: d.note } });
    }
    if (edits.length === 0) return setError('変更した値がありません。新しい公募回で変わった日程・金額・要件を入力してください。');
    setBusy(true);
    try {
      const r = await call('createRound', { baseTemplateId: base!.id, koboKai, name, edits });
      reload();
      navigate({ page: 'round', templateId: r.templateId, against: base!.id });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <div className="page new-round">
      <nav className="crumbs" aria-label="パンくず"><a href={href({ page: 'rounds' })}>公募回</a> ／ 新しい公募回</nav>
      <h1>新しい公募回を作る</h1>
      <p className="muted">「{base.name}」をもとに作ります。公募要領で変わった値だけを直し、値ごとに公募要領の版とページを入力してください。同梱の公募回は変更されません。</p>
      <div className="form-grid">
        <label>
          公募回<span className="req">必須</span>
          <input aria-label="公募回" value={koboKai} onChange={(e) => setKoboKai(e.target.value)} placeholder="例: 第21回" />
        </label>
        <label>
          名称<span className="req">必須</span>
          <input aria-label="名称" value={name} onChange={(e) => setName(e.target.value)} placeholder={`例: ${base.name.replace(/第\d+/, '第○')}`} />
        </label>
      </div>
      {areas.map((area) => {
        const rows = editable.filter((p) => p.area === area);
        if (rows.length === 0) return null;
        return (
          <section key={area} className="card">
            <h2>{AREA_NAMES[area]}</h2>
            <table className="list params">
              <thead><tr><th>項目</th><th>前回の値</th><th>新しい値</th><th>出典（変更したとき）</th></tr></thead>
              <tbody>
                {rows.map((p) => {
                  const d = draftOf(p);
                  const isChanged = changed(p);
                  return (
                    <tr key={p.key} className={isChanged ? 'changed' : ''}>
                      <td>
                        {p.label}
                        {p.source?.unconfirmed && <span className="tag warn">未確認</span>}
                      </td>
                      <td className="prewrap">{formatParameter(p.kind, p.value)}</td>
                      <td><input aria-label={`${p.label} 新しい値`} type={inputType(p)} value={d.text} onChange={(e) => set(p, { text: e.target.value })} /></td>
                      <td>
                        {isChanged && (
                          <div className="source-inputs">
                            <input aria-label={`${p.label} 公募要領の版`} placeholder="版（例: 第1版）" value={d.edition} onChange={(e) => set(p, { edition: e.target.value })} />
                            <input aria-label={`${p.label} ページ`} placeholder="頁（例: P.12）" value={d.page} onChange={(e) => set(p, { page: e.target.value })} />
                            <input aria-label={`${p.label} メモ`} placeholder="メモ（任意）" value={d.note} onChange={(e) => set(p, { note: e.target.value })} />
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
      {error && <p className="notice error" role="alert">{error}</p>}
      <div className="actions">
        <a className="button" href={href({ page: 'rounds' })}>やめる</a>
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>この内容で公募回を作る</button>
      </div>
    </div>
  );
}
