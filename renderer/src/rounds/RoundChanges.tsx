import type { RoundChange } from '../../../shared/rounds/diff';

const CHANGE_NAMES: Record<RoundChange['change'], string> = { changed: '変更', added: '追加', removed: '削除' };

/** 「前回からの変更点」 as a table grouped by area (日程, 補助率・上限額, 要件, 経費, 文字数, 加点, 審査項目). */
export function RoundChanges({ changes }: { changes: readonly RoundChange[] }) {
  if (changes.length === 0) return <p className="muted">違いはありません。</p>;
  return (
    <table className="list round-changes">
      <thead><tr><th>区分</th><th>項目</th><th /><th>前回</th><th>今回</th></tr></thead>
      <tbody>
        {changes.map((c) => (
          <tr key={`${c.key}-${c.change}`} className={`change-${c.change}`}>
            <td>{c.areaName}</td>
            <td>{c.label}</td>
            <td><span className={`tag change-${c.change}`}>{CHANGE_NAMES[c.change]}</span></td>
            <td className="prewrap">{c.before || '—'}</td>
            <td className="prewrap">{c.after || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
