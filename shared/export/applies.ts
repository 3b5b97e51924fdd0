import type { Application, FieldValue } from '../schemas/application';
import type { AppliesWhen, Field, Section } from '../templates/schema';

/** Reading the application's choices to decide whether an item of the form applies. */

function filled(v: FieldValue | undefined): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  return Array.isArray(v) && v.length > 0;
}

function chosen(v: FieldValue | undefined): string[] {
  if (typeof v === 'string') return v === '' ? [] : [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function holdsAll(app: Application, conds: AppliesWhen | undefined): boolean {
  for (const c of conds ?? []) {
    const v = app.content[c.section]?.[c.field];
    const vals = chosen(v);
    const ok =
      c.op === 'filled' ? filled(v)
      : c.op === 'empty' ? !filled(v)
      : c.op === 'equals' || c.op === 'includes' ? c.value !== undefined && vals.includes(c.value)
      : c.op === 'includesAny' ? (c.values ?? []).some((x) => vals.includes(x))
      : c.value === undefined || !vals.includes(c.value);
    if (!ok) return false;
  }
  return true;
}

export const sectionApplies = (app: Application, s: Section): boolean => holdsAll(app, s.appliesWhen);
export const fieldApplies = (app: Application, s: Section, f: Field): boolean => sectionApplies(app, s) && holdsAll(app, f.appliesWhen);
