import type { Application, FieldValue } from '../schemas/application';
import type { Condition } from '../rules/schema';
import type { SourceNote } from '../templates/schema';
import type { CheckContext, Finding, FindingKind, Severity } from './types';

/** Reading choices and deciding which rules apply. */

export function fieldValue(app: Application, section: string, field: string): FieldValue | undefined {
  return app.content[section]?.[field];
}

/** A single choice as a string ('' when unset), or the picked options of a multiple choice. */
export function choiceValues(app: Application, section: string, field: string): string[] {
  const v = fieldValue(app, section, field);
  if (typeof v === 'string') return v === '' ? [] : [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

/** A text with more than blanks, a choice made, a table with a row. */
function isFilled(v: FieldValue | undefined): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  return Array.isArray(v) && v.length > 0;
}

export function holds(app: Application, c: Condition): boolean {
  if (c.op === 'filled') return isFilled(fieldValue(app, c.section, c.field));
  if (c.op === 'empty') return !isFilled(fieldValue(app, c.section, c.field));
  const vals = choiceValues(app, c.section, c.field);
  switch (c.op) {
    case 'equals':
    case 'includes':
      return c.value !== undefined && vals.includes(c.value);
    case 'notEquals':
    case 'notIncludes':
      return c.value === undefined || !vals.includes(c.value);
  }
}

export const allHold = (app: Application, cs: readonly Condition[]): boolean => cs.every((c) => holds(app, c));

export interface DatedRule {
  when: Condition[];
  validFrom?: string | undefined;
  validUntil?: string | undefined;
}

/** The rule's conditions hold and (when an as-of date is given) the date is within its window. */
export function ruleApplies(rule: DatedRule, app: Application, ctx: CheckContext): boolean {
  if (ctx.asOf !== undefined) {
    if (rule.validFrom !== undefined && ctx.asOf < rule.validFrom) return false;
    if (rule.validUntil !== undefined && ctx.asOf > rule.validUntil) return false;
  }
  return allHold(app, rule.when);
}

/** Collects findings; one id is reported once. */
export class FindingList {
  readonly items: Finding[] = [];
  private readonly seen = new Set<string>();

  add(f: {
    id: string;
    kind: FindingKind;
    severity: Severity;
    message: string;
    criterionId?: string | undefined;
    sectionId?: string | undefined;
    fieldId?: string | undefined;
    source?: SourceNote | undefined;
  }): void {
    if (this.seen.has(f.id)) return;
    this.seen.add(f.id);
    const out: Finding = { id: f.id, kind: f.kind, severity: f.severity, message: f.message };
    if (f.criterionId !== undefined) out.criterionId = f.criterionId;
    if (f.sectionId !== undefined) out.sectionId = f.sectionId;
    if (f.fieldId !== undefined) out.fieldId = f.fieldId;
    if (f.source !== undefined) out.source = f.source;
    this.items.push(out);
  }
}

/** 未確認 marker for messages built from unconfirmed rules. */
export const unconfirmedSuffix = (s: SourceNote): string => (s.unconfirmed ? '（※この基準は公式文書で未確認です。最新の公募要領で確認してください）' : '');

/** What every rule of rules.json carries that a finding repeats. */
interface RuleLike {
  id: string;
  severity: Severity;
  criterionId?: string | undefined;
  source: SourceNote;
}

/** A finding raised by a rule, pointing at the field the rule reads (the plan table, the expense table). */
export function ruleFindingAt(kind: FindingKind, rule: RuleLike, at: { sectionId: string; fieldId: string } | null, suffix: string, message: string, severity = rule.severity) {
  return {
    id: suffix === '' ? rule.id : `${rule.id}:${suffix}`,
    kind,
    severity,
    message: message + unconfirmedSuffix(rule.source),
    criterionId: rule.criterionId,
    sectionId: at?.sectionId,
    fieldId: at?.fieldId,
    source: rule.source,
  };
}
