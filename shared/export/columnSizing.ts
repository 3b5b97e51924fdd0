/**
 * Table columns sized to their content, the same way in the PDF and the Word writer: the spec's proportions,
 * except that a column whose content is shorter gives its spare width to the others, and every column gets
 * at least the width of its longest unbreakable token (a number with its commas, 「102,479,000」; a Latin
 * word), so numbers and units are never broken inside. Widths are in em of the table's font size;
 * `measure` gives a string's width in em.
 */
export interface ColumnContent {
  header: string;
  cells: readonly string[];
  /** Relative share of the spare width (the spec's width). */
  weight: number;
}

/** Runs a line may not be broken inside: ASCII words and numbers (with , . % / etc.), full-width digit runs. */
const TOKEN = /[\x21-\x7e]+|[０-９，．％]+/g;

/** Rough em widths where no font is at hand (Word, whose fallback Latin fonts run wide): full-width 1 em, ASCII 0.7 em. */
export function estimateEm(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) < 0x2000 ? 0.7 : 1;
  return w;
}

function longest(lines: readonly string[], measure: (s: string) => number): number {
  let w = 0;
  for (const l of lines) w = Math.max(w, measure(l));
  return w;
}

export function sizeColumns(cols: readonly ColumnContent[], totalEm: number, measure: (s: string) => number, padEm: number): number[] {
  if (cols.length === 0) return [];
  const mins: number[] = [];
  const prefs: number[] = [];
  for (const c of cols) {
    const lines = c.cells.flatMap((x) => x.split('\n'));
    let token = 0;
    for (const l of lines) for (const m of l.matchAll(TOKEN)) token = Math.max(token, measure(m[0]));
    // a header wraps, but not to less than six characters (or its own length when shorter)
    const headerLines = c.header.split('\n');
    const headerMin = Math.min(longest(headerLines, measure), 6) * 1.04;
    let headerToken = 0;
    for (const l of headerLines) for (const m of l.matchAll(TOKEN)) headerToken = Math.max(headerToken, measure(m[0]));
    mins.push(Math.max(token * 1.04, headerMin, headerToken, 1) + padEm);
    prefs.push(Math.max(longest(lines, measure), headerMin) + padEm);
  }
  const weights = cols.map((c) => (Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 1));
  const sumMin = mins.reduce((a, b) => a + b, 0);
  if (sumMin >= totalEm) return mins.map((m) => (m / sumMin) * totalEm);
  // 1. the spec's proportions; 2. a column whose content needs less gives the rest to the others (by weight);
  // 3. a column narrower than its longest number or word takes what it lacks from the columns above their minimum
  const n = cols.length;
  const w = weights.map((x) => x);
  const fixed = new Array<boolean>(n).fill(false);
  const spread = (amount: number) => {
    const free = w.map((_, i) => (fixed[i] ? 0 : weights[i]!));
    const sum = free.reduce((a, b) => a + b, 0);
    return sum > 0 ? free.map((f) => (amount * f) / sum) : free;
  };
  let share = spread(totalEm);
  for (let i = 0; i < n; i++) w[i] = share[i]!;
  for (let round = 0; round < n; round++) {
    let freed = 0;
    for (let i = 0; i < n; i++) {
      const want = Math.max(prefs[i]!, mins[i]!);
      if (!fixed[i] && want < w[i]!) {
        freed += w[i]! - want;
        w[i] = want;
        fixed[i] = true;
      }
    }
    if (freed === 0) break;
    share = spread(freed);
    for (let i = 0; i < n; i++) w[i]! += share[i]!;
  }
  let deficit = 0;
  for (let i = 0; i < n; i++) {
    if (w[i]! < mins[i]!) {
      deficit += mins[i]! - w[i]!;
      w[i] = mins[i]!;
    }
  }
  if (deficit > 0) {
    const room = w.map((x, i) => Math.max(0, x - mins[i]!));
    const roomSum = room.reduce((a, b) => a + b, 0);
    for (let i = 0; i < n; i++) w[i]! -= roomSum > 0 ? (deficit * room[i]!) / roomSum : 0;
  }
  return w;
}
