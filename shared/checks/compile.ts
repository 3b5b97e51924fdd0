import type { Template } from '../templates/template';
import type { AspectId, Section, TextField } from '../templates/schema';
import type { ExpenseCategory, NumericRule } from '../rules/schema';
import { DEFAULT_ASPECT_KEYWORDS } from './aspectKeywords';

/**
 * Everything about a template that does not depend on the application, computed once per template
 * object (WeakMap cache): the text fields, the aspect regexes, which sections serve which criterion.
 */
export interface TextFieldRef {
  section: Section;
  field: TextField;
}

export interface QuarterColumnRef {
  sectionId: string;
  fieldId: string;
  label: string;
  columnIds: string[];
}

export interface CompiledTemplate {
  textFields: TextFieldRef[];
  aspectRegex: Map<AspectId, RegExp>;
  /** criterion id → the sections that list it. */
  criterionSections: Map<string, Section[]>;
  quarterColumns: QuarterColumnRef[];
  categories: Map<string, ExpenseCategory>;
  planLength: Extract<NumericRule, { kind: 'planLength' }> | null;
  /** Where the plan table and the expense table live, for pointing findings at them. */
  planAt: { sectionId: string; fieldId: string } | null;
  expensesAt: { sectionId: string; fieldId: string } | null;
}

const cache = new WeakMap<Template, CompiledTemplate>();

function compileAspects(t: Template): Map<AspectId, RegExp> {
  const out = new Map<AspectId, RegExp>();
  const extra = t.rules.text.aspectKeywords;
  for (const [aspect, words] of Object.entries(DEFAULT_ASPECT_KEYWORDS) as [AspectId, readonly string[]][]) {
    const all = [...words, ...(extra[aspect] ?? [])];
    out.set(aspect, new RegExp(all.map((w) => `(?:${w})`).join('|'), 'u'));
  }
  return out;
}

export function compileTemplate(t: Template): CompiledTemplate {
  const hit = cache.get(t);
  if (hit) return hit;
  const textFields: TextFieldRef[] = [];
  const quarterColumns: QuarterColumnRef[] = [];
  const criterionSections = new Map<string, Section[]>();
  let planAt: CompiledTemplate['planAt'] = null;
  let expensesAt: CompiledTemplate['expensesAt'] = null;
  for (const s of t.sections) {
    for (const f of s.fields) {
      if (f.kind === 'financialPlan' && !planAt) planAt = { sectionId: s.id, fieldId: f.id };
      if (f.kind === 'expenses' && !expensesAt) expensesAt = { sectionId: s.id, fieldId: f.id };
      if (f.kind === 'text') textFields.push({ section: s, field: f });
      if (f.kind === 'table') {
        const q = f.columns.filter((c) => c.type === 'quarter').map((c) => c.id);
        if (q.length > 0) quarterColumns.push({ sectionId: s.id, fieldId: f.id, label: f.label, columnIds: q });
      }
    }
    for (const c of s.criteria) criterionSections.set(c, [...(criterionSections.get(c) ?? []), s]);
  }
  const planLength = t.rules.numeric.find((r): r is Extract<NumericRule, { kind: 'planLength' }> => r.kind === 'planLength') ?? null;
  const compiled: CompiledTemplate = {
    textFields,
    aspectRegex: compileAspects(t),
    criterionSections,
    quarterColumns,
    categories: new Map((t.rules.expenses?.categories ?? []).map((c) => [c.id, c])),
    planLength,
    planAt,
    expensesAt,
  };
  cache.set(t, compiled);
  return compiled;
}
