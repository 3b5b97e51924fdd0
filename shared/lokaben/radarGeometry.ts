import { INDICATOR_IDS, INDICATORS, type IndicatorId } from './indicators';
import type { Score } from './scoring';

/**
 * The geometry of the ロカベン radar chart, shared by every way it is drawn (SVG string, React
 * elements, the PDF's vector chart block): six axes (scores 0–5 from the centre), up to three
 * periods overlaid, the industry benchmark as the score-3 ring and a legend. Coordinates are view
 * units of a 640-wide box, y down. Each period has its own colour AND line pattern, so a
 * black-and-white print still tells them apart; 算出不可 (no score) leaves a gap.
 */
export interface RadarSeries {
  label: string; // e.g. 2024年3月期
  scores: Record<IndicatorId, Score | null>; // null = 算出不可 (no point is drawn)
}

export interface RadarGeometryOptions {
  title?: string;
  /** Legend text of the score-3 ring; default 業種基準（3点）. Say 仮の基準値 when it is one. */
  benchmarkLabel?: string;
}

export type Pt = readonly [number, number];

export type RadarPrim =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'polygon'; points: Pt[]; fill: string | null; fillOpacity?: number; stroke: string; strokeWidth: number; dash: number[] }
  | { kind: 'line'; a: Pt; b: Pt; stroke: string; strokeWidth: number; dash: number[] }
  | { kind: 'circle'; c: Pt; r: number; fill: string }
  | { kind: 'text'; x: number; y: number; text: string; size: number; anchor: 'start' | 'middle' | 'end'; bold: boolean; fill: string };

export interface RadarGeometry {
  viewW: number;
  viewH: number;
  prims: RadarPrim[];
}

export const MAX_RADAR_SERIES = 3;
export const DEFAULT_BENCHMARK_LABEL = '業種基準（3点）';

/** Oldest → newest of the (at most three) periods shown: colour and dash pattern. */
const STYLES = [
  { color: '#2b8a3e', dash: [2, 4] }, // green, dotted
  { color: '#1c7ed6', dash: [8, 4] }, // blue, dashed
  { color: '#d9480f', dash: [] }, // orange-red, solid (the newest)
] as const;
const BENCH_COLOR = '#495057';
const BENCH_DASH = [4, 3];
const GRID = '#ced4da';
const INK = '#212529';
const SUBINK = '#495057';

export const VIEW_W = 640;
const R = 160;
const CX = 320;
const TOP = 64; // room above the top axis label

/** The periods drawn: the newest three, oldest first, each with its style. */
function shown(series: readonly RadarSeries[]) {
  const s = series.slice(-MAX_RADAR_SERIES);
  return s.map((x, i) => ({ ...x, style: STYLES[STYLES.length - s.length + i] ?? STYLES[2] }));
}

export function radarGeometry(series: readonly RadarSeries[], opts: RadarGeometryOptions = {}): RadarGeometry {
  const titleH = opts.title ? 32 : 0;
  const cy = titleH + TOP + R;
  const periods = shown(series);
  const anyMissing = periods.some((p) => INDICATOR_IDS.some((id) => p.scores[id] === null));
  const legendTop = cy + R + 56;
  const legendRows = periods.length + 1 + (anyMissing ? 1 : 0);
  const viewH = legendTop + legendRows * 22 + 8;

  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / INDICATOR_IDS.length;
  const at = (i: number, r: number): Pt => [CX + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))];
  const ring = (score: number): Pt[] => INDICATOR_IDS.map((_, i) => at(i, (R * score) / 5));
  const text = (x: number, y: number, t: string, size: number, o: { anchor?: 'start' | 'middle' | 'end'; bold?: boolean; fill?: string } = {}): RadarPrim => ({
    kind: 'text',
    x,
    y,
    text: t,
    size,
    anchor: o.anchor ?? 'start',
    bold: o.bold ?? false,
    fill: o.fill ?? INK,
  });

  const out: RadarPrim[] = [{ kind: 'rect', x: 0, y: 0, w: VIEW_W, h: viewH, fill: '#ffffff' }];
  if (opts.title) out.push(text(CX, 24, opts.title, 18, { anchor: 'middle', bold: true }));

  // grid: rings 1–5, spokes, scale numbers on the top spoke
  for (let s = 1; s <= 5; s++) out.push({ kind: 'polygon', points: ring(s), fill: null, stroke: GRID, strokeWidth: 1, dash: [] });
  INDICATOR_IDS.forEach((_, i) => out.push({ kind: 'line', a: [CX, cy], b: at(i, R), stroke: GRID, strokeWidth: 1, dash: [] }));
  for (let s = 1; s <= 5; s++) out.push(text(CX + 4, cy - (R * s) / 5 - 2, String(s), 10, { fill: '#868e96' }));

  // benchmark: the score-3 ring
  out.push({ kind: 'polygon', points: ring(3), fill: null, stroke: BENCH_COLOR, strokeWidth: 2, dash: BENCH_DASH });

  // axis labels: indicator name and viewpoint
  INDICATOR_IDS.forEach((id, i) => {
    const [x, y] = at(i, R + 16);
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const anchor = cos > 0.1 ? 'start' : cos < -0.1 ? 'end' : 'middle';
    const blockH = 28;
    const yTop = sin > 0.5 ? y + 2 : sin < -0.5 ? y - blockH - 2 : y - blockH / 2;
    out.push(text(x, yTop + 13, INDICATORS[id].name, 13, { anchor, bold: true }), text(x, yTop + 27, `（${INDICATORS[id].viewpoint}）`, 11, { anchor, fill: SUBINK }));
  });

  // periods, oldest first so the newest is on top
  for (const p of periods) {
    const pts = INDICATOR_IDS.map((id, i) => {
      const s = p.scores[id];
      return s === null ? null : at(i, (R * s) / 5);
    });
    const { color, dash } = p.style;
    const full = pts.filter((q): q is Pt => q !== null);
    if (full.length === pts.length) {
      out.push({ kind: 'polygon', points: full, fill: color, fillOpacity: 0.1, stroke: color, strokeWidth: 2.5, dash: [...dash] });
    } else {
      // only the sides between two computed indicators: a gap marks the 算出不可 axis
      pts.forEach((a, i) => {
        const b = pts[(i + 1) % pts.length];
        if (a && b) out.push({ kind: 'line', a, b, stroke: color, strokeWidth: 2.5, dash: [...dash] });
      });
    }
    for (const q of full) out.push({ kind: 'circle', c: q, r: 4, fill: color });
  }

  // legend
  let ly = legendTop;
  const legendLine = (stroke: string, dash: readonly number[], width: number, label: string) => {
    out.push({ kind: 'line', a: [40, ly - 5], b: [84, ly - 5], stroke, strokeWidth: width, dash: [...dash] }, text(94, ly, label, 13));
    ly += 22;
  };
  for (const p of periods) legendLine(p.style.color, p.style.dash, 2.5, p.label);
  legendLine(BENCH_COLOR, BENCH_DASH, 2, opts.benchmarkLabel ?? DEFAULT_BENCHMARK_LABEL);
  if (anyMissing) out.push(text(40, ly, '※点のない軸は算出不可の指標です', 12, { fill: SUBINK }));
  return { viewW: VIEW_W, viewH, prims: out };
}

/** '#rrggbb' → [r, g, b] (0–255). */
export function hexRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return [0, 0, 0];
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}
