import { z } from 'zod';
import type { ApplicationStatus } from './application';

/**
 * Revision guards. Every write names the revision it was based on; a write based on an older one is
 * refused with CONFLICT, so a stale window never overwrites newer work. Revisions are kept per part
 * (each section, the plan, the expenses, the title, …), so editing ③ in one window does not block ⑥ in
 * another. A part's revision is the application's revision number at the write that last changed it;
 * `*` marks a change of the whole body (an import, a restore, a merge) and counts for every part.
 */
export const BaseRevision = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const PartRevisions = z.record(z.string().max(100), z.number().int().min(0)).default({});
export type PartRevisions = z.infer<typeof PartRevisions>;

export type ApplicationPart = `section:${string}` | 'plan' | 'expenses' | 'title' | 'pipeline' | 'attachments';
export const WHOLE_BODY = '*';

export const sectionPart = (sectionId: string): ApplicationPart => `section:${sectionId}`;

/** The revision a writer of `part` must name as its base. */
export function partRevision(revisions: Readonly<Record<string, number>>, part: string): number {
  return Math.max(revisions[part] ?? 0, revisions[WHOLE_BODY] ?? 0);
}

/** Parts that are not the application's body: a whole-body write (import, restore) does not wait for them. */
const NOT_BODY = new Set(['pipeline', 'attachments']);

/**
 * The revision a whole-body write (an import, a restore, a merge) must be based on: the latest change
 * of any part of the body. The pipeline and the figures of the supplementary PDF are not the body.
 */
export function contentRevision(revisions: Readonly<Record<string, number>>): number {
  let max = 0;
  for (const [part, rev] of Object.entries(revisions)) if (!NOT_BODY.has(part) && rev > max) max = rev;
  return max;
}

/** Statuses after which the text is read-only until 「提出後に修正する」 unlocks it. */
export const LOCKED_STATUSES: readonly ApplicationStatus[] = ['submitted', 'adopted', 'rejected'];

export function isLocked(a: { status: ApplicationStatus; editUnlocked: boolean }): boolean {
  return LOCKED_STATUSES.includes(a.status) && !a.editUnlocked;
}

export const STALE_MESSAGE = 'この内容は別の画面で先に更新されています。入力した内容は残してあります。どちらを残すか選んでください。';
export const LOCKED_MESSAGE = 'この申請は提出済みのため編集できません。修正が必要な場合は「提出後に修正する」を押してください。';
