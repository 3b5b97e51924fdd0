/**
 * The owner review file ("banso.review"): what the advisor sends to the owner and the owner sends
 * back — the version sent (base), the owner's version, their comments and 確認済み marks, and a
 * SHA-256 checksum of all of it, so a file edited by hand (outside 伴走) is noticed and refused.
 */
import { z } from 'zod';
import { Application, SectionValues } from '../schemas/application';
import { Client } from '../schemas/client';
import { Id, IsoDateTime, UserText } from '../schemas/common';
import { canonicalJson, sha256Hex } from './sha256';

export const REVIEW_FILE_FORMAT = 'banso.review';
export const REVIEW_FILE_VERSION = 1;

/** A passage of a text field: UTF-16 offsets [start, end) into the owner's version of the field. */
export const CommentAnchor = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((a) => a.start <= a.end, '範囲の終わりが始まりより前です');
export type CommentAnchor = z.infer<typeof CommentAnchor>;

/** A comment on a section, or on a passage of one field (quote + anchor), maybe with a rewording. */
export const ReviewComment = z.object({
  id: Id,
  sectionId: z.string().min(1).max(80),
  fieldId: z.string().min(1).max(80).optional(),
  quote: UserText(2_000).optional(), // the passage commented on, as it read
  anchor: CommentAnchor.optional(),
  body: UserText(10_000),
  author: UserText(100),
  role: z.enum(['owner', 'advisor']).default('owner'),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime.optional(),
  proposedText: UserText(200_000).optional(), // 修正案 for the quoted passage (or the whole field)
  resolvedAt: IsoDateTime.optional(),
  resolvedBy: UserText(100).optional(),
});
export type ReviewComment = z.infer<typeof ReviewComment>;
export type ReviewCommentInput = z.input<typeof ReviewComment>;

/** 確認済み: the owner confirmed a section as it read then. */
export const SectionApproval = z.object({
  id: Id,
  sectionId: z.string().min(1).max(80),
  approvedBy: UserText(100),
  approvedAt: IsoDateTime,
  /** sectionHash() of the section as approved; a later change makes the approval stale. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** The section's values as approved, to show what changed since (「確認後に変更あり」). */
  content: SectionValues.optional(),
  note: UserText(2_000).optional(),
});
export type SectionApproval = z.infer<typeof SectionApproval>;

const Checksum = z.string().regex(/^sha256:[0-9a-f]{64}$/);

export const ReviewFile = z
  .object({
    format: z.literal(REVIEW_FILE_FORMAT),
    schemaVersion: z.number().int().min(1),
    applicationId: Id,
    baseRevision: z.number().int().min(0),
    createdAt: IsoDateTime, // sent by the advisor
    returnedAt: IsoDateTime.optional(), // saved back by the owner
    appVersion: z.string().max(40).optional(),
    client: Client.optional(), // who the application is for (the owner's copy of 伴走 needs the record)
    base: Application, // the version sent to the owner
    owner: Application, // the owner's version (equal to base until the owner edits)
    comments: z.array(ReviewComment).max(5_000),
    approvals: z.array(SectionApproval).max(1_000),
    /** checkout (持ち出し): the advisor edits it on a laptop and brings it back; absent: the owner reviews it (事業者確認). */
    purpose: z.enum(['review', 'checkout']).optional(),
    checksum: Checksum,
  })
  .superRefine((f, ctx) => {
    if (f.base.id !== f.applicationId || f.owner.id !== f.applicationId) ctx.addIssue({ code: 'custom', path: ['owner', 'id'], message: '申請書IDが一致しません' });
    if (f.base.revision !== f.baseRevision) ctx.addIssue({ code: 'custom', path: ['baseRevision'], message: '版番号が一致しません' });
  });
export type ReviewFile = z.infer<typeof ReviewFile>;
export type ReviewFileContent = Omit<ReviewFile, 'checksum'>;

/** Checksum of everything in the file but the checksum itself: "sha256:" + hex of canonical JSON. */
export function reviewChecksum(content: object): string {
  const rest = Object.fromEntries(Object.entries(content).filter(([k]) => k !== 'checksum'));
  return `sha256:${sha256Hex(canonicalJson(rest))}`;
}

export function sealReviewFile(content: ReviewFileContent): ReviewFile {
  return { ...content, checksum: reviewChecksum(content) };
}

/** SHA-256 of one section's values, as stored in SectionApproval.contentHash. */
export const sectionHash = (values: unknown): string => sha256Hex(canonicalJson(values ?? {}));

/** The file the advisor sends: base and owner are both the current application. */
export function createReviewFile(application: Application, createdAt: string, appVersion?: string): ReviewFile {
  return sealReviewFile({
    format: REVIEW_FILE_FORMAT,
    schemaVersion: REVIEW_FILE_VERSION,
    applicationId: application.id,
    baseRevision: application.revision,
    createdAt,
    ...(appVersion === undefined ? {} : { appVersion }),
    base: application,
    owner: application,
    comments: [],
    approvals: [],
  });
}

export type ReviewFileError = 'notReviewFile' | 'newerVersion' | 'otherApplication' | 'tampered' | 'invalid';
export type ParseReviewResult = { ok: true; file: ReviewFile } | { ok: false; error: ReviewFileError; message: string };

const Head = z.looseObject({
  format: z.string(),
  schemaVersion: z.number(),
  applicationId: z.string(),
  checksum: z.unknown().optional(),
  owner: z.looseObject({ title: z.string() }).optional().catch(undefined),
});

/**
 * Reads a returned review file for the application `expectedApplicationId`. Refuses, with a message
 * for the advisor: not a review file; a newer format; another application's file; content changed
 * after it was saved (checksum mismatch); content that does not fit the schema.
 */
export function parseReviewFile(raw: unknown, expectedApplicationId: string): ParseReviewResult {
  const head = Head.safeParse(raw);
  if (!head.success || head.data.format !== REVIEW_FILE_FORMAT) {
    return { ok: false, error: 'notReviewFile', message: '伴走の確認用ファイルではありません。事業者確認のために書き出したファイルを選んでください。' };
  }
  const h = head.data;
  if (h.schemaVersion > REVIEW_FILE_VERSION) {
    return {
      ok: false,
      error: 'newerVersion',
      message: `新しいバージョンの伴走で作成された確認ファイルです（形式 ${h.schemaVersion}、このアプリは ${REVIEW_FILE_VERSION} まで対応）。アプリを更新してから取り込んでください。`,
    };
  }
  if (h.applicationId !== expectedApplicationId) {
    const title = h.owner?.title ? `「${h.owner.title}」` : `ID ${h.applicationId}`;
    return { ok: false, error: 'otherApplication', message: `別の申請書（${title}）の確認ファイルです。この申請書には取り込めません。対象の申請書を開いてから取り込んでください。` };
  }
  if (typeof raw !== 'object' || raw === null || typeof h.checksum !== 'string' || h.checksum !== reviewChecksum(raw)) {
    return {
      ok: false,
      error: 'tampered',
      message: '確認ファイルの内容が保存後に書き換えられています（チェックサムが一致しません）。伴走以外で編集されたファイルは取り込めません。事業者に伴走で保存し直してもらうか、確認ファイルを送り直してください。',
    };
  }
  const parsed = ReviewFile.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { ok: false, error: 'invalid', message: `確認ファイルの内容が正しくありません（${i ? `${i.path.join('.')}: ${i.message}` : '不明'}）。` };
  }
  return { ok: true, file: parsed.data };
}
