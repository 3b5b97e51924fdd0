import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import { createReviewRepo } from '../store/review';
import type { HandlerDeps, Handlers } from './handlers';
import type { lokabenContract } from '../../shared/api/lokabenContract';
import { builtinBenchmarks, guessIndustry } from '../../shared/lokaben/industries';
import { createLokabenRepo, emptyLokaben } from '../store/lokaben';
import { exportLokabenReport } from '../export/lokabenReport';
import { kessanTemplateXlsx, readKessanExcel } from '../lokaben/kessanExcel';
import { KESSAN_TEMPLATE_FILE_NAME } from '../../shared/lokaben/excel';
import { XLSX_MIME } from '../xlsx/mime';
import { guessShobunrui } from '../../shared/lokaben/officialIndustries';
import { createLokabenBenchmarksRepo } from '../store/lokabenBenchmarks';
import { createLokabenBenchmarkHandlers } from './lokabenBenchmarkHandlers';

/** ローカルベンチマーク handlers (client-level 決算 data, 非財務 with comments and 確認済み, report). */
export function createLokabenHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof lokabenContract> {
  const { clients } = deps;
  const repo = createLokabenRepo(deps.sql);
  const recordOf = async (clientId: string) => (await repo.find(clientId)) ?? emptyLokaben(clientId);
  const review = createReviewRepo(deps.sql, 'lokaben');
  const officialTable = createLokabenBenchmarksRepo(deps.sql);
  return {
    ...createLokabenBenchmarkHandlers(deps),
    async getLokabenReview({ clientId }) {
      await clients.get(clientId);
      return { comments: await review.comments(clientId), approvals: await review.approvals(clientId) };
    },
    async addLokabenComment({ clientId, viewpoint, body, author, role }) {
      await clients.get(clientId);
      return review.saveComment(clientId, { id: randomUUID(), sectionId: viewpoint, body, author: author || (role === 'owner' ? '事業者' : '指導員'), role, createdAt: new Date().toISOString() });
    },
    async resolveLokabenComment({ clientId, commentId, by }) {
      const c = (await review.comments(clientId)).find((x) => x.id === commentId);
      if (!c) throw new ApiFailure('NOT_FOUND', '指定されたコメントが見つかりません。');
      return review.saveComment(clientId, { ...c, resolvedAt: new Date().toISOString(), resolvedBy: by });
    },
    async setLokabenApproval({ clientId, viewpoint, approved, by }) {
      await clients.get(clientId);
      if (approved) await review.saveApproval(clientId, { id: randomUUID(), sectionId: viewpoint, approvedBy: by || '事業者', approvedAt: new Date().toISOString() });
      else await review.removeApproval(clientId, viewpoint);
      return review.approvals(clientId);
    },
    async getLokaben({ clientId }) {
      const client = await clients.get(clientId); // NOT_FOUND for an unknown client
      return {
        ...(await recordOf(clientId)),
        suggestedIndustryId: guessIndustry(client.industry),
        benchmarks: builtinBenchmarks(),
        official: (await officialTable.current()).table,
        suggestedShobunruiId: guessShobunrui(client.industry),
        clientEmployeeCount: client.employeeCount,
      };
    },
    async saveLokaben({ clientId, baseRevisions, ...patch }) {
      await clients.get(clientId);
      const saved = await repo.save(clientId, patch, baseRevisions);
      return { updatedAt: saved.updatedAt ?? '', revisions: saved.revisions };
    },
    async exportLokabenReport({ clientId }) {
      const client = await clients.get(clientId);
      const file = await exportLokabenReport(client, await recordOf(clientId), (await officialTable.current()).table);
      return { fileName: file.fileName, mime: file.mime, base64: Buffer.from(file.bytes).toString('base64'), warnings: file.warnings };
    },
    async readKessanExcel({ base64 }) {
      const r = await readKessanExcel(new Uint8Array(Buffer.from(base64, 'base64')));
      if (!r.ok) throw new ApiFailure('BAD_INPUT', r.message);
      return { periods: r.periods, problems: r.problems, read: r.read };
    },
    async kessanExcelTemplate({ labels }) {
      const bytes = await kessanTemplateXlsx(labels);
      return { fileName: KESSAN_TEMPLATE_FILE_NAME, mime: XLSX_MIME, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}
