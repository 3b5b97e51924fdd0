import type { Application } from '../schemas/application';
import type { ReviewComment } from './schema';
import { locatePassage } from './mergeText';

export type ProposalResult = { ok: true; before: string; after: string; wholeField: boolean } | { ok: false; message: string };

/**
 * The field's text after a comment's 修正案: the quoted passage replaced (found again even if the text
 * moved), or — for a proposal without a quote — the whole field. The same function previews the change
 * in the UI and applies it on the Node side, so what the advisor saw is what is written.
 */
export function proposalResult(app: Application, c: ReviewComment): ProposalResult {
  if (c.proposedText === undefined || !c.fieldId) return { ok: false, message: 'このコメントには修正案がありません。' };
  const current = app.content[c.sectionId]?.[c.fieldId];
  const before = typeof current === 'string' ? current : '';
  if (!c.quote) return { ok: true, before, after: c.proposedText, wholeField: true };
  const at = locatePassage(before, c.quote, c.anchor);
  if (!at) return { ok: false, message: '指摘された箇所が本文に見つかりません（本文が変更されています）。本文を直接直してください。' };
  return { ok: true, before, after: before.slice(0, at.start) + c.proposedText + before.slice(at.end), wholeField: false };
}
