/**
 * Three-way merge of an owner's returned review into the advisor's current application.
 *
 * base = the version sent to the owner; current = the advisor's version now; returned = the owner's.
 * Per field (and per plan cell, expense line, title): only one side changed → take it; both changed
 * the same way → fine; both changed differently → a Conflict with both values, and the advisor's value
 * stays in `merged` until resolveConflict() says otherwise. The owner's text never silently replaces
 * the advisor's. Comments and 確認済み approvals are merged as a union by id.
 */
import type { Application, FieldValue, SectionValues } from '../schemas/application';
import type { ExpenseLine } from '../schemas/expense';
import type { FinancialPlan } from '../schemas/financialPlan';
import { keysOf } from './equal';
import { type CellKey, type CellValue, mergeExpenses, mergePlan, pick3, withCell, withExpense } from './mergeParts';
import { mergeText3 } from './mergeText';
import { type ReviewComment, type ReviewFile, type SectionApproval, sectionHash } from './schema';
import { keepBothValue } from './keepBoth';

export type ChangeTarget =
  | { kind: 'field'; sectionId: string; fieldId: string }
  | { kind: 'figure'; yearIndex: number; key: CellKey }
  | { kind: 'financialPlan' }
  | { kind: 'expense'; expenseId: string }
  | { kind: 'title' };

export type Conflict = { id: string } & (
  | { kind: 'field'; sectionId: string; fieldId: string; base: FieldValue | null; advisor: FieldValue | null; owner: FieldValue | null; suggestion: string | null }
  | { kind: 'figure'; yearIndex: number; key: CellKey; base: CellValue; advisor: CellValue; owner: CellValue }
  | { kind: 'financialPlan'; base: FinancialPlan; advisor: FinancialPlan; owner: FinancialPlan }
  | { kind: 'expense'; expenseId: string; base: ExpenseLine | null; advisor: ExpenseLine | null; owner: ExpenseLine | null }
  | { kind: 'title'; base: string; advisor: string; owner: string }
);

/** Whose value stays: the advisor's, the owner's, both (両方を残す, see keepBoth.ts), or an edited text. */
export type Resolution = 'advisor' | 'owner' | 'both' | { custom: string };

export interface MergeResult {
  /** The advisor's application with the owner's non-conflicting changes (advisor's side on conflicts). */
  merged: Application;
  conflicts: Conflict[];
  /** The owner's changes taken automatically. */
  applied: ChangeTarget[];
  comments: ReviewComment[];
  approvals: SectionApproval[];
  /** Ids of approvals whose section no longer reads as it did when approved. */
  staleApprovals: string[];
  resolutions: Array<{ conflictId: string; choice: 'advisor' | 'owner' | 'both' | 'custom' }>;
}

export interface ReviewExtras {
  /** What the advisor already has (earlier rounds, own notes). */
  current?: { comments?: readonly ReviewComment[]; approvals?: readonly SectionApproval[] };
  /** What came back with the owner's version. */
  returned?: { comments?: readonly ReviewComment[]; approvals?: readonly SectionApproval[] };
}

const time = (s: string | undefined) => (s ? Date.parse(s) : Number.NEGATIVE_INFINITY);

/** Union by id; the same id on both sides → the later edit, keeping a resolution from either side. */
export function unionComments(a: readonly ReviewComment[], b: readonly ReviewComment[]): ReviewComment[] {
  const byId = new Map<string, ReviewComment>();
  for (const c of [...a, ...b]) {
    const had = byId.get(c.id);
    if (!had) byId.set(c.id, c);
    else {
      const later = time(c.updatedAt ?? c.createdAt) > time(had.updatedAt ?? had.createdAt) ? c : had;
      const resolved = had.resolvedAt ? had : c.resolvedAt ? c : null;
      byId.set(c.id, resolved && !later.resolvedAt ? { ...later, resolvedAt: resolved.resolvedAt, resolvedBy: resolved.resolvedBy } : later);
    }
  }
  return [...byId.values()].sort((x, y) => time(x.createdAt) - time(y.createdAt) || (x.id < y.id ? -1 : 1));
}

