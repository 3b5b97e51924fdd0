/**
 * A conflict's values as the advisor reads them (for the side-by-side diff): texts as they are,
 * choices by their labels, table rows and expense lines on one line each, figures with commas.
 */
import type { FieldValue } from '../schemas/application';
import type { ExpenseLine } from '../schemas/expense';
import type { FinancialPlan } from '../schemas/financialPlan';
import type { Section } from '../templates/schema';
import { plainNumber, yen } from '../format/numbers';
import type { Conflict } from './merge';
import { choiceLabels } from './readOnlyView';
import { keepBothValue } from './keepBoth';

const NONE = '（なし）';

function fieldText(v: FieldValue | null, field: Section['fields'][number] | undefined): string {
  if (v === null) return NONE;
  if (typeof v === 'string') return field?.kind === 'choice' ? choiceLabels(field, v) || NONE : v;
  if (field?.kind === 'choice') return choiceLabels(field, v) || NONE;
  return v.map((x) => (typeof x === 'string' ? x : Object.values(x).map((c) => (c === null ? '' : String(c))).join(' / '))).join('\n') || NONE;
}

const expenseText = (l: ExpenseLine | null) => (l ? `${l.description || '（内容なし）'}　${yen(l.unitPriceYen)} 円 × ${plainNumber(l.quantity, 2)}${l.reason ? `\n必要理由: ${l.reason}` : ''}` : '（削除）');
const planText = (p: FinancialPlan) => `${p.years.length} 年度分（${p.years.map((y) => y.label).join('・')}）`;
const cellText = (v: unknown) => (v === null || v === undefined ? '（空欄）' : typeof v === 'number' ? yen(v) : String(v));

/** [advisor's, owner's] values of a conflict as text. */
export function conflictTexts(sections: readonly Section[], c: Conflict): [string, string] {
  switch (c.kind) {
    case 'field': {
      const field = sections.find((s) => s.id === c.sectionId)?.fields.find((f) => f.id === c.fieldId);
      return [fieldText(c.advisor, field), fieldText(c.owner, field)];
    }
    case 'title':
      return [c.advisor, c.owner];
    case 'figure':
      return [cellText(c.advisor), cellText(c.owner)];
    case 'financialPlan':
      return [planText(c.advisor), planText(c.owner)];
    case 'expense':
      return [expenseText(c.advisor), expenseText(c.owner)];
  }
}

/** What 両方を残す would leave (null where it does not apply). */
export function keepBothText(sections: readonly Section[], c: Conflict): string | null {
  if (c.kind === 'expense') return [c.advisor, c.owner].filter((l) => l !== null).map(expenseText).join('\n');
  if (c.kind !== 'field') return null;
  const field = sections.find((s) => s.id === c.sectionId)?.fields.find((f) => f.id === c.fieldId);
  const v = keepBothValue(c.advisor, c.owner);
  return v === null ? null : fieldText(v, field);
}
