/**
 * Field-by-field comparison of two versions of an application, for the side-by-side compare view:
 * text diffs for text fields, added/removed for choices, changed rows for tables, changed cells of
 * the financial plan, and added/removed/changed expense lines.
 */
import type { Application, FieldValue } from '../schemas/application';
import type { ExpenseLine } from '../schemas/expense';
import { FIGURE_KEYS, type FigureKey, type FinancialYear } from '../schemas/financialPlan';
import { diffText, type DiffOp } from './diff';
import { keysOf, sameValue } from './equal';

export type ValueKind = 'text' | 'choices' | 'table' | 'mixed';
export type ChangeStatus = 'same' | 'changed' | 'added' | 'removed';

export interface FieldDiff {
  sectionId: string;
  fieldId: string;
  status: ChangeStatus;
  kind: ValueKind;
  /** Text fields: the whole text as ops (a single equal op when unchanged). */
  text?: DiffOp[];
  /** Choice fields: what was ticked / unticked. */
  choices?: { added: string[]; removed: string[] };
  /** Table fields: row counts and the indices of rows that differ. */
  table?: { rowsBefore: number; rowsAfter: number; changedRows: number[] };
}

export interface SectionDiff {
  sectionId: string;
  changed: boolean;
  fields: FieldDiff[];
}

export interface FigureDiff {
  yearIndex: number;
  label: string;
  key: FigureKey | 'label' | 'kind';
  before: string | number | null;
  after: string | number | null;
}

export interface ExpenseDiff {
  id: string;
  status: Exclude<ChangeStatus, 'same'>;
  before: ExpenseLine | null;
  after: ExpenseLine | null;
  /** Which properties differ (all of them for added/removed lines). */
  fields: Array<keyof ExpenseLine>;
}

export interface ApplicationDiff {
  changed: boolean;
  title: boolean;
  sections: SectionDiff[];
  financialPlan: { changed: boolean; yearsBefore: number; yearsAfter: number; figures: FigureDiff[] };
  expenses: { changed: boolean; orderChanged: boolean; lines: ExpenseDiff[] };
}

function kindOf(v: FieldValue | undefined): ValueKind | null {
  if (v === undefined) return null;
  if (typeof v === 'string') return 'text';
  if (v.length === 0) return null;
  return typeof v[0] === 'string' ? 'choices' : 'table';
}

const asStrings = (v: FieldValue | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const asRows = (v: FieldValue | undefined): unknown[] => (Array.isArray(v) ? v : []);

export function diffField(sectionId: string, fieldId: string, a: FieldValue | undefined, b: FieldValue | undefined): FieldDiff {
  const ka = kindOf(a);
  const kb = kindOf(b);
  const kind: ValueKind = ka && kb && ka !== kb ? 'mixed' : (ka ?? kb ?? 'choices');
  const status: ChangeStatus = a === undefined ? (b === undefined ? 'same' : 'added') : b === undefined ? 'removed' : sameValue(a, b) ? 'same' : 'changed';
  const out: FieldDiff = { sectionId, fieldId, status, kind };
  if (kind === 'text' || kind === 'mixed') {
    out.text = diffText(typeof a === 'string' ? a : '', typeof b === 'string' ? b : '');
  }
  if (kind === 'choices' || kind === 'mixed') {
    const sa = asStrings(a);
    const sb = asStrings(b);
    out.choices = { added: sb.filter((x) => !sa.includes(x)), removed: sa.filter((x) => !sb.includes(x)) };
  }
  if (kind === 'table' || kind === 'mixed') {
    const ra = asRows(a);
    const rb = asRows(b);
    const changedRows: number[] = [];
    for (let i = 0; i < Math.max(ra.length, rb.length); i++) if (!sameValue(ra[i], rb[i])) changedRows.push(i);
    out.table = { rowsBefore: ra.length, rowsAfter: rb.length, changedRows };
  }
  return out;
}

function diffPlan(a: readonly FinancialYear[], b: readonly FinancialYear[]): FigureDiff[] {
  const out: FigureDiff[] = [];
  const keys = ['label', 'kind', ...FIGURE_KEYS] as const;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const ya = a[i];
    const yb = b[i];
    for (const key of keys) {
      const before = ya ? ya[key] : null;
      const after = yb ? yb[key] : null;
      if (before !== after) out.push({ yearIndex: i, label: yb?.label ?? ya?.label ?? `${i + 1}`, key, before, after });
    }
  }
  return out;
}

const EXPENSE_KEYS = ['category', 'description', 'reason', 'unitPriceYen', 'quantity', 'web'] as const satisfies ReadonlyArray<keyof ExpenseLine>;

function diffExpenses(a: readonly ExpenseLine[], b: readonly ExpenseLine[]): ExpenseDiff[] {
  const byA = new Map(a.map((l) => [l.id, l]));
  const byB = new Map(b.map((l) => [l.id, l]));
  const out: ExpenseDiff[] = [];
  for (const id of keysOf(Object.fromEntries(byA), Object.fromEntries(byB))) {
    const la = byA.get(id) ?? null;
    const lb = byB.get(id) ?? null;
    if (la && lb) {
      const fields = EXPENSE_KEYS.filter((k) => la[k] !== lb[k]);
      if (fields.length > 0) out.push({ id, status: 'changed', before: la, after: lb, fields });
    } else out.push({ id, status: la ? 'removed' : 'added', before: la, after: lb, fields: [...EXPENSE_KEYS] });
  }
  return out;
}

/** Compares version `a` (older, left) with `b` (newer, right). */
export function diffApplications(a: Application, b: Application): ApplicationDiff {
  const sections: SectionDiff[] = keysOf(a.content, b.content).map((sectionId) => {
    const va = a.content[sectionId];
    const vb = b.content[sectionId];
    const fields = keysOf(va, vb).map((fieldId) => diffField(sectionId, fieldId, va?.[fieldId], vb?.[fieldId]));
    return { sectionId, changed: fields.some((f) => f.status !== 'same'), fields };
  });
  const figures = diffPlan(a.financialPlan.years, b.financialPlan.years);
  const lines = diffExpenses(a.expenses, b.expenses);
  const common = (xs: readonly ExpenseLine[], other: readonly ExpenseLine[]) => xs.map((l) => l.id).filter((id) => other.some((o) => o.id === id));
  const orderChanged = !sameValue(common(a.expenses, b.expenses), common(b.expenses, a.expenses));
  const title = a.title !== b.title;
  const plan = { changed: figures.length > 0, yearsBefore: a.financialPlan.years.length, yearsAfter: b.financialPlan.years.length, figures };
  const expenses = { changed: lines.length > 0 || orderChanged, orderChanged, lines };
  return { changed: title || plan.changed || expenses.changed || sections.some((s) => s.changed), title, sections, financialPlan: plan, expenses };
}