/** Union by id; the same id on both sides → the later approval. */
export function unionApprovals(a: readonly SectionApproval[], b: readonly SectionApproval[]): SectionApproval[] {
  const byId = new Map<string, SectionApproval>();
  for (const x of [...a, ...b]) {
    const had = byId.get(x.id);
    if (!had || time(x.approvedAt) > time(had.approvedAt)) byId.set(x.id, x);
  }
  return [...byId.values()];
}

function staleOf(merged: Application, approvals: readonly SectionApproval[]): string[] {
  return approvals.filter((a) => a.contentHash !== undefined && a.contentHash !== sectionHash(merged.content[a.sectionId])).map((a) => a.id);
}

function setField(app: Application, sectionId: string, fieldId: string, value: FieldValue | null | undefined): Application {
  const section: SectionValues = { ...(app.content[sectionId] ?? {}) };
  if (value === null || value === undefined) delete section[fieldId];
  else section[fieldId] = value;
  return { ...app, content: { ...app.content, [sectionId]: section } };
}

export function mergeReview(base: Application, current: Application, returned: Application, extras: ReviewExtras = {}): MergeResult {
  let merged: Application = { ...current, content: { ...current.content } };
  const conflicts: Conflict[] = [];
  const applied: ChangeTarget[] = [];
  for (const sectionId of keysOf(current.content, returned.content, base.content)) {
    const sb = base.content[sectionId];
    const sc = current.content[sectionId];
    const so = returned.content[sectionId];
    for (const fieldId of keysOf(sc, so, sb)) {
      const vb = sb?.[fieldId] ?? null;
      const vc = sc?.[fieldId] ?? null;
      const vo = so?.[fieldId] ?? null;
      const side = pick3(vb, vc, vo);
      if (side === 'owner') {
        merged = setField(merged, sectionId, fieldId, vo);
        applied.push({ kind: 'field', sectionId, fieldId });
      } else if (side === 'conflict') {
        const suggestion = typeof vc === 'string' && typeof vo === 'string' ? mergeText3(typeof vb === 'string' ? vb : '', vc, vo) : null;
        conflicts.push({ id: `field:${sectionId}/${fieldId}`, kind: 'field', sectionId, fieldId, base: vb, advisor: vc, owner: vo, suggestion });
      }
    }
  }
  const titleSide = pick3(base.title, current.title, returned.title);
  if (titleSide === 'owner') {
    merged = { ...merged, title: returned.title };
    applied.push({ kind: 'title' });
  } else if (titleSide === 'conflict') conflicts.push({ id: 'title', kind: 'title', base: base.title, advisor: current.title, owner: returned.title });

  const plan = mergePlan(base.financialPlan, current.financialPlan, returned.financialPlan);
  merged = { ...merged, financialPlan: plan.plan };
  for (const c of plan.applied) applied.push(c ? { kind: 'figure', ...c } : { kind: 'financialPlan' });
  for (const c of plan.cellConflicts) conflicts.push({ id: `figure:${c.yearIndex}/${c.key}`, kind: 'figure', ...c });
  if (plan.planConflict) conflicts.push({ id: 'financialPlan', kind: 'financialPlan', base: base.financialPlan, advisor: current.financialPlan, owner: returned.financialPlan });

  const exp = mergeExpenses(base.expenses, current.expenses, returned.expenses);
  merged = { ...merged, expenses: exp.lines };
  for (const expenseId of exp.applied) applied.push({ kind: 'expense', expenseId });
  for (const c of exp.conflicts) conflicts.push({ id: `expense:${c.expenseId}`, kind: 'expense', ...c });

  // An approval records what the owner saw: their version of the section.
  const returnedApprovals = (extras.returned?.approvals ?? []).map((a) => (a.contentHash ? a : { ...a, contentHash: sectionHash(returned.content[a.sectionId]) }));
  const approvals = unionApprovals(extras.current?.approvals ?? [], returnedApprovals);
  return {
    merged,
    conflicts,
    applied,
    comments: unionComments(extras.current?.comments ?? [], extras.returned?.comments ?? []),
    approvals,
    staleApprovals: staleOf(merged, approvals),
    resolutions: [],
  };
}

