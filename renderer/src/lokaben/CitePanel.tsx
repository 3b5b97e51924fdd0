import { useState } from 'react';
import { LokabenMaterial } from './LokabenMaterial';
import type { MaterialSource } from './materialText';

/** One purpose per plan section the analysis feeds (a plan's own sections may use others too). */
const SECTIONS = [
  { purpose: 'kigyoGaiyo', label: '企業概要・現状と課題（経営状況分析）' },
  { purpose: 'tsuyomi', label: '自社の強み' },
  { purpose: 'shijoKokyaku', label: '顧客ニーズと市場の動向' },
] as const;

/**
 * What the plan sections will offer to cite, from what is on screen now. In an application the same
 * material appears next to those sections with 本文に挿入; here it can be copied.
 */
export function CitePanel({ clientId, source }: { clientId: string; source: MaterialSource }) {
  const [message, setMessage] = useState<string>();
  const copy = (text: string) => {
    navigator.clipboard.writeText(text).then(
      () => setMessage('コピーしました。計画書の本文に貼り付けられます。'),
      () => setMessage('コピーできませんでした。文を選択してコピーしてください。'),
    );
  };
  return (
    <div className="lokaben-cite">
      <p className="muted">申請書の各項目を書くときに、ここに表示される分析を引用できます（申請の画面では項目の横に「本文に挿入」が出ます）。</p>
      {message && (
        <p className="notice info small" role="status">
          {message}
        </p>
      )}
      {SECTIONS.map((s) => (
        <section key={s.purpose} aria-label={s.label}>
          <h3>{s.label}</h3>
          <LokabenMaterial clientId={clientId} purpose={s.purpose} source={source} onInsert={copy} insertLabel="コピー" />
        </section>
      ))}
    </div>
  );
}
