import { z } from 'zod';
import { TemplateRules, type Condition } from '../rules/schema';
import { TemplateFile, type Field } from './schema';
import { AftercareRules } from '../aftercare/schema';
import { aftercareReferences } from '../aftercare/references';

/**
 * A complete template: templates/<id>/template.json (sections, criteria) plus templates/<id>/rules.json
 * under `rules`. Cross-references are checked here so that a typo in either file refuses the template
 * with the path of the bad value, instead of a rule silently never firing.
 */
type Issue = { path: (string | number)[]; message: string };

function crossCheck(t: z.infer<typeof TemplateShape>): Issue[] {
  const issues: Issue[] = [];
  const fields = new Map<string, Field>();
  for (const s of t.sections) for (const f of s.fields) fields.set(`${s.id}.${f.id}`, f);
  const criteria = new Set(t.criteria.map((c) => c.id));
  const ruleIds = new Set<string>();

  const checkCondition = (c: Condition, path: (string | number)[]) => {
    const f = fields.get(`${c.section}.${c.field}`);
    if (!f) return issues.push({ path: [...path, 'field'], message: `no field "${c.field}" in section "${c.section}"` });
    if (c.op === 'filled' || c.op === 'empty') return undefined; // any field can be (not) filled in
    if (f.kind !== 'choice') return issues.push({ path: [...path, 'field'], message: `field "${c.field}" is not a choice field` });
    if (c.value !== undefined && !f.options.some((o) => o.value === c.value)) {
      issues.push({ path: [...path, 'value'], message: `"${c.value}" is not an option of "${c.field}"` });
    }
    if ((c.op === 'includes' || c.op === 'notIncludes') && !f.multiple) {
      issues.push({ path: [...path, 'op'], message: `"${c.op}" needs a multiple-choice field; "${c.field}" is single choice` });
    }
    return undefined;
  };
  const checkRule = (
    r: { id: string; when: Condition[]; criterionId?: string | undefined; validFrom?: string | undefined; validUntil?: string | undefined },
    path: (string | number)[],
  ) => {
    if (ruleIds.has(r.id)) issues.push({ path: [...path, 'id'], message: `duplicate rule id "${r.id}"` });
    ruleIds.add(r.id);
    r.when.forEach((c, i) => checkCondition(c, [...path, 'when', i]));
    if (r.criterionId !== undefined && !criteria.has(r.criterionId)) {
      issues.push({ path: [...path, 'criterionId'], message: `no criterion "${r.criterionId}"` });
    }
    if (r.validFrom && r.validUntil && r.validFrom > r.validUntil) issues.push({ path: [...path, 'validUntil'], message: 'validUntil is before validFrom' });
  };

  const rules = t.rules;
  rules.numeric.forEach((r, i) => {
    const path = ['rules', 'numeric', i];
    checkRule(r, path);
    if (r.kind === 'cagr' && r.target.kind === 'byPrefecture') {
      r.target.fromFields.forEach((f, j) => {
        if (!fields.has(`${f.section}.${f.field}`)) issues.push({ path: [...path, 'target', 'fromFields', j, 'field'], message: `no field "${f.field}" in section "${f.section}"` });
      });
    }
    if (r.kind === 'employeeLimit') {
      const f = fields.get(`kihon.${r.field}`);
      if (!f || f.kind !== 'choice') issues.push({ path: [...path, 'field'], message: `no choice field "${r.field}" in section "kihon"` });
      else for (const key of Object.keys(r.limits)) if (!f.options.some((o) => o.value === key)) issues.push({ path: [...path, 'limits', key], message: `"${key}" is not an option of "${r.field}"` });
    }
    if (r.kind === 'smallBusinessClaim') {
      const f = fields.get(`kihon.${r.field}`);
      if (!f || f.kind !== 'choice') issues.push({ path: [...path, 'field'], message: `no choice field "${r.field}" in section "kihon"` });
      else if (!f.options.some((o) => o.value === r.yesValue)) issues.push({ path: [...path, 'yesValue'], message: `"${r.yesValue}" is not an option of "${r.field}"` });
    }
    if (r.kind === 'planLength') {
      const f = fields.get(`kihon.${r.field}`);
      if (!f || f.kind !== 'choice') issues.push({ path: [...path, 'field'], message: `no choice field "${r.field}" in section "kihon"` });
      if (r.min > r.max) issues.push({ path: [...path, 'max'], message: 'max is below min' });
    }
  });
  rules.choices.forEach((r, i) => {
    checkRule(r, ['rules', 'choices', i]);
    r.require.forEach((c, j) => checkCondition(c, ['rules', 'choices', i, 'require', j]));
  });
  const ex = rules.expenses;
  if (ex) {
    const ids = new Set<string>();
    ex.categories.forEach((c, i) => {
      if (ids.has(c.id)) issues.push({ path: ['rules', 'expenses', 'categories', i, 'id'], message: `duplicate category "${c.id}"` });
      ids.add(c.id);
    });
    if (ex.taxBasis && !fields.has(`${ex.taxBasis.section}.${ex.taxBasis.field}`)) {
      issues.push({ path: ['rules', 'expenses', 'taxBasis', 'field'], message: `no field "${ex.taxBasis.field}"` });
    }
    ex.rules.forEach((r, i) => {
      const path = ['rules', 'expenses', 'rules', i];
      checkRule(r, path);
      if (r.kind === 'categoryShare' || r.kind === 'categoryForbidden') {
        r.categories.forEach((c, j) => {
          if (!ids.has(c)) issues.push({ path: [...path, 'categories', j], message: `no expense category "${c}"` });
        });
      }
    });
  }
  const sub = rules.subsidy;
  if (sub) {
    sub.rates.forEach((o, i) => o.when.forEach((c, j) => checkCondition(c, ['rules', 'subsidy', 'rates', i, 'when', j])));
    if (sub.method === 'simple') {
      sub.caps.forEach((o, i) => {
        o.when.forEach((c, j) => checkCondition(c, ['rules', 'subsidy', 'caps', i, 'when', j]));
        if ((o.yen === undefined) === (o.bands === undefined)) issues.push({ path: ['rules', 'subsidy', 'caps', i], message: 'give either yen or bands' });
      });
      sub.uplifts.forEach((o, i) => {
        o.when.forEach((c, j) => checkCondition(c, ['rules', 'subsidy', 'uplifts', i, 'when', j]));
        if ((o.yen === undefined) === (o.bands === undefined)) issues.push({ path: ['rules', 'subsidy', 'uplifts', i], message: 'give either yen or bands' });
      });
    } else {
      sub.addOns.forEach((o, i) => o.when.forEach((c, j) => checkCondition(c, ['rules', 'subsidy', 'addOns', i, 'when', j])));
    }
    if (sub.method === 'categoryCapped') {
      const known = new Set(ex?.categories.map((c) => c.id) ?? []);
      sub.categoryCaps.forEach((g, i) =>
        g.categories.forEach((c, j) => {
          if (!known.has(c)) issues.push({ path: ['rules', 'subsidy', 'categoryCaps', i, 'categories', j], message: `no expense category "${c}"` });
        }),
      );
    }
  }
  for (const [id, conds] of Object.entries(rules.text.criteriaWhen)) {
    if (!criteria.has(id)) issues.push({ path: ['rules', 'text', 'criteriaWhen', id], message: `no criterion "${id}"` });
    conds.forEach((c, j) => checkCondition(c, ['rules', 'text', 'criteriaWhen', id, j]));
  }
  const extra = rules.text.scheduleExtraYearsField;
  if (extra !== undefined && !fields.has(`kihon.${extra}`)) issues.push({ path: ['rules', 'text', 'scheduleExtraYearsField'], message: `no field "${extra}" in section "kihon"` });
  const k = rules.katen;
  if (k) {
    const f = fields.get(`${k.section}.${k.field}`);
    if (!f || f.kind !== 'choice' || !f.multiple) issues.push({ path: ['rules', 'katen', 'field'], message: `no multiple-choice field "${k.field}" in "${k.section}"` });
    k.implied.forEach((im, i) => im.when.forEach((c, j) => checkCondition(c, ['rules', 'katen', 'implied', i, 'when', j])));
  }
  if (t.aftercare) {
    const refs = aftercareReferences(t.aftercare);
    refs.conditions.forEach(([c, p]) => checkCondition(c, ['aftercare', ...p]));
    const numericIds = new Set(rules.numeric.map((r) => r.id));
    refs.numericRules.forEach(([id, p]) => { if (!numericIds.has(id)) issues.push({ path: ['aftercare', ...p], message: `no numeric rule "${id}"` }); });
  }
  return issues;
}

/** aftercare: templates/<id>/aftercare.json (optional): targets after 採択, 返還 rules, reports (shared/aftercare). */
const TemplateShape = TemplateFile.extend({ rules: TemplateRules, aftercare: AftercareRules.optional() });

export const Template = TemplateShape.superRefine((t, ctx) => {
  for (const issue of crossCheck(t)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
export type Template = z.infer<typeof Template>;
export type TemplateInput = z.input<typeof Template>;