/** mergeReview for a parsed review file (base and owner's version and extras from the file). */
export function mergeReviewFile(file: ReviewFile, current: Application, currentExtras: ReviewExtras['current'] = {}): MergeResult {
  return mergeReview(file.base, current, file.owner, { current: currentExtras, returned: { comments: file.comments, approvals: file.approvals } });
}

/** The id an owner's expense line gets when both lines are kept (the advisor's keeps its own). */
export const ownerCopyId = (expenseId: string) => `${expenseId.slice(0, 56)}-owner`;

/**
 * Whether 両方を残す can settle a conflict without the template: a field whose two values combine
 * (texts, lists of choices, table rows), or an expense line. A single choice is a text here: the
 * caller that knows the field (conflictPlace.ts) offers it for text fields only.
 */
export function canKeepBoth(c: Conflict): boolean {
  if (c.kind === 'expense') return true;
  return c.kind === 'field' && keepBothValue(c.advisor, c.owner) !== null;
}

function keepBoth(merged: Application, c: Conflict): Application {
  if (c.kind === 'field') return setField(merged, c.sectionId, c.fieldId, keepBothValue(c.advisor, c.owner));
  if (c.kind === 'expense') {
    if (!c.advisor || !c.owner) return { ...merged, expenses: withExpense(merged.expenses, c.expenseId, c.advisor ?? c.owner) };
    return { ...merged, expenses: withExpense(merged.expenses, ownerCopyId(c.expenseId), { ...c.owner, id: ownerCopyId(c.expenseId) }) };
  }
  throw new Error(`競合 ${c.id} は両方を残せません（数値や申請の名前は一方を選んでください）。`);
}

/**
 * Settles one conflict: keep the advisor's value, take the owner's, keep both (両方を残す: texts one
 * after the other, see keepBoth.ts; expense lines both), or (text fields and the title) use a custom
 * text such as an edited `suggestion`. Returns a new result; throws on an unknown id, a custom text
 * for a non-text value or both for a value that cannot hold both (programming errors, not user input).
 */
export function resolveConflict(result: MergeResult, conflictId: string, choice: Resolution): MergeResult {
  const c = result.conflicts.find((x) => x.id === conflictId);
  if (!c) throw new Error(`競合 ${conflictId} は見つかりません（解決済みか、別の取り込み結果です）。`);
  const custom = typeof choice === 'object' ? choice.custom : null;
  if (custom !== null && !(c.kind === 'title' || (c.kind === 'field' && typeof (c.advisor ?? c.owner ?? '') === 'string'))) {
    throw new Error(`競合 ${conflictId} は文章ではないため、任意の文章では解決できません。`);
  }
  if (choice === 'both' && !canKeepBoth(c)) throw new Error(`競合 ${conflictId} は両方を残せません（一方を選んでください）。`);
  let merged = result.merged;
  if (choice === 'both') merged = keepBoth(merged, c);
  else if (choice !== 'advisor') {
    if (c.kind === 'field') merged = setField(merged, c.sectionId, c.fieldId, custom ?? c.owner);
    else if (c.kind === 'title') merged = { ...merged, title: custom ?? c.owner };
    else if (c.kind === 'figure') {
      const years = merged.financialPlan.years.map((y, i) => (i === c.yearIndex ? withCell(y, c.key, c.owner) : y));
      merged = { ...merged, financialPlan: { ...merged.financialPlan, years } };
    } else if (c.kind === 'financialPlan') merged = { ...merged, financialPlan: c.owner };
    else merged = { ...merged, expenses: withExpense(merged.expenses, c.expenseId, c.owner) };
  }
  return {
    ...result,
    merged,
    conflicts: result.conflicts.filter((x) => x.id !== conflictId),
    resolutions: [...result.resolutions, { conflictId, choice: typeof choice === 'object' ? 'custom' : choice }],
    staleApprovals: staleOf(merged, result.approvals),
  };
}
