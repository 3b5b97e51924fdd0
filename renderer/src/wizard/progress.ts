import type { FieldValue, SectionValues } from '../../../shared/schemas/application';
import type { Application } from '../../../shared/schemas/application';
import type { Field, Section } from '../../../shared/templates/schema';

export type SectionProgress = 'empty' | 'partial' | 'done';

function hasValue(v: FieldValue | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v === 'string') return v.trim() !== '';
  return v.length > 0;
}

function fieldFilled(field: Field, values: SectionValues | undefined, app: Application): boolean {
  if (field.kind === 'financialPlan') return app.financialPlan.years.some((y) => y.kind === 'plan');
  if (field.kind === 'expenses') return app.expenses.length > 0;
  return hasValue(values?.[field.id]);
}

/** How far a section is filled: required fields decide 'done'; any content makes it 'partial'. */
export function sectionProgress(section: Section, app: Application, values: SectionValues | undefined): SectionProgress {
  const filled = section.fields.map((f) => fieldFilled(f, values, app));
  if (!filled.some(Boolean)) return 'empty';
  const required = section.fields.filter((f) => f.required);
  const target = required.length > 0 ? required : section.fields;
  return target.every((f) => fieldFilled(f, values, app)) ? 'done' : 'partial';
}
