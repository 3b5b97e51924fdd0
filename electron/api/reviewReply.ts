import { ApiFailure } from '../../shared/api/errors';
import type { ReviewImportResult } from '../../shared/api/reviewContract';
import { mergeReview } from '../../shared/review/merge';
import { parseReviewReply } from '../../shared/review/reply';
import { createReviewRepo } from '../store/review';
import { createSnapshotsRepo } from '../store/snapshots';
import type { HandlerDeps } from './handlers';

/**
 * Reads the owner's reply from the HTML review file into the application: their comments and
 * 確認済み marks join the advisor's (by id, as a review file's do). The owner changed no text, so
 * nothing conflicts and the body stays as it is; a version marks the round in the history.
 */
export function createReplyImport(deps: HandlerDeps) {
  const snapshots = createSnapshotsRepo(deps.sql);
  const review = createReviewRepo(deps.sql);
  return async (applicationId: string, raw: unknown): Promise<ReviewImportResult> => {
    const parsed = parseReviewReply(raw, applicationId);
    if (!parsed.ok) throw new ApiFailure('BAD_INPUT', parsed.message);
    const { reply } = parsed;
    const current = await deps.applications.get(applicationId);
    const had = { comments: await review.comments(applicationId), approvals: await review.approvals(applicationId) };
    const result = mergeReview(current, current, current, { current: had, returned: { comments: reply.comments, approvals: reply.approvals } });
    const oldComments = new Set(had.comments.map((c) => c.id));
    const oldApprovals = new Set(had.approvals.map((a) => a.id));
    const newComments = result.comments.filter((c) => !oldComments.has(c.id));
    const newApprovals = result.approvals.filter((a) => !oldApprovals.has(a.id));
    await deps.sql.tx(async () => {
      for (const c of newComments) await review.saveComment(applicationId, c);
      for (const a of newApprovals) await review.saveApproval(applicationId, a);
      await snapshots.take(current, 'reviewReturn', `事業者の返信を取り込んだ版（${reply.reviewer || '事業者'}）`);
    });
    return { applied: true, conflicts: [], appliedChanges: 0, newComments: newComments.length, newApprovals: newApprovals.length, application: current };
  };
}
