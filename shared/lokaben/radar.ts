import type { TableBlock, TableColumnSpec } from '../export/docModel';
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from './indicators';
import type { Score } from './scoring';

/**
 * The ロカベン radar chart as a self-contained SVG string: six axes (scores 0–5 from the centre),
 * up to three periods overlaid and the industry benchmark drawn as the score-3 ring. No external
 * fonts, images or CSS, so it works inline in React and as an image (after rasterising) in exports.
 * Each period has its own colour AND line pattern, so a black-and-white print still tells them apart.
 */
export interface RadarSeries {
  label: string; // e.g. 2024年3月期
  scores: Record<IndicatorId, Score | null>; // null = 算出不可 (no point is drawn)
}

export interface RadarOptions {
  /** Pixel width; the height follows. Default 640. */
  width?: number;
  title?: string;
  /** Legend text of the score-3 ring; default 業種基準（3点）. Say 仮の基準値 when it is one. */
  benchmarkLabel?: string;
}

export const MAX_RADAR_SERIES = 3;
export const RADAR_FONT = 'Noto Sans JP, sans-serif';

/** Oldest → newest of the (at most three) periods shown: colour and dash pattern. */
const STYLES = [
  { color: '#2b8a3e', dash: '2 4' }, // green, dotted
  { color: '#1c7ed6', dash: '8 4' }, // blue, dashed
  { color: '#d9480f', dash: '' }, // orange-red, solid (the newest)
] as const;
const BENCH_COLOR = '#495057';

const VIEW_W = 640;
const R = 160;
const CX = 320;
const TOP = 64; // room above the top axis label

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const n = (x: number) => (Math.round(x * 10) / 10).toString();

/** The periods drawn: the newest three, oldest first, each with its style. */
function shown(series: readonly RadarSeries[]) {
  const s = series.slice(-MAX_RADAR_SERIES);
  return s.map((x, i) => ({ ...x, style: STYLES[STYLES.length - s.length + i] ?? STYLES[2] }));
}

