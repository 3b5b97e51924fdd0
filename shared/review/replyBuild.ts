/**
 * The owner's reply from the HTML review file ("banso.review-reply"): their comments (with anchors
 * and 修正案) and 確認済み marks on the version they read, sealed with a checksum. Built here, without
 * zod, so the page's script and the tests build it with the same code; read back by reply.ts.
 */
import type { ReviewComment, SectionApproval } from './schema';
import type { ReviewPageData } from './html/pageData';
import { sealChecksum } from './seal';

export const REVIEW_REPLY_FORMAT = 'banso.review-reply';
export const REVIEW_REPLY_VERSION = 1;

/** A comment as the owner writes it in the page (author and role are added when the reply is built). */
export interface OwnerComment {
  id: string;
  sectionId: string;
  fieldId?: string;
  quote?: string;
  anchor?: { start: number; end: number };
  body: string;
  proposedText?: string;
  author: string;
  createdAt: string;
}

export interface OwnerApproval {
  id: string;
  sectionId: string;
  approvedBy: string;
  approvedAt: string;
}

/** What the owner did in the page (kept in the browser while it is open). */
export interface OwnerState {
  reviewer: string;
  comments: OwnerComment[];
  approvals: OwnerApproval[];
}

export interface ReviewReplyContent {
  format: typeof REVIEW_REPLY_FORMAT;
  schemaVersion: number;
  applicationId: string;
  reviewId: string;
  baseRevision: number;
  baseChecksum: string;
  sentAt: string;
  returnedAt: string;
  reviewer: string;
  comments: ReviewComment[];
  approvals: SectionApproval[];
}
export type ReviewReplyShape = ReviewReplyContent & { checksum: string };

export const DEFAULT_OWNER_NAME = '事業者';

/** The reply for `state`: approvals carry the section as sent (content + hash), so a later change shows. */
export function buildReviewReply(data: ReviewPageData, state: OwnerState, returnedAt: string): ReviewReplyShape {
  const who = (name: string) => (name.trim() || state.reviewer.trim() || DEFAULT_OWNER_NAME).slice(0, 100);
  const comments: ReviewComment[] = state.comments.map((c) => ({
    id: c.id,
    sectionId: c.sectionId,
    ...(c.fieldId === undefined ? {} : { fieldId: c.fieldId }),
    ...(c.quote === undefined ? {} : { quote: c.quote }),
    ...(c.anchor === undefined ? {} : { anchor: { start: c.anchor.start, end: c.anchor.end } }),
    body: c.body,
    ...(c.proposedText === undefined ? {} : { proposedText: c.proposedText }),
    author: who(c.author),
    role: 'owner',
    createdAt: c.createdAt,
  }));
  const approvals: SectionApproval[] = [];
  for (const a of state.approvals) {
    const s = data.sections.find((x) => x.id === a.sectionId);
    if (s) approvals.push({ id: a.id, sectionId: s.id, approvedBy: who(a.approvedBy), approvedAt: a.approvedAt, contentHash: s.hash, content: s.content });
  }
  const content: ReviewReplyContent = {
    format: REVIEW_REPLY_FORMAT,
    schemaVersion: REVIEW_REPLY_VERSION,
    applicationId: data.applicationId,
    reviewId: data.reviewId,
    baseRevision: data.baseRevision,
    baseChecksum: data.baseChecksum,
    sentAt: data.sentAt,
    returnedAt,
    reviewer: state.reviewer.trim().slice(0, 100),
    comments,
    approvals,
  };
  return { ...content, checksum: sealChecksum(content) };
}
