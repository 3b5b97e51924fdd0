import type { Block } from '../export/docModel';
import { radarChartBlock } from './radar';
import { indicatorBlocks } from './report';
import { placeholderBenchmark, type ResolvedBenchmark } from './resolvedBenchmark';
import type { BenchmarkSet, ClientFinancials, IndustryId } from './schema';
import { evaluateWith, radarScores } from './scoring';

/** The benchmark of the attachment: resolved (benchmarkChoice.ts), or a group of the placeholder file. */
export type AttachmentBenchmark = { benchmark: ResolvedBenchmark } | { industryId: IndustryId; benchmarks: BenchmarkSet };

/**
 * The six indicators and the radar chart as an attachment page (別紙) for a plan's PDF / Word export:
 * a page break, a heading, the indicator table with 算出不可 footnotes, and the chart (DOCX prints its
 * table fallback) — one A4 page for three periods. Empty when there are no periods. With the official
 * table the line under the heading names its source; with placeholder values it says they are not official.
 */
export function lokabenAttachmentBlocks(input: AttachmentBenchmark & { financials: ClientFinancials }): Block[] {
  if (input.financials.periods.length === 0) return [];
  const b = 'benchmark' in input ? input.benchmark : placeholderBenchmark(input.benchmarks, input.industryId);
  const e = evaluateWith(input.financials, b);
  const series = radarScores(e);
  const about = e.placeholder ? '（評点は仮の基準値によるもので、公式の業種別基準値ではありません）' : e.official ? `\n業種基準値：${e.benchmarkNote}` : '';
  const blocks: Block[] = [
    { type: 'pageBreak' },
    { type: 'heading', level: 2, text: '別紙　ローカルベンチマーク（財務指標）', bookmark: true },
    { type: 'paragraph', text: `比較する業種：${e.benchmarkLabel}${about}`, size: 'small' },
    ...indicatorBlocks(e).slice(0, -1), // without the per-period summary line: the table's 総合評価点 row says it
    radarChartBlock(series, {
      width: 340,
      caption: `レーダーチャート（${series.slice(-3).map((s) => s.label).join('・')}、業種基準＝3点${e.placeholder ? '・仮の基準値' : ''}）`,
      benchmarkLabel: e.placeholder ? '業種基準（3点・仮の基準値）' : '業種基準（3点）',
    }),
  ];
  return blocks;
}
