import { allHold } from '../checks/context';
import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';

/**
 * 本来の補助上限額: the 枠's cap for the employee band, without the 特例 uplifts — what the
 * 大幅賃上げ特例's 引上げ額 is measured from (交付額 − this). Only the もの補助 'simple' subsidy has it.
 */
export function baseCapYen(template: Template, app: Application, employees: number | null): number | null {
  const sub = template.rules.subsidy;
  if (!sub || sub.method !== 'simple') return null;
  const cap = sub.caps.find((c) => allHold(app, c.when));
  if (!cap) return null;
  if (cap.yen !== undefined) return cap.yen;
  if (employees === null) return null;
  const band = (cap.bands ?? []).find((b) => b.maxEmployees === null || employees <= b.maxEmployees);
  return band?.yen ?? null;
}
