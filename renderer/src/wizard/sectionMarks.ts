import type { Application } from '../../../shared/schemas/application';
import type { Template } from '../../../shared/templates/template';
import type { Finding, Severity } from '../../../shared/checks/types';
import type { ReviewComment, SectionApproval } from '../../../shared/review/schema';
import { approvalState } from '../../../shared/review/approvalState';
import type { SectionMark } from './SectionList';

const RANK: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** Per section: the worst finding, the review state of its 確認済み, and its open comments. */
export function sectionMarks(t: Template, app: Application, findings: readonly Finding[], approvals: readonly SectionApproval[], comments: readonly ReviewComment[]): Record<string, SectionMark> {
  const out: Record<string, SectionMark> = {};
  for (const s of t.sections) out[s.id] = { review: approvalState(approvals.find((a) => a.sectionId === s.id), app.content[s.id]), comments: comments.filter((c) => c.sectionId === s.id && !c.resolvedAt).length };
  for (const f of findings) {
    const m = f.sectionId ? out[f.sectionId] : undefined;
    if (m && (m.worst === undefined || RANK[f.severity] < RANK[m.worst])) m.worst = f.severity;
  }
  return out;
}
