import type { LokabenRecord } from '../../shared/api/lokabenContract';
import type { OfficialBenchmarks } from '../../shared/lokaben/officialSchema';
import { buildLokabenReport } from '../../shared/lokaben/report';
import { clientBenchmarkChoice } from '../lokaben/clientBenchmark';
import type { Client } from '../../shared/schemas/client';
import { ApiFailure } from '../../shared/api/errors';
import { safeFileName, ymd } from './fileName';
import { renderPdf } from './pdf/index';

export interface LokabenReportFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  /** e.g. characters the font lacks (drawn as 〓). */
  warnings: string[];
}

/**
 * The printable ロカベン report of a client as a PDF: the chart is drawn as vectors (a chart block). The
 * benchmark is the official table when one is loaded (no watermark; its source is named), else the
 * placeholder group (watermark 仮の基準値).
 */
export async function exportLokabenReport(client: Client, record: LokabenRecord, official: OfficialBenchmarks | null, now = new Date()): Promise<LokabenReportFile> {
  const choice = clientBenchmarkChoice(client, record, official);
  if (!choice.benchmark) throw new ApiFailure('BAD_INPUT', `${choice.missing ?? '比較する業種が選ばれていません。'}選んでから書き出してください。`);
  const doc = buildLokabenReport({
    company: { name: client.name, representative: client.representative || undefined, gyoshu: client.industry || undefined },
    benchmark: choice.benchmark,
    financials: record.financials,
    hizaimu: record.hizaimu,
    advisor: client.advisor || undefined,
    comment: record.shoken,
    createdAt: now,
  });
  const r = await renderPdf(doc);
  const warnings = r.missingGlyphs.length > 0 ? [`フォントにない文字を〓で表示しました: ${r.missingGlyphs.join(' ')}`] : [];
  return { fileName: `${safeFileName(client.name, 40)}_ローカルベンチマーク_${ymd(now)}.pdf`, mime: 'application/pdf', bytes: r.bytes, warnings };
}
