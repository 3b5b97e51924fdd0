import type { Block, DocModel, TableBlock, TableColumnSpec } from '../export/docModel';
import { formatJapaneseDate } from '../format/dates';
import { plainNumber, senYen } from '../format/numbers';
import { FIGURE_LABELS, formatIndicatorValue, INDICATOR_IDS, INDICATORS } from './indicators';
import { radarChartBlock } from './radar';
import { hizaimuBlocks } from './reportHizaimu';
import { placeholderBenchmark, type ResolvedBenchmark } from './resolvedBenchmark';
import type { BenchmarkSet, ClientFinancials, HizaimuAnswers, IndustryId, KessanFigureKey } from './schema';
import { evaluateWith, MAX_TOTAL, radarScores, type LokabenEvaluation } from './scoring';

/**
 * The printable ロカベン report as a chamber hands it to the owner, as a format-neutral DocModel
 * (rendered by the PDF and DOCX writers): company block, 決算 figures per period, the six indicators
 * with values and scores (算出不可 with the reason), total and grade, the radar chart (a vector chart
 * block; DOCX prints its fallback table), a comment area, the 非財務 answers and the 商流 summary.
 */
export interface LokabenReportInput {
  company: {
    name: string;
    representative?: string;
    /** The client's own 業種 text, e.g. 工務店（木造注文住宅・リフォーム）. */
    gyoshu?: string;
  };
  /**
   * The benchmark: `benchmark` (resolved: a row of the official table, benchmarkChoice.ts), or a group
   * of the placeholder file (`industryId` + `benchmarks`).
   */
  benchmark?: ResolvedBenchmark;
  industryId?: IndustryId;
  benchmarks?: BenchmarkSet;
  financials: ClientFinancials;
  hizaimu?: HizaimuAnswers;
  /** 支援機関 and 担当経営指導員, e.g. ○○商工会議所 / 山田. */
  chamber?: string;
  advisor?: string;
  /** The advisor's 所見; empty = a blank area to write on. */
  comment?: string;
  /**
   * A picture of the radar chart to use instead of the vector chart block (`radarChartBlock`, which
   * the PDF writer draws and the DOCX writer prints as its fallback table).
   */
  radarPng?: Uint8Array;
  createdAt?: Date;
}

export const PLACEHOLDER_WATERMARK = '仮の基準値';

const FIGURE_ROWS: KessanFigureKey[] = [
  'uriageDaka',
  'eigyoRieki',
  'genkaShokyakuHi',
  'kariireKin',
  'genYokin',
  'uriageSaiken',
  'tanaoroshiShisan',
  'kaiireSaimu',
  'junShisan',
  'soShisan',
];

function periodColumns(labels: string[], first: TableColumnSpec): TableColumnSpec[] {
  return [first, ...labels.map((l): TableColumnSpec => ({ header: l, width: 2, align: 'right' }))];
}

/** 決算 figures per period (千円; 従業員数 in 人). */
export function financialTable(f: ClientFinancials): TableBlock {
  const ps = f.periods;
  const oldest = ps[0];
  const rows = FIGURE_ROWS.map((k) => [FIGURE_LABELS[k], ...ps.map((p) => senYen(p[k]))]);
  if (oldest && oldest.zenkiUriageDaka !== null) rows.splice(1, 0, ['前期売上高', senYen(oldest.zenkiUriageDaka), ...ps.slice(1).map(() => '')]);
  rows.push(['従業員数（人）', ...ps.map((p) => plainNumber(p.jugyoinSu, 1))]);
  return {
    type: 'table',
    caption: '決算の数値（単位：千円、千円未満切り捨て）',
    columns: periodColumns(
      ps.map((p) => p.label),
      { header: '項目', width: 3 },
    ),
    rows,
    size: 'small',
  };
}

/** The six indicators: value and score per period, the industry 基準値, totals; footnotes for 算出不可. */
export function indicatorBlocks(e: LokabenEvaluation): Block[] {
  const notes: string[] = [];
  const cols: TableColumnSpec[] = [{ header: '指標（算式）', width: 4 }];
  for (const p of e.periods) cols.push({ header: `${p.label}`, width: 1.8, align: 'right' }, { header: '評点', width: 0.8, align: 'center' });
  cols.push({ header: '業種基準値', width: 1.6, align: 'right' });

  const rows = INDICATOR_IDS.map((id) => {
    const info = INDICATORS[id];
    const cells = [`${info.name}（${info.viewpoint}）\n${info.formula}`];
    for (const p of e.periods) {
      const ev = p.indicators[id];
      if (ev.result.ok) {
        cells.push(ev.result.note ? `${formatIndicatorValue(id, ev.result.value)}\n${ev.result.note}` : formatIndicatorValue(id, ev.result.value));
      } else {
        notes.push(`※${notes.length + 1}　${p.label}　${info.name}：算出不可（${ev.result.message}）`);
        cells.push(`算出不可※${notes.length}`);
      }
      cells.push(ev.score === null ? '—' : `${ev.score}`);
    }
    const ref = e.periods[0]?.indicators[id].reference;
    cells.push(ref === undefined ? '—' : formatIndicatorValue(id, ref));
    return cells;
  });
  rows.push(['総合評価点', ...e.periods.flatMap((p) => [p.grade ? `${p.total}点／${MAX_TOTAL}点` : `${p.total}点（${p.scoredCount}指標）`, p.grade ?? '—']), '']);

  const blocks: Block[] = [
    { type: 'table', caption: '財務指標と評点（評点は5点満点、業種基準値は3点の目安）', columns: cols, rows, emphasisRows: [rows.length - 1], size: 'small' },
  ];
  if (notes.length > 0) blocks.push({ type: 'paragraph', text: notes.join('\n'), size: 'small' });
  blocks.push({ type: 'paragraph', text: e.periods.map((p) => `${p.label}：${p.summary}`).join('\n') });
  return blocks;
}

