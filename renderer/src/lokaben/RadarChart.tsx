import { radarGeometry, type Pt, type RadarPrim, type RadarSeries } from '../../../shared/lokaben/radarGeometry';

const pts = (ps: readonly Pt[]) => ps.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
const dash = (d: readonly number[]) => (d.length > 0 ? d.join(' ') : undefined);

function Prim({ p }: { p: RadarPrim }) {
  switch (p.kind) {
    case 'rect':
      return <rect x={p.x} y={p.y} width={p.w} height={p.h} fill={p.fill} />;
    case 'polygon':
      return <polygon points={pts(p.points)} fill={p.fill ?? 'none'} fillOpacity={p.fill === null ? undefined : p.fillOpacity} stroke={p.stroke} strokeWidth={p.strokeWidth} strokeDasharray={dash(p.dash)} strokeLinejoin="round" />;
    case 'line':
      return <line x1={p.a[0]} y1={p.a[1]} x2={p.b[0]} y2={p.b[1]} stroke={p.stroke} strokeWidth={p.strokeWidth} strokeDasharray={dash(p.dash)} />;
    case 'circle':
      return <circle cx={p.c[0]} cy={p.c[1]} r={p.r} fill={p.fill} />;
    case 'text':
      return (
        <text x={p.x} y={p.y} textAnchor={p.anchor} fontSize={p.size} fontWeight={p.bold ? 'bold' : undefined} fill={p.fill}>
          {p.text}
        </text>
      );
  }
}

/**
 * The ロカベン radar chart as React SVG elements, from the same geometry as the report's chart
 * (shared/lokaben/radarGeometry.ts): labels are React text nodes, so nothing is injected as HTML.
 */
export function RadarChart({ series, benchmarkLabel, title }: { series: readonly RadarSeries[]; benchmarkLabel?: string; title?: string }) {
  const g = radarGeometry(series, { ...(benchmarkLabel ? { benchmarkLabel } : {}) });
  const label = title ?? `レーダーチャート（${series.slice(-3).map((s) => s.label).join('・')}）`;
  return (
    <svg className="radar" viewBox={`0 0 ${g.viewW} ${g.viewH}`} role="img" aria-label={label} data-testid="lokaben-radar" fontFamily="Noto Sans JP, sans-serif">
      {g.prims.map((p, i) => (
        <Prim key={i} p={p} />
      ))}
    </svg>
  );
}
