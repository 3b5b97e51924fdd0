import type { Block } from './docModel';

/** A form table as rows of cells: what the document prints and what the 転記シート lists cell by cell. */
export interface GridRow {
  label: string;
  /** As printed (commas, units left to the header). */
  cells: string[];
  /** As typed into the e-application (digits only), '' where nothing is entered. */
  copy: string[];
  emphasis?: boolean;
}

export interface Grid {
  /** 「会社全体の事業計画」 */
  title: string;
  /** 「円」: the unit of the money rows, printed above the table as the forms do (（単位：円）). */
  unit: string;
  corner: string;
  columns: string[];
  rows: GridRow[];
}

/** The grid as a table block: the first column sized to its labels, numbers right-aligned. */
export function gridBlock(g: Grid, caption?: string): Block {
  return {
    type: 'table',
    ...(caption ? { caption } : {}),
    columns: [{ header: g.corner, width: 3.2 }, ...g.columns.map((c) => ({ header: c, width: 1.5, align: 'right' as const }))],
    rows: g.rows.map((r) => [r.label, ...r.cells]),
    emphasisRows: g.rows.flatMap((r, i) => (r.emphasis ? [i] : [])),
    size: 'small',
  };
}
