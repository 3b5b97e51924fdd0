import type { LokabenRecord } from '../../shared/api/lokabenContract';
import { guessIndustry } from '../../shared/lokaben/industries';
import { buildLokabenReport } from '../../shared/lokaben/report';
import type { BenchmarkSet } from '../../shared/lokaben/schema';
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

/** The printable ロカベン report of a client as a PDF: the chart is drawn as vectors (a chart block). */
export async function exportLokabenReport(client: Client, record: LokabenRecord, benchmarks: BenchmarkSet, now = new Date()): Promise<LokabenReportFile> {
  const industryId = record.industryId ?? guessIndustry(client.industry);
  if (!industryId) throw new ApiFailure('BAD_INPUT', '比較する業種を選んでから書き出してください。');
  const doc = buildLokabenReport({
    company: { name: client.name, representative: client.representative || undefined, gyoshu: client.industry || undefined },
    industryId,
    financials: record.financials,
    benchmarks,
    hizaimu: record.hizaimu,
    advisor: client.advisor || undefined,
    comment: record.shoken,
    createdAt: now,
  });
  const r = await renderPdf(doc);
  const warnings = r.missingGlyphs.length > 0 ? [`フォントにない文字を〓で表示しました: ${r.missingGlyphs.join(' ')}`] : [];
  return { fileName: `${safeFileName(client.name, 40)}_ローカルベンチマーク_${ymd(now)}.pdf`, mime: 'application/pdf', bytes: r.bytes, warnings };
}
