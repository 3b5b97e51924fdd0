import type { AdoptionRate } from '../../../shared/portfolio/stats';

/** Horizontal bars of adoption rates (採択 / 決定), labelled as the chamber reports them: "51 / 58 = 87.9%". */
export function RateChart({ rows }: { rows: { label: string; rate: AdoptionRate }[] }) {
  const barW = 220;
  const rowH = 26;
  const labelW = 190;
  const h = rows.length * rowH + 8;
  return (
    <svg className="rate-chart" width={labelW + barW + 170} height={h} role="img" aria-label="採択率のグラフ">
      {rows.map((r, i) => {
        const y = i * rowH + 4;
        const w = r.rate.rate === null ? 0 : (barW * r.rate.rate) / 100;
        return (
          <g key={r.label} transform={`translate(0, ${y})`}>
            <text x={labelW - 8} y={16} textAnchor="end" fontSize="12">
              <title>{r.label}</title>
              {[...r.label].length > 15 ? `${[...r.label].slice(0, 14).join('')}…` : r.label}
            </text>
            <rect x={labelW} y={4} width={barW} height={16} fill="#eef0f3" rx={3} />
            <rect x={labelW} y={4} width={w} height={16} fill="#1f7a3d" rx={3} />
            <text x={labelW + barW + 8} y={16} fontSize="12">{r.rate.label}</text>
          </g>
        );
      })}
    </svg>
  );
}
