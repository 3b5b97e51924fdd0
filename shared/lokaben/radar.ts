import type { ChartBlock, ChartShape, TableBlock, TableColumnSpec } from '../export/docModel';
import { INDICATOR_IDS, INDICATORS } from './indicators';
import { hexRgb, MAX_RADAR_SERIES, radarGeometry, type Pt, type RadarGeometryOptions, type RadarPrim, type RadarSeries } from './radarGeometry';

/**
 * The ロカベン radar chart, drawn three ways from the same geometry (radarGeometry.ts): a
 * self-contained SVG string (no external fonts, images or CSS), a vector chart block for the PDF
 * writer (`radarChartBlock`, with the table as the DOCX fallback) and a table (`radarTableBlock`).
 */
export { MAX_RADAR_SERIES, type RadarSeries };

export interface RadarOptions extends RadarGeometryOptions {
  /** Pixel width; the height follows. Default 640. */
  width?: number;
}

export const RADAR_FONT = 'Noto Sans JP, sans-serif';

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const n = (x: number) => (Math.round(x * 10) / 10).toString();
const pts = (ps: readonly Pt[]) => ps.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
const dashAttr = (d: readonly number[]) => (d.length > 0 ? ` stroke-dasharray="${d.join(' ')}"` : '');

function svgOf(p: RadarPrim): string {
  switch (p.kind) {
    case 'rect':
      return `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}" fill="${p.fill}"/>`;
    case 'polygon': {
      const fill = p.fill === null ? 'fill="none"' : `fill="${p.fill}" fill-opacity="${(p.fillOpacity ?? 1).toFixed(2)}"`;
      return `<polygon points="${pts(p.points)}" ${fill} stroke="${p.stroke}" stroke-width="${p.strokeWidth}"${dashAttr(p.dash)}/>`;
    }
    case 'line':
      return `<line x1="${n(p.a[0])}" y1="${n(p.a[1])}" x2="${n(p.b[0])}" y2="${n(p.b[1])}" stroke="${p.stroke}" stroke-width="${p.strokeWidth}"${dashAttr(p.dash)}/>`;
    case 'circle':
      return `<circle cx="${n(p.c[0])}" cy="${n(p.c[1])}" r="${p.r}" fill="${p.fill}"/>`;
    case 'text': {
      const anchor = p.anchor === 'start' ? '' : ` text-anchor="${p.anchor}"`;
      const weight = p.bold ? ' font-weight="bold"' : '';
      return `<text x="${n(p.x)}" y="${n(p.y)}"${anchor} font-size="${p.size}"${weight} fill="${p.fill}">${escapeXml(p.text)}</text>`;
    }
  }
}

export function radarSvg(series: readonly RadarSeries[], opts: RadarOptions = {}): string {
  const g = radarGeometry(series, opts);
  const width = opts.width ?? g.viewW;
  const height = Math.round((g.viewH * width) / g.viewW);
  const label = escapeXml(opts.title ?? 'ローカルベンチマーク レーダーチャート');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${g.viewW} ${g.viewH}" font-family="${RADAR_FONT}" role="img" aria-label="${label}">`,
    ...g.prims.map(svgOf),
    '</svg>',
  ].join('\n');
}

/** A circle as a polygon of `k` sides (vector writers draw paths only). */
function circlePoints(c: Pt, r: number, k = 16): Pt[] {
  return Array.from({ length: k }, (_, i): Pt => [c[0] + r * Math.cos((2 * Math.PI * i) / k), c[1] + r * Math.sin((2 * Math.PI * i) / k)]);
}

export interface RadarChartOptions extends RadarGeometryOptions {
  /** Width in pt (the height follows). Default 440. */
  width?: number;
  caption?: string;
}

/** The chart as a vector block for the PDF writer; DOCX prints its fallback, `radarTableBlock`. */
export function radarChartBlock(series: readonly RadarSeries[], opts: RadarChartOptions = {}): ChartBlock {
  const g = radarGeometry(series, opts);
  const width = opts.width ?? 440;
  const k = width / g.viewW;
  const sc = (p: Pt): Pt => [p[0] * k, p[1] * k];
  const shapes: ChartShape[] = [];
  for (const p of g.prims) {
    switch (p.kind) {
      case 'rect':
        break; // white background: the paper
      case 'polygon':
        shapes.push({
          kind: 'polygon',
          points: p.points.map(sc),
          stroke: hexRgb(p.stroke),
          ...(p.fill === null ? {} : { fill: hexRgb(p.fill), fillOpacity: p.fillOpacity ?? 1 }),
          lineWidth: p.strokeWidth * k,
          dash: p.dash.map((d) => d * k),
        });
        break;
      case 'line':
        shapes.push({ kind: 'polyline', points: [sc(p.a), sc(p.b)], stroke: hexRgb(p.stroke), lineWidth: p.strokeWidth * k, dash: p.dash.map((d) => d * k) });
        break;
      case 'circle':
        shapes.push({ kind: 'polygon', points: circlePoints(p.c, p.r).map(sc), fill: hexRgb(p.fill) });
        break;
      case 'text':
        shapes.push({ kind: 'text', x: p.x * k, y: p.y * k, text: p.text, size: p.size * k, anchor: p.anchor, ...(p.bold ? { bold: true } : {}) });
        break;
    }
  }
  return {
    type: 'chart',
    width,
    height: g.viewH * k,
    shapes,
    ...(opts.caption ? { caption: opts.caption } : {}),
    fallback: radarTableBlock(series),
  };
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
