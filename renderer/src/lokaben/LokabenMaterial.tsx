import { useState } from 'react';
import { call } from '../api/client';
import { useAsync } from '../hooks/useAsync';
import { href } from '../router';
import { materialFor, materialTag, type MaterialSource } from './materialText';

/**
 * The client's ローカルベンチマーク analysis as material to cite in a plan section: the six indicators
 * (values, and scores when the benchmark is official) and the 非財務 answers that feed the section,
 * each with 本文に挿入. Renders nothing for sections the analysis does not feed (materialText.ts).
 */
export function LokabenMaterial({
  clientId,
  purpose,
  onInsert,
  source,
  insertLabel = '本文に挿入',
}: {
  clientId: string;
  /** The section's template purpose (kigyoGaiyo, genjoKadai, tsuyomi, shijoKokyaku get material). */
  purpose: string | undefined;
  onInsert: (text: string) => void;
  /** The data to use instead of loading the saved record (the ロカベン page passes what is on screen). */
  source?: MaterialSource;
  insertLabel?: string;
}) {
  const relevant = materialTag(purpose) !== undefined;
  const load = relevant && !source;
  const loaded = useAsync(() => (load ? call('getLokaben', { clientId }) : Promise.resolve(undefined)), [clientId, load]);
  const data = { error: loaded.error, data: source ?? loaded.data };
  const [open, setOpen] = useState(true);
  const [inserted, setInserted] = useState<string>();
  if (!relevant || !purpose) return null;
  const link = <a href={href({ page: 'lokaben', clientId })}>ローカルベンチマーク</a>;
  if (data.error) return <aside className="lokaben-material"><p className="notice error small">{data.error}</p></aside>;
  if (!data.data) return null;
  const m = materialFor(purpose, data.data);
  if (!m) return null;

  return (
    <aside className="lokaben-material" aria-label="ローカルベンチマークの分析">
      <button type="button" className="lokaben-material-head" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? '▾' : '▸'} ローカルベンチマークから引用（{m.title}）
      </button>
      {open && (
        <div className="lokaben-material-body">
          {m.items.length === 0 ? (
            <p className="muted small">引用できる分析はまだありません。{link}で決算の数値と非財務の聞き取りを入れると、ここに表示されます。</p>
          ) : (
            <ul className="plain">
              {m.items.map((it) => (
                <li key={it.id}>
                  <div className="lokaben-material-item-head">
                    <strong className="small">{it.heading}</strong>
                    <button
                      type="button"
                      onClick={() => {
                        onInsert(it.text);
                        setInserted(it.id);
                      }}
                    >
                      {inserted === it.id ? `${insertLabel}しました` : insertLabel}
                    </button>
                  </div>
                  <p className="prewrap small">{it.text}</p>
                </li>
              ))}
            </ul>
          )}
          {m.notes.map((n) => (
            <p key={n} className="muted small">
              ※{n}
            </p>
          ))}
          {!source && <p className="muted small">入力・修正は{link}で行います。</p>}
        </div>
      )}
    </aside>
  );
}
