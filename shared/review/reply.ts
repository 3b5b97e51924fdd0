/**
 * Reading the owner's reply from the HTML review file ("banso.review-reply", built by replyBuild.ts):
 * only their comments and 確認済み marks on the version they read, sealed with a checksum. Refused like
 * a review file: not a reply, a newer format, another application's, edited by hand, a wrong shape.
 */
import { z } from 'zod';
import { Id, IsoDateTime, UserText } from '../schemas/common';
import { ReviewComment, SectionApproval, type ReviewFileError } from './schema';
import { sealChecksum, valuesHash } from './seal';
import { REVIEW_REPLY_FORMAT, REVIEW_REPLY_VERSION } from './replyBuild';

const Checksum = z.string().regex(/^sha256:[0-9a-f]{64}$/);

export const ReviewReply = z
  .object({
    format: z.literal(REVIEW_REPLY_FORMAT),
    schemaVersion: z.number().int().min(1),
    applicationId: Id,
    reviewId: Id,
    baseRevision: z.number().int().min(0),
    baseChecksum: Checksum,
    sentAt: IsoDateTime,
    returnedAt: IsoDateTime,
    reviewer: UserText(100),
    comments: z.array(ReviewComment).max(5_000),
    approvals: z.array(SectionApproval).max(1_000),
    checksum: Checksum,
  })
  .superRefine((r, ctx) => {
    r.approvals.forEach((a, i) => {
      // An approval is of the text as sent: it carries that text and its hash, and they agree.
      if (!a.content || a.contentHash !== valuesHash(a.content)) ctx.addIssue({ code: 'custom', path: ['approvals', i, 'contentHash'], message: '確認した内容と一致しません' });
    });
    r.comments.forEach((c, i) => {
      if (c.anchor && c.quote !== undefined && c.anchor.end - c.anchor.start !== c.quote.length) ctx.addIssue({ code: 'custom', path: ['comments', i, 'anchor'], message: '選択した箇所の長さが一致しません' });
    });
  });
export type ReviewReply = z.infer<typeof ReviewReply>;

export type ParseReplyResult = { ok: true; reply: ReviewReply } | { ok: false; error: ReviewFileError; message: string };

const Head = z.looseObject({ format: z.string(), schemaVersion: z.number(), applicationId: z.string(), checksum: z.unknown().optional() });

/** Whether `raw` says it is a reply (then parseReviewReply, not parseReviewFile, reads it). */
export const isReviewReply = (raw: unknown): boolean => typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === REVIEW_REPLY_FORMAT;

export function parseReviewReply(raw: unknown, expectedApplicationId: string): ParseReplyResult {
  const head = Head.safeParse(raw);
  if (!head.success || head.data.format !== REVIEW_REPLY_FORMAT) {
    return { ok: false, error: 'notReviewFile', message: '伴走の返信ファイルではありません。確認用HTMLファイルで事業者が保存した返信ファイルを選んでください。' };
  }
  const h = head.data;
  if (h.schemaVersion > REVIEW_REPLY_VERSION) {
    return { ok: false, error: 'newerVersion', message: `新しいバージョンの伴走で作成された返信ファイルです（形式 ${h.schemaVersion}、このアプリは ${REVIEW_REPLY_VERSION} まで対応）。アプリを更新してから取り込んでください。` };
  }
  if (h.applicationId !== expectedApplicationId) {
    return { ok: false, error: 'otherApplication', message: `別の申請書（ID ${h.applicationId}）の返信ファイルです。この申請書には取り込めません。対象の申請書を開いてから取り込んでください。` };
  }
  if (typeof raw !== 'object' || raw === null || typeof h.checksum !== 'string' || h.checksum !== sealChecksum(raw)) {
    return {
      ok: false,
      error: 'tampered',
      message: '返信ファイルの内容が保存後に書き換えられています（チェックサムが一致しません）。手で編集されたファイルは取り込めません。事業者に確認用ファイルから保存し直してもらってください。',
    };
  }
  const parsed = ReviewReply.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { ok: false, error: 'invalid', message: `返信ファイルの内容が正しくありません（${i ? `${i.path.join('.')}: ${i.message}` : '不明'}）。` };
  }
  return { ok: true, reply: parsed.data };
}
