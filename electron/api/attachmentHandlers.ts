import { ApiFailure } from '../../shared/api/errors';
import type { attachmentContract } from '../../shared/api/attachmentContract';
import { supplementaryDocument } from '../../shared/export/supplementary';
import { createAttachmentsRepo } from '../store/attachments';
import { readImageInfo } from '../export/docx/imageSize';
import { renderPdf } from '../export/pdf/index';
import { packageBaseName } from '../export/fileName';
import type { HandlerDeps, Handlers } from './handlers';
import { partRevision } from '../../shared/schemas/revisions';
import type { Template } from '../../shared/templates/template';
import type { Application } from '../../shared/schemas/application';
import type { Client } from '../../shared/schemas/client';

const MIME = { png: 'image/png', jpeg: 'image/jpeg' } as const;

/** Builds the supplementary PDF of an application's figures; also used by the package export. */
export async function buildSupplementary(deps: HandlerDeps, template: Template, app: Application, client: Client) {
  const figures = await createAttachmentsRepo(deps.sql).withData(app.id);
  const pdf = await renderPdf(supplementaryDocument(template, app, client.name, figures));
  const maxPages = template.supplementary?.maxPages ?? 0;
  const warnings: string[] = [];
  if (maxPages > 0 && pdf.pageCount > maxPages) warnings.push(`補足資料が${pdf.pageCount}ページあり、上限の${maxPages}ページを超えています。図を減らすか小さくしてください。`);
  if (pdf.missingGlyphs.length > 0) warnings.push(`フォントにない文字を〓で表示しました: ${pdf.missingGlyphs.join(' ')}`);
  return { bytes: pdf.bytes, pages: pdf.pageCount, maxPages, warnings, fileName: `${packageBaseName(client.name, app.programId, new Date())}_補足資料.pdf`, count: figures.length };
}

/** Figures for the supplementary PDF: add (PNG/JPEG only), caption, reorder, delete, and the page check. */
export function createAttachmentHandlers(deps: HandlerDeps, template: (id: string) => Template): Pick<Handlers, keyof typeof attachmentContract> {
  const repo = createAttachmentsRepo(deps.sql);
  const listOf = async (applicationId: string) => ({ items: await repo.list(applicationId), revision: partRevision((await deps.applications.get(applicationId)).revisions, 'attachments') });
  /** Every change of the figures is guarded by the revision of the 'attachments' part (and locked after 提出). */
  const change = (applicationId: string, baseRevision: number, fn: () => Promise<unknown>) =>
    deps.sql.tx(async () => {
      await deps.applications.bump(applicationId, { parts: { attachments: baseRevision } });
      await fn();
      return listOf(applicationId);
    });
  return {
    listAttachments: ({ applicationId }) => listOf(applicationId),
    addAttachment: ({ applicationId, caption, base64, baseRevision }) => {
      const data = new Uint8Array(Buffer.from(base64, 'base64'));
      const info = readImageInfo(data);
      if (!info) throw new ApiFailure('BAD_INPUT', '画像として読めません。PNG または JPEG の画像を選んでください。');
      return change(applicationId, baseRevision, () => repo.add(applicationId, caption, MIME[info.format], info.width, info.height, data));
    },
    updateAttachment: async ({ id, caption, move, baseRevision }) =>
      change((await repo.get(id)).applicationId, baseRevision, async () => {
        if (caption !== undefined) await repo.caption(id, caption);
        if (move) await repo.move(id, move);
      }),
    deleteAttachment: async ({ id, baseRevision }) => change((await repo.get(id)).applicationId, baseRevision, () => repo.delete(id)),
    getAttachmentImage: async ({ id }) => {
      const a = await repo.get(id);
      return { dataUrl: `data:${a.mime};base64,${Buffer.from(a.data).toString('base64')}` };
    },
    buildSupplementaryPdf: async ({ applicationId }) => {
      const app = await deps.applications.get(applicationId);
      const s = await buildSupplementary(deps, template(app.templateId), app, await deps.clients.get(app.clientId));
      return { pages: s.pages, maxPages: s.maxPages, fileName: s.fileName, base64: Buffer.from(s.bytes).toString('base64'), warnings: s.warnings };
    },
  };
}
