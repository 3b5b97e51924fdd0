import type { FigureBlock } from '../../../shared/review/readOnlyView';

/** The plan, expense and table blocks of a read-only section (the same blocks the exports print). */
export function ReadOnlyBlocks({ blocks }: { blocks: readonly FigureBlock[] }) {
  return (
    <>
      {blocks.map((b, i) =>
        b.type === 'paragraph' ? (
          <p key={i} className="ro-note prewrap">{b.text}</p>
        ) : (
          <div key={i} className="table-scroll">
            <table className="ro-table">
              {b.caption && <caption>{b.caption}</caption>}
              <thead>
                <tr>{b.columns.map((c, j) => <th key={j} className={c.align === 'right' ? 'num' : undefined}>{c.header}</th>)}</tr>
              </thead>
              <tbody>
                {b.rows.map((r, ri) => (
                  <tr key={ri} className={b.emphasisRows?.includes(ri) ? 'em' : undefined}>
                    {r.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j} className={b.columns[j]?.align === 'right' ? 'num' : undefined}>{cell}</td>))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ),
      )}
    </>
  );
}
