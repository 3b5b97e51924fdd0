import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/errors';
import { checkApplication } from '../../shared/checks/index';
import { buildReviewHtml } from '../../shared/review/html/buildReviewHtml';
import { createSnapshotsRepo } from '../store/snapshots';
import { safeFileName, ymd } from '../export/fileName';
import type { HandlerDeps, Handlers } from './handlers';

/**
 * The HTML review file: one page the owner opens in any browser (no install, no network) to comment
 * and mark 確認済み; they send back a reply file that importReviewFile reads (see reviewReply.ts).
 * Sending keeps a version, as the review file does.
 */
export function createReviewHtmlHandlers(deps: HandlerDeps): Pick<Handlers, 'exportReviewHtml'> {
  const snapshots = createSnapshotsRepo(deps.sql);
  return {
    exportReviewHtml: async ({ applicationId }) => {
      const application = await deps.applications.get(applicationId);
      const client = await deps.clients.get(application.clientId);
      const template = deps.templates.templates.find((t) => t.id === application.templateId);
      if (!template) throw new ApiFailure('NOT_FOUND', `様式「${application.templateId}」が見つかりません。`);
      await snapshots.take(application, 'review', '事業者確認へ送付（確認用HTML）');
      const figures = checkApplication(template, application, { employeeCount: client.employeeCount, prefecture: client.prefecture }).figures;
      const names = `${safeFileName(client.name, 40)}_${safeFileName(application.title, 40)}`;
      const html = buildReviewHtml({ template, application, clientName: client.name, figures, reviewId: randomUUID(), sentAt: new Date().toISOString(), replyFileBase: `${names}_確認結果` });
      return { fileName: `${names}_確認用_${ymd(new Date())}.html`, mime: 'text/html', base64: Buffer.from(html, 'utf8').toString('base64') };
    },
  };
}
