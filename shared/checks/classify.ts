import type { Template } from '../templates/template';
import type { NumericRule, ChoiceRule, ExpenseRule } from '../rules/schema';
import type { Finding, FindingCategory, FindingKind } from './types';

/**
 * Gives every finding its category (要件 / 審査 / 加点 / 体裁) and its source, and makes severity mean
 * something: エラー only where the application is ineligible or refused as it stands; a 加点 whose
 * condition is not met is information (what it would take), never an エラー; choosing too many 加点
 * voids them, a 注意, not ineligibility. A rule's `explain` (how a two-sided rule works) is added.
 */
const BY_KIND: Record<FindingKind, FindingCategory> = {
  required: 'yoken',
  charLimit: 'teisai',
  numeric: 'yoken',
  expense: 'yoken',
  subsidy: 'yoken',
  katen: 'katen',
  choice: 'yoken',
  consistency: 'shinsa',
  readability: 'teisai',
  dated: 'teisai',
};

type AnyRule = NumericRule | ChoiceRule | ExpenseRule;

export const KATEN_INFO = '加点を得るための条件です（満たさなくても申請はできます）。';

/** A rule read only when a 加点 is chosen is about that 加点. */
function isKatenRule(t: Template, r: AnyRule): boolean {
  if (r.category) return r.category === 'katen';
  const k = t.rules.katen;
  return k !== undefined && r.when.some((c) => c.section === k.section && c.field === k.field && (c.op === 'includes' || c.op === 'equals'));
}

export function classifyFindings(t: Template, findings: Finding[]): Finding[] {
  const rules: AnyRule[] = [...t.rules.numeric, ...t.rules.choices, ...(t.rules.expenses?.rules ?? [])];
  const byId = new Map(rules.map((r) => [r.id, r]));
  return findings.map((f) => {
    const rule = byId.get(f.id.split(':')[0] ?? '');
    const katen = rule !== undefined && isKatenRule(t, rule);
    const category: FindingCategory = rule?.category ?? (katen ? 'katen' : BY_KIND[f.kind] ?? 'shinsa');
    let { severity, message } = f;
    if (katen && severity !== 'hint') {
      severity = 'hint';
      message = `${message} ${KATEN_INFO}`;
    }
    if (f.kind === 'katen' && severity === 'error') severity = 'warning'; // too many 加点: they are void, the application is not
    if (rule?.explain) message = `${message} ${rule.explain}`;
    return { ...f, category, severity, message, source: f.source ?? rule?.source ?? t.rules.source };
  });
}
