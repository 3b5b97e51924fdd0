import { ReviewComment, SectionApproval } from '../../shared/review/schema';
import type { Db } from './db';

/** Owner comments and 確認済み marks of an application (JSON rows, parsed with the review schemas). */
export function createReviewRepo(db: Db) {
  const upsertComment = db.prepare(`INSERT INTO review_comments (id, application_id, data, created_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET data = excluded.data`);
  const comments = db.prepare('SELECT data FROM review_comments WHERE application_id = ? ORDER BY created_at, id');
  const upsertApproval = db.prepare(`INSERT INTO section_approvals (application_id, section_id, data) VALUES (?, ?, ?)
    ON CONFLICT (application_id, section_id) DO UPDATE SET data = excluded.data`);
  const deleteApproval = db.prepare('DELETE FROM section_approvals WHERE application_id = ? AND section_id = ?');
  const approvals = db.prepare('SELECT data FROM section_approvals WHERE application_id = ? ORDER BY section_id');
  const parseRows = <T>(rows: unknown[], schema: { parse: (x: unknown) => T }) => (rows as { data: string }[]).map((r) => schema.parse(JSON.parse(r.data)));
  return {
    comments(applicationId: string): ReviewComment[] {
      return parseRows(comments.all(applicationId), ReviewComment);
    },
    saveComment(applicationId: string, c: ReviewComment): ReviewComment {
      upsertComment.run(c.id, applicationId, JSON.stringify(c), c.createdAt);
      return c;
    },
    approvals(applicationId: string): SectionApproval[] {
      return parseRows(approvals.all(applicationId), SectionApproval);
    },
    saveApproval(applicationId: string, a: SectionApproval): SectionApproval {
      upsertApproval.run(applicationId, a.sectionId, JSON.stringify(a));
      return a;
    },
    removeApproval(applicationId: string, sectionId: string): void {
      deleteApproval.run(applicationId, sectionId);
    },
  };
}
export type ReviewRepo = ReturnType<typeof createReviewRepo>;
