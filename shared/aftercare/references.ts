import type { Condition } from '../rules/schema';
import type { AftercareRules } from './schema';

type Path = (string | number)[];

/**
 * What aftercare.json names in the rest of the template, for the template's cross-check: the
 * conditions (fields and options of 基本情報) and the rules.json numeric rules a target takes its
 * minimum from. Paths are relative to the aftercare object.
 */
export function aftercareReferences(a: AftercareRules): { conditions: [Condition, Path][]; numericRules: [string, Path][] } {
  const conditions: [Condition, Path][] = [];
  const numericRules: [string, Path][] = [];
  a.targets.forEach((t, i) => {
    t.when.forEach((c, j) => conditions.push([c, ['targets', i, 'when', j]]));
    if (t.kind === 'cagr' && t.minFromRule !== undefined) numericRules.push([t.minFromRule, ['targets', i, 'minFromRule']]);
  });
  a.henkan.forEach((r, i) => r.when.forEach((c, j) => conditions.push([c, ['henkan', i, 'when', j]])));
  a.notes.forEach((n, i) => n.when.forEach((c, j) => conditions.push([c, ['notes', i, 'when', j]])));
  return { conditions, numericRules };
}
