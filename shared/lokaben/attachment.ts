import type { Block } from '../export/docModel';
import { radarChartBlock } from './radar';
import { indicatorBlocks } from './report';
import type { BenchmarkSet, ClientFinancials, IndustryId } from './schema';
import { evaluateFinancials, radarScores } from './scoring';

/**
 * The six indicators and the radar chart as an attachment page (別紙) for a plan's PDF / Word export:
 * a page break, a heading, the indicator table with 算出不可 footnotes, and the chart (DOCX prints its
 * table fallback) — one A4 page for three periods. Empty when there are no periods.
 */
export function lokabenAttachmentBlocks(input: { industryId: IndustryId; financials: ClientFinancials; benchmarks: BenchmarkSet }): Block[] {
  if (input.financials.periods.length === 0) return [];
  const e = evaluateFinancials(input.financials, input.benchmarks, input.industryId);
  const series = radarScores(e);
  const blocks: Block[] = [
    { type: 'pageBreak' },
    { type: 'heading', level: 2, text: '別紙　ローカルベンチマーク（財務指標）', bookmark: true },
    { type: 'paragraph', text: `比較する業種：${e.industryName}${e.placeholder ? '（評点は仮の基準値によるもので、公式の業種別基準値ではありません）' : ''}`, size: 'small' },
    ...indicatorBlocks(e).slice(0, -1), // without the per-period summary line: the table's 総合評価点 row says it
    radarChartBlock(series, {
      width: 340,
      caption: `レーダーチャート（${series.slice(-3).map((s) => s.label).join('・')}、業種基準＝3点${e.placeholder ? '・仮の基準値' : ''}）`,
      benchmarkLabel: e.placeholder ? '業種基準（3点・仮の基準値）' : '業種基準（3点）',
    }),
  ];
  return blocks;
}