export function radarSvg(series: readonly RadarSeries[], opts: RadarOptions = {}): string {
  const width = opts.width ?? VIEW_W;
  const titleH = opts.title ? 32 : 0;
  const cy = titleH + TOP + R;
  const periods = shown(series);
  const anyMissing = periods.some((p) => INDICATOR_IDS.some((id) => p.scores[id] === null));
  const legendTop = cy + R + 56;
  const legendRows = periods.length + 1 + (anyMissing ? 1 : 0);
  const viewH = legendTop + legendRows * 22 + 8;
  const height = Math.round((viewH * width) / VIEW_W);

  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / INDICATOR_IDS.length;
  const at = (i: number, r: number): [number, number] => [CX + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))];
  const ring = (score: number) =>
    INDICATOR_IDS.map((_, i) => at(i, (R * score) / 5))
      .map(([x, y]) => `${n(x)},${n(y)}`)
      .join(' ');

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${VIEW_W} ${viewH}" font-family="${RADAR_FONT}" role="img" aria-label="${escapeXml(opts.title ?? 'ローカルベンチマーク レーダーチャート')}">`,
  );
  out.push(`<rect x="0" y="0" width="${VIEW_W}" height="${viewH}" fill="#ffffff"/>`);
  if (opts.title) out.push(`<text x="${CX}" y="24" text-anchor="middle" font-size="18" font-weight="bold" fill="#212529">${escapeXml(opts.title)}</text>`);

  // grid: rings 1–5, spokes, scale numbers on the top spoke
  for (let s = 1; s <= 5; s++) out.push(`<polygon points="${ring(s)}" fill="none" stroke="#ced4da" stroke-width="1"/>`);
  INDICATOR_IDS.forEach((_, i) => {
    const [x, y] = at(i, R);
    out.push(`<line x1="${CX}" y1="${n(cy)}" x2="${n(x)}" y2="${n(y)}" stroke="#ced4da" stroke-width="1"/>`);
  });
  for (let s = 1; s <= 5; s++) out.push(`<text x="${CX + 4}" y="${n(cy - (R * s) / 5 - 2)}" font-size="10" fill="#868e96">${s}</text>`);

  // benchmark: the score-3 ring
  out.push(`<polygon points="${ring(3)}" fill="none" stroke="${BENCH_COLOR}" stroke-width="2" stroke-dasharray="4 3"/>`);

  // axis labels: indicator name and viewpoint
  INDICATOR_IDS.forEach((id, i) => {
    const [x, y] = at(i, R + 16);
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const anchor = cos > 0.1 ? 'start' : cos < -0.1 ? 'end' : 'middle';
    const blockH = 28;
    const yTop = sin > 0.5 ? y + 2 : sin < -0.5 ? y - blockH - 2 : y - blockH / 2;
    out.push(
      `<text x="${n(x)}" y="${n(yTop + 13)}" text-anchor="${anchor}" font-size="13" font-weight="bold" fill="#212529">${escapeXml(INDICATORS[id].name)}</text>`,
      `<text x="${n(x)}" y="${n(yTop + 27)}" text-anchor="${anchor}" font-size="11" fill="#495057">（${escapeXml(INDICATORS[id].viewpoint)}）</text>`,
    );
  });

  // periods, oldest first so the newest is on top
  for (const p of periods) {
    const pts = INDICATOR_IDS.map((id, i) => {
      const s = p.scores[id];
      return s === null ? null : at(i, (R * s) / 5);
    });
    const { color, dash } = p.style;
    const dashAttr = dash ? ` stroke-dasharray="${dash}"` : '';
    if (pts.every((q) => q !== null)) {
      out.push(`<polygon points="${pts.map((q) => (q ? `${n(q[0])},${n(q[1])}` : '')).join(' ')}" fill="${color}" fill-opacity="0.10" stroke="${color}" stroke-width="2.5"${dashAttr}/>`);
    } else {
      // only the sides between two computed indicators: a gap marks the 算出不可 axis
      pts.forEach((a, i) => {
        const b = pts[(i + 1) % pts.length];
        if (a && b) out.push(`<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="${color}" stroke-width="2.5"${dashAttr}/>`);
      });
    }
    for (const q of pts) if (q) out.push(`<circle cx="${n(q[0])}" cy="${n(q[1])}" r="4" fill="${color}"/>`);
  }

  // legend
  let ly = legendTop;
  const legendLine = (stroke: string, dash: string, width2: number, text: string) => {
    const d = dash ? ` stroke-dasharray="${dash}"` : '';
    out.push(
      `<line x1="40" y1="${ly - 5}" x2="84" y2="${ly - 5}" stroke="${stroke}" stroke-width="${width2}"${d}/>`,
      `<text x="94" y="${ly}" font-size="13" fill="#212529">${escapeXml(text)}</text>`,
    );
    ly += 22;
  };
  for (const p of periods) legendLine(p.style.color, p.style.dash, 2.5, p.label);
  legendLine(BENCH_COLOR, '4 3', 2, opts.benchmarkLabel ?? '業種基準（3点）');
  if (anyMissing) out.push(`<text x="40" y="${ly}" font-size="12" fill="#495057">※点のない軸は算出不可の指標です</text>`);
  out.push('</svg>');
  return out.join('\n');
}

/** The same chart as a table (for exports without an image): scores per period and the benchmark. */
export function radarTableBlock(series: readonly RadarSeries[]): TableBlock {
  const periods = series.slice(-MAX_RADAR_SERIES);
  return {
    type: 'table',
    caption: 'レーダーチャート（表形式・5点満点）',
    columns: [
      { header: '指標', width: 3 },
      ...periods.map((p): TableColumnSpec => ({ header: p.label, width: 1.5, align: 'center' })),
      { header: '業種基準', width: 1.5, align: 'center' },
    ],
    rows: INDICATOR_IDS.map((id) => [
      `${INDICATORS[id].name}（${INDICATORS[id].viewpoint}）`,
      ...periods.map((p) => {
        const s = p.scores[id];
        return s === null ? '算出不可' : `${'●'.repeat(s)}${'○'.repeat(5 - s)} ${s}点`;
      }),
      '●●●○○ 3点',
    ]),
    size: 'small',
  };
}
