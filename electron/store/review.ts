import { ReviewComment, SectionApproval } from '../../shared/review/schema';
import type { Db } from './db';

/** Where comments and approvals live: an application's sections, or a client's ローカルベンチマーク viewpoints. */
const SCOPES = {
  application: { comments: 'review_comments', approvals: 'section_approvals', owner: 'application_id' },
  lokaben: { comments: 'lokaben_comments', approvals: 'lokaben_approvals', owner: 'client_id' },
} as const;

/**
 * Owner comments and 確認済み marks (JSON rows, parsed with the review schemas), for the sections of an
 * application or the viewpoints of a client's ローカルベンチマーク. `ownerId` is the application or client id.
 */
export function createReviewRepo(db: Db, scope: keyof typeof SCOPES = 'application') {
  const { comments: ct, approvals: at, owner } = SCOPES[scope]; // constants, never user input
  const upsertComment = db.prepare(`INSERT INTO ${ct} (id, ${owner}, data, created_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET data = excluded.data`);
  const comments = db.prepare(`SELECT data FROM ${ct} WHERE ${owner} = ? ORDER BY created_at, id`);
  const upsertApproval = db.prepare(`INSERT INTO ${at} (${owner}, section_id, data) VALUES (?, ?, ?)
    ON CONFLICT (${owner}, section_id) DO UPDATE SET data = excluded.data`);
  const deleteApproval = db.prepare(`DELETE FROM ${at} WHERE ${owner} = ? AND section_id = ?`);
  const approvals = db.prepare(`SELECT data FROM ${at} WHERE ${owner} = ? ORDER BY section_id`);
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
