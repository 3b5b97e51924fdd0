import { ReviewComment, SectionApproval } from '../../shared/review/schema';
import type { SqlStore } from './sql/types';

/** Where comments and approvals live: an application's sections, or a client's ローカルベンチマーク viewpoints. */
const SCOPES = {
  application: { comments: 'review_comments', approvals: 'section_approvals', owner: 'application_id' },
  lokaben: { comments: 'lokaben_comments', approvals: 'lokaben_approvals', owner: 'client_id' },
} as const;

/**
 * Owner comments and 確認済み marks (JSON rows, parsed with the review schemas), for the sections of an
 * application or the viewpoints of a client's ローカルベンチマーク. `ownerId` is the application or client id.
 */
export function createReviewRepo(sql: SqlStore, scope: keyof typeof SCOPES = 'application') {
  const { comments: ct, approvals: at, owner } = SCOPES[scope]; // constants, never user input
  const parseRows = <T>(rows: { data: string }[], schema: { parse: (x: unknown) => T }) => rows.map((r) => schema.parse(JSON.parse(r.data)));
  return {
    async comments(ownerId: string): Promise<ReviewComment[]> {
      return parseRows(await sql.all<{ data: string }>(`SELECT data FROM ${ct} WHERE ${owner} = ? ORDER BY created_at, id`, [ownerId]), ReviewComment);
    },
    async saveComment(ownerId: string, c: ReviewComment): Promise<ReviewComment> {
      await sql.run(`INSERT INTO ${ct} (id, ${owner}, data, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data`, [c.id, ownerId, JSON.stringify(c), c.createdAt]);
      return c;
    },
    async approvals(ownerId: string): Promise<SectionApproval[]> {
      return parseRows(await sql.all<{ data: string }>(`SELECT data FROM ${at} WHERE ${owner} = ? ORDER BY section_id`, [ownerId]), SectionApproval);
    },
    async saveApproval(ownerId: string, a: SectionApproval): Promise<SectionApproval> {
      await sql.run(`INSERT INTO ${at} (${owner}, section_id, data) VALUES (?, ?, ?) ON CONFLICT (${owner}, section_id) DO UPDATE SET data = excluded.data`, [ownerId, a.sectionId, JSON.stringify(a)]);
      return a;
    },
    async removeApproval(ownerId: string, sectionId: string): Promise<void> {
      await sql.run(`DELETE FROM ${at} WHERE ${owner} = ? AND section_id = ?`, [ownerId, sectionId]);
    },
  };
}
export type ReviewRepo = ReturnType<typeof createReviewRepo>;
