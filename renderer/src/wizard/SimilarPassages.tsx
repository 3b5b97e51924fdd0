import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { href } from '../router';
import { PassagePair } from './PassagePair';
import type { SimilarMatch } from '../../../shared/api/similarContract';
import { sectionName } from '../../../shared/similar/describe';
import './similar.css';

/** After the last edit, wait this long before comparing again (autosave settles in ~0.6 s). */
const QUIET_MS = 2500;
/** While someone keeps typing, compare at least this often. */
const MAX_WAIT_MS = 15_000;

type Result = { matches: SimilarMatch[]; compared: number };

/**
 * 「ほかの申請と似ている箇所」: passages of this application that read like another client's application
 * or a template's 記載例. A server call: loaded on open, then again once the typing pauses (`changed`
 * is anything that changes with the text, e.g. the check report). A warning, never an error.
 */
export function SimilarPassages({ applicationId, changed, sectionId, onGo }: { applicationId: string; changed: unknown; sectionId: string; onGo: (sectionId: string, fieldId?: string) => void }) {
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<string>();
  const firstChange = useRef<number | undefined>(undefined);
  /** The application whose result is shown, and the one a call is out for. */
  const shown = useRef<string | undefined>(undefined);
  const inFlight = useRef<string | undefined>(undefined);
  /** Only the latest call's answer is shown. */
  const seq = useRef(0);
  useEffect(() => () => void seq.current++, []);

  useEffect(() => {
    const fetchNow = () => {
      firstChange.current = undefined;
      const mine = ++seq.current;
      inFlight.current = applicationId;
      call('findSimilar', { applicationId })
        .then((r) => {
          if (mine !== seq.current) return;
          shown.current = applicationId;
          setResult(r);
          setError(undefined);
        })
        .catch((e: unknown) => mine === seq.current && setError(errorMessage(e)))
        .finally(() => mine === seq.current && (inFlight.current = undefined));
    };
    // Opened (or another application): at once, unless a call for it is already out.
    if (shown.current !== applicationId && inFlight.current !== applicationId) {
      if (shown.current !== undefined) setResult(undefined);
      fetchNow();
      return undefined;
    }
    const now = Date.now();
    firstChange.current ??= now;
    const timer = setTimeout(fetchNow, Math.max(0, Math.min(QUIET_MS, firstChange.current + MAX_WAIT_MS - now)));
    return () => clearTimeout(timer);
  }, [applicationId, changed]);

  if (error) return <p className="muted small similar-none">ほかの申請との照合ができませんでした（{error}）</p>;
  if (!result) return <p className="muted small similar-none">ほかの申請と照合しています…</p>;
  if (result.matches.length === 0) {
    return <p className="muted small similar-none" data-testid="similar-none">ほかの申請と似ている箇所はありません（他の事業者の申請 {result.compared} 件と記載例で照合）</p>;
  }
  const matches = [...result.matches].sort((a, b) => Number(b.here.sectionId === sectionId) - Number(a.here.sectionId === sectionId));
  return (
    <section className="similar-box" aria-label="ほかの申請と似ている箇所" data-testid="similar">
      <h3>⚠ ほかの申請と似ている箇所（{matches.length}）</h3>
      <p className="small">
        ものづくり補助金の公募要領は、他の事業者と<strong>同一又は類似</strong>の事業計画を認めず、その作成を支援した者にも措置を定めています。どの制度でも、自社の実情と言葉で書き直してください。
        <span className="muted">（注意です。提出を止めるものではありません）</span>
      </p>
      <ul className="similar-list">
        {matches.map((m) => (
          <SimilarItem key={`${m.applicationId ?? m.templateId}:${m.here.sectionId}.${m.here.fieldId}:${m.here.start}`} m={m} open={m.here.sectionId === sectionId} onGo={onGo} />
        ))}
      </ul>
    </section>
  );
}

function headline(m: SimilarMatch): string {
  if (m.kind === 'example') return `記載例（${m.templateName}「${sectionName(m.there)}」）とほぼ同じ（${m.similarity}% 一致）`;
  return `${m.clientName}『${m.title}』の ${sectionName(m.there)} と ${m.similarity}% 一致`;
}

function SimilarItem({ m, open, onGo }: { m: SimilarMatch; open: boolean; onGo: (sectionId: string, fieldId?: string) => void }) {
  const other = m.kind === 'example' ? '記載例' : m.clientName;
  return (
    <li className="similar-item">
      <details open={open}>
        <summary>{headline(m)}</summary>
        <div className="similar-where small muted">この申請の {sectionName(m.here)}（{m.chars}字）</div>
        <PassagePair here={m.here.text} there={m.there.text} labels={['この申請', other]} />
        <div className="similar-actions">
          <button type="button" className="link" onClick={() => onGo(m.here.sectionId, m.here.fieldId)}>この箇所へ移動</button>
          {m.applicationId && (
            <a className="small" href={href({ page: 'application', applicationId: m.applicationId, sectionId: m.there.sectionId })}>
              {m.clientName}の申請を開く
            </a>
          )}
        </div>
      </details>
    </li>
  );
}
