import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import { allHold, choiceValues, ruleApplies, unconfirmedSuffix, type FindingList } from './context';
import type { CheckContext } from './types';

/** 加点: how many are claimed, at most `max` per group (two from one group void them), and choice rules. */

export function checkKaten(t: Template, app: Application, out: FindingList): void {
  const k = t.rules.katen;
  if (!k) return;
  const field = t.sections.find((s) => s.id === k.section)?.fields.find((f) => f.id === k.field);
  const labelOf = (v: string) => (field?.kind === 'choice' ? field.options.find((o) => o.value === v)?.label : undefined) ?? v;
  const at = { sectionId: k.section, fieldId: k.field, source: k.source };
  const picked = choiceValues(app, k.section, k.field);
  const implied = k.implied.filter((im) => allHold(app, im.when) && !picked.includes(im.value));
  const all = [...picked, ...implied.map((im) => im.value)];
  const impliedLabel = new Map(implied.map((im) => [im.value, im.label]));
  const nameOf = (v: string) => impliedLabel.get(v) ?? labelOf(v);

  if (all.length === 0 && k.noneHint) out.add({ id: 'katen:none', kind: 'katen', severity: 'hint', ...at, message: k.noneHint });
  const fieldMax = field?.kind === 'choice' ? field.maxSelected : undefined;
  if (k.maxSelected !== undefined && fieldMax === undefined && picked.length > k.maxSelected) {
    out.add({ id: 'katen:max', kind: 'katen', severity: 'error', ...at, message: `加点は${picked.length}項目選ばれていますが、申請できるのは最大${k.maxSelected}項目です。` });
  }
  for (const g of k.groups) {
    const inGroup = all.filter((v) => v.startsWith(g.prefix));
    if (inGroup.length <= g.max) continue;
    const auto = inGroup.filter((v) => impliedLabel.has(v));
    const autoNote =
      auto.length > 0
        ? `（${auto.map(nameOf).join('・')}は選んだ特例により自動で適用されます。自動適用分が区分の数に含まれるかは公募要領に明記がないため、事務局に確認してください）`
        : '';
    // Over the limit by the applicant's own picks: certain. Only through an automatic 加点: likely, so a warning.
    const ownPicks = inGroup.length - auto.length;
    out.add({
      id: `katen:group:${g.prefix}`,
      kind: 'katen',
      severity: ownPicks > g.max ? 'error' : 'warning',
      ...at,
      message: `【${g.name}】から${inGroup.length}つ（${inGroup.map(nameOf).join('、')}）が選ばれています${autoNote}。各区分から選べるのは${g.max}つまでで、超えると加点審査の対象外になります。${unconfirmedSuffix(k.source)}`,
    });
  }
}

export function checkChoiceRules(t: Template, app: Application, ctx: CheckContext, out: FindingList): void {
  for (const rule of t.rules.choices) {
    if (!ruleApplies(rule, app, ctx) || allHold(app, rule.require)) continue;
    const first = rule.when[0];
    out.add({
      id: rule.id,
      kind: 'choice',
      severity: rule.severity,
      message: rule.message + unconfirmedSuffix(rule.source),
      criterionId: rule.criterionId,
      sectionId: first?.section,
      fieldId: first?.field,
      source: rule.source,
    });
  }
}