function companyBlock(input: LokabenReportInput, e: LokabenEvaluation, now: Date): string {
  const ps = input.financials.periods;
  const lines = [`事業者名：${input.company.name}`];
  if (input.company.representative) lines.push(`代表者：${input.company.representative}`);
  lines.push(`業種：${input.company.gyoshu ? `${input.company.gyoshu}（比較する業種：${e.benchmarkLabel}）` : e.benchmarkLabel}`);
  if (e.official) lines.push(`業種基準値：${e.benchmarkNote}`);
  if (ps.length > 0) lines.push(`対象の決算期：${ps.map((p) => p.label).join('、')}`);
  const by = [input.chamber, input.advisor ? `担当 ${input.advisor}` : undefined].filter((x) => x).join('　');
  lines.push(`作成日：${formatJapaneseDate(now, 'wareki')}${by ? `　${by}` : ''}`);
  return lines.join('\n');
}

function benchmarkOf(input: LokabenReportInput): ResolvedBenchmark {
  if (input.benchmark) return input.benchmark;
  if (input.industryId && input.benchmarks) return placeholderBenchmark(input.benchmarks, input.industryId);
  throw new Error('buildLokabenReport: no benchmark (benchmark, or industryId with benchmarks)');
}

/** The line naming the benchmark table, e.g. 業種基準値：ローカルベンチマーク・ツール『業種平均』（…）　建設業・小規模事業者. */
export function benchmarkSourceLine(e: LokabenEvaluation): string {
  return e.official ? `業種基準値：${e.benchmarkNote}　${e.benchmarkLabel}` : `業種基準値：${e.benchmarkLabel}（${e.benchmarkNote}）`;
}

export function buildLokabenReport(input: LokabenReportInput): DocModel {
  const now = input.createdAt ?? new Date();
  const e = evaluateWith(input.financials, benchmarkOf(input));
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: 'ローカルベンチマーク　企業の健康診断' },
    { type: 'paragraph', text: companyBlock(input, e, now) },
  ];
  if (e.placeholder) {
    blocks.push({
      type: 'paragraph',
      bold: true,
      text: `【ご注意】この評点は仮の基準値で付けています。公式の業種別基準値ではないため、評点・総合評価は参考になりません。\n${e.benchmarkNote}`,
    });
  }

  blocks.push({ type: 'heading', level: 2, text: '1. 財務情報', bookmark: true });
  if (input.financials.periods.length === 0) {
    blocks.push({ type: 'paragraph', text: '決算の数値が入力されていません。' });
  } else {
    blocks.push(financialTable(input.financials), ...indicatorBlocks(e));
  }

  blocks.push({ type: 'heading', level: 2, text: '2. レーダーチャート', bookmark: true });
  const series = radarScores(e);
  const caption = `レーダーチャート（${series.slice(-3).map((s) => s.label).join('・')}、業種基準＝3点${e.placeholder ? '・仮の基準値' : ''}）`;
  if (input.radarPng) {
    blocks.push({ type: 'image', data: input.radarPng, format: 'png', widthRatio: 0.8, caption });
  } else if (series.length > 0) {
    blocks.push(radarChartBlock(series, { caption, benchmarkLabel: e.placeholder ? '業種基準（3点・仮の基準値）' : '業種基準（3点）' }));
  } else {
    blocks.push({ type: 'paragraph', text: '決算の数値が入力されていないため、レーダーチャートはありません。' });
  }

  blocks.push({ type: 'heading', level: 2, text: '3. 所見・コメント', bookmark: true });
  const comment = input.comment?.trim() ?? '';
  blocks.push({ type: 'paragraph', text: comment !== '' ? comment : '（経営指導員の所見・今後の取組を記入）\n\n\n\n\n' });

  blocks.push({ type: 'heading', level: 2, text: '4. 非財務情報', bookmark: true });
  blocks.push(...hizaimuBlocks(input.hizaimu));

  blocks.push({
    type: 'paragraph',
    size: 'small',
    text: [
      '評点の付け方：各指標を業種の基準値と比べて1〜5点で評価し、6指標の合計（30点満点）から総合評価A〜Dを付けています。算出不可の指標があるときは総合評価を付けていません。',
      `総合評価の区分：A ${e.grading.a}点以上／B ${e.grading.b}〜${e.grading.a - 1}点／C ${e.grading.c}〜${e.grading.b - 1}点／D ${e.grading.c - 1}点以下（${e.gradingNote}）`,
      benchmarkSourceLine(e),
    ].join('\n'),
  });

  return {
    meta: {
      title: `ローカルベンチマーク　${input.company.name}`,
      author: input.advisor || input.chamber || input.company.name,
      subject: 'ローカルベンチマーク（企業の健康診断）',
      createdAt: now,
      ...(e.placeholder ? { watermark: PLACEHOLDER_WATERMARK } : {}),
    },
    blocks,
  };
}
